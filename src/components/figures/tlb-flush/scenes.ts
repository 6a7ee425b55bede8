/** The TLB figure's named scenes (default trace: 4 threads, 2 per process, a switch every 14 accesses). */
import type { FigureScene } from '../frame/scenes.ts';

/** Scenes of {@link TlbFlush}; tests/components/tlb-flush/scenes.test.ts checks each claim against the model. */
export const tlbScenes: readonly FigureScene[] = [
  {
    id: 'thread-switch',
    title: '线程切换：TLB 原样保留',
    sentence: '同一进程的两个线程之间切换不写 CR3，前一个线程填进 TLB 的条目一个也没有清掉。',
    params: { policy: 'process-switch', step: '15' },
  },
  {
    id: 'process-switch',
    title: '无 PCID 的进程切换：用户条目全部清掉',
    sentence: '换进程要写 CR3，没有 PCID 时非全局条目全部作废，只有内核的全局页留下。',
    params: { policy: 'process-switch', step: '29' },
  },
  {
    id: 'pcid-coexist',
    title: 'PCID：两个进程的条目共存',
    sentence: '有 PCID 时条目带着地址空间的标签，切回进程 1 时它的条目还在，不必重新遍历页表。',
    params: { policy: 'process-switch-pcid', step: '57' },
  },
  {
    id: 'asid-reuse',
    title: '第 7 个进程：ASID 用完，开始刷新',
    sentence: 'Linux 每个 CPU 只轮换 6 个动态 ASID，第 7 个进程只能抢走最旧的标签，并清掉它的条目。',
    params: { policy: 'process-switch-pcid', tasks: '7', tpp: '1', step: '85' },
  },
  {
    id: 'compare',
    title: '三种方式并排：同一串访问',
    sentence: '同一串访问跑完，三种切换方式的未命中次数摆在一起，差别一眼可见。',
    params: { compare: '1', step: '96' },
  },
];
