/** The context-switch figure's named scenes. */
import type { FigureScene } from '../frame/scenes.ts';

/** Scenes of {@link ContextSwitch}; tests/components/context-switch checks each against the model. */
export const contextSwitchScenes: readonly FigureScene[] = [
  {
    id: 'process-cr3',
    title: '进程切换：写 CR3，换页表',
    sentence: '换到另一个进程要把它的页表根地址写进 CR3，从此 A 的虚拟地址在 B 眼里不再有意义。',
    params: { kind: 'process', step: '4' },
  },
  {
    id: 'thread-no-cr3',
    title: '线程切换：页表不换',
    sentence: '同一进程的线程共用一套页表，调度器跳过写 CR3，这正是线程切换比进程切换便宜的地方。',
    params: { kind: 'thread', step: '4' },
  },
  {
    id: 'syscall-same-context',
    title: '系统调用：只换特权级',
    sentence: '系统调用在 A 自己的上下文里执行，不经过调度器，也不换地址空间。',
    params: { kind: 'syscall', step: '3' },
  },
  {
    id: 'pcid-switch',
    title: '有 PCID 的进程切换：写 CR3 但不清 TLB',
    sentence: '带 PCID 写 CR3 时，TLB 里的条目按地址空间打了标签，不必整体作废。',
    params: { kind: 'process', pcid: '1', step: '4' },
  },
];
