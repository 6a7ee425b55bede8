/** The task-cost figure's named scenes. */
import type { FigureScene } from '../frame/scenes.ts';

/** Scenes of {@link TaskCost}; tests/components/task-cost checks each claim against the model. */
export const taskCostScenes: readonly FigureScene[] = [
  {
    id: 'hundred',
    title: '100 个任务：怎么选都行',
    sentence: '任务不多时五种方式的内存和创建耗时都微不足道，选最好写、最好调试的那种。',
    params: { n: '100' },
  },
  {
    id: 'small-stacks',
    title: '一百万个线程：把栈调小',
    sentence: '线程栈从默认 8 MiB 调到 64 KiB 后，同样一百万个线程预留的虚拟内存少了两个数量级。',
    params: { n: '1000000', stack: '65536' },
  },
  {
    id: 'ten-million',
    title: '一千万个任务：进程和线程放不下',
    sentence: '到一千万个任务时，进程和默认栈的线程已经超出内存或地址空间，只有协程和 async 任务还放得下。',
    params: { n: '10000000' },
  },
];
