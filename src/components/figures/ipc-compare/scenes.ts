/** The IPC figure's named scenes. */
import type { FigureScene } from '../frame/scenes.ts';

/** Scenes of {@link IpcCompare}; tests/components/ipc-compare checks each claim against the model. */
export const ipcScenes: readonly FigureScene[] = [
  {
    id: 'pipe-two-copies',
    title: '管道：两次拷贝',
    sentence: '数据先从写进程拷进内核缓冲区，再从内核拷给读进程，一条消息过两次内核。',
    params: { view: 'transfer', mech: 'pipe', xfer: '4096', step: '3' },
  },
  {
    id: 'pipe-full',
    title: '管道满了：写进程阻塞',
    sentence: '消息比 64 KiB 的管道缓冲区大时，写满之后写进程只能睡眠，等读进程取走数据再被唤醒。',
    params: { view: 'transfer', mech: 'pipe', step: '2' },
  },
  {
    id: 'shm-zero-copy',
    title: '共享内存：零拷贝但要 P/V',
    sentence: '双方直接读写同一段物理内存，内核不拷贝；什么时候能读，要靠信号量的 P 和 V 来约定。',
    params: { view: 'transfer', mech: 'shm-sem', xfer: '4096', step: '2' },
  },
  {
    id: 'signal-no-data',
    title: '信号：只带编号，不带数据',
    sentence: 'kill() 只在目标进程上记下一个信号编号，没有数据可以随信号传过去。',
    params: { view: 'transfer', mech: 'signal', step: '2' },
  },
  {
    id: 'table-by-latency',
    title: '对比表：按单条延迟排序',
    sentence: '同样每条 100 B，延迟最低和最高的方式差了几倍，一排序就看出来。',
    params: { view: 'table', sort: 'latency' },
  },
];
