/** The memory-layout figure's named scenes, on its default events (m,M,c,t,m.1001,s,f,w1002,W1002). */
import type { FigureScene } from '../frame/scenes.ts';

/** Scenes of {@link MemoryLayout}; tests/components/memory-layout checks each against the model. */
export const memoryScenes: readonly FigureScene[] = [
  {
    id: 'thread-stack',
    title: '新线程：栈和保护页来自 mmap 区',
    sentence: 'pthread_create 在共享库附近映射一块新栈，下面留一页不可访问的保护页，主栈不受影响。',
    params: { step: '4' },
  },
  {
    id: 'fork-shared',
    title: 'fork 之后：页面共享',
    sentence: '子进程得到一份一模一样的地址空间，但物理页框一个也没有复制，双方共享并标记为写时复制。',
    params: { step: '7' },
  },
  {
    id: 'cow-one-page',
    title: '写时复制：写一页只复制一页',
    sentence: '子进程写堆时，内核只为被写的那一页分配新的页框，其余页面仍然共享。',
    params: { step: '8' },
  },
  {
    id: 'shm-write',
    title: '共享内存：写了双方都看见',
    sentence: '共享内存映射的是同一组页框，子进程写入后不复制，父进程读到的是同一份数据。',
    params: { step: '9' },
  },
];
