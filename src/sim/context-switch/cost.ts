import type { ContextSwitchState, SwitchKind } from './model.ts';
import { compareSwitchPolicies } from '../tlb/compare.ts';
import { DEFAULT_COSTS } from '../tlb/cost.ts';
import { tlbScenarioWith } from '../tlb/model.ts';
import { initTlbSim, runTlbSim } from '../tlb/step.ts';

/**
 * Direct and indirect costs of a switch. Direct costs are measured figures (each
 * CostFigure names its source); the indirect cost is what the TLB model computes for the
 * chosen working set.
 * @see https://pages.cs.wisc.edu/~remzi/OSTEP/cpu-mechanisms.pdf (OSTEP ch. 6: lmbench 1996, system call about 4 µs, switch about 6 µs)
 * @see https://eli.thegreenplace.net/2018/measuring-context-switching-and-memory-overheads-for-linux-threads/
 * @see https://blog.tsunanet.net/2010/11/how-long-does-it-take-to-make-context.html
 * @see src/content/docs/switching/switch-cost.mdx (the book's pingpong.c and the run on one VM)
 */

/** One measured figure: a value or range in ns, and where it comes from. */
export interface CostFigure {
  label: string;
  /** Low and high ends in ns (equal for a single value). */
  ns: [number, number];
  source: string;
}

const LMBENCH = 'lmbench（1996，Linux 1.3.37，200 MHz P6），OSTEP 第 6 章';
// One run of the book's pingpong.c on one machine, not a benchmark: other machines differ several-fold.
const KVM =
  '本书 pingpong.c 在一台 2 vCPU KVM（AMD EPYC，Linux 6.18，有 PCID）上的一次运行，两端绑同一 CPU，' +
  '20 万次管道往返；换一台机器可能差几倍，请自己运行';
const PIPE = '管道乒乓（Eli Bendersky 2018；Tsuna 2010），绑定同一核心';

/** Measured direct costs of each kind of switch. */
export function directCosts(kind: SwitchKind): CostFigure[] {
  if (kind === 'syscall' || kind === 'interrupt') {
    return [
      {
        label: kind === 'syscall' ? '系统调用（1996 年的机器）' : '进出内核（按系统调用计，1996 年的机器）',
        ns: [4000, 4000],
        source: LMBENCH,
      },
    ];
  }
  return [
    { label: '每次切换（一台虚拟机上的一次测量）', ns: [2700, 2700], source: KVM },
    { label: '每次切换（管道乒乓）', ns: [1200, 2000], source: PIPE },
    { label: '上下文切换（1996 年的机器）', ns: [6000, 6000], source: LMBENCH },
  ];
}

/**
 * The cache part of the indirect cost is not modelled; one published rule of thumb for a task
 * switch is about 30 µs of CPU overhead once cache effects are included (Tsuna 2010,
 * https://blog.tsunanet.net/2010/11/how-long-does-it-take-to-make-context.html).
 * Null for interrupts and system calls, which it does not cover.
 */
export function cacheRuleOfThumb(kind: SwitchKind): CostFigure | null {
  if (kind === 'syscall' || kind === 'interrupt') return null;
  return {
    label: '含缓存影响的经验值（模型未模拟缓存）',
    ns: [30000, 30000],
    source: 'Tsuna 2010 的经验法则',
  };
}

/** The TLB part of the indirect cost, from the model. */
export interface IndirectCost {
  /** Extra page walks each switch (or system call) causes, against running without it. */
  extraWalksPerEvent: number;
  /** Those walks at the cost table's price per memory reference, in ns. */
  ns: number;
  /** The sentence that explains the figure. */
  note: string;
}

/**
 * Runs the TLB model on two tasks that each loop over `workingSetPages` pages and
 * counts the page walks a switch adds; for system calls and interrupts, the walks
 * the kernel's accesses add.
 */
export function indirectTlbCost(
  state: Pick<ContextSwitchState, 'kind' | 'pcid' | 'workingSetPages'>,
): IndirectCost {
  const pages = state.workingSetPages;
  const refNs = DEFAULT_COSTS.walkRefNs * 4;
  const base = tlbScenarioWith({
    tasks: 2,
    timeSlice: pages * 32,
    accesses: pages * 32 * 40,
    trace: { kind: 'sequential', pages, step: 128 },
  });
  if (state.kind === 'syscall' || state.kind === 'interrupt') {
    const one = { ...base, tasks: 1, policy: 'thread-switch' as const };
    const quiet = runTlbSim(initTlbSim(one), one.accesses).metrics;
    const every = state.kind === 'syscall' ? { syscallEvery: pages * 4 } : { interruptEvery: pages * 4 };
    const busy = runTlbSim(initTlbSim({ ...one, ...every }), one.accesses).metrics;
    const events = busy.syscalls + busy.interrupts;
    const extra = events === 0 ? 0 : (busy.walks - quiet.walks) / events;
    return {
      extraWalksPerEvent: extra,
      ns: extra * refNs,
      note: '内核页是全局页、地址空间不变：只有内核自己的页第一次用到（或被挤出）时才要遍历页表。',
    };
  }
  const [thread, proc, pcid] = compareSwitchPolicies(base);
  const policy = state.kind === 'thread' ? thread! : state.pcid ? pcid! : proc!;
  const switches = policy.metrics.threadSwitches + policy.metrics.processSwitches;
  const extra = switches === 0 ? 0 : (policy.metrics.walks - thread!.metrics.walks) / switches;
  return {
    extraWalksPerEvent: extra,
    ns: extra * refNs,
    note:
      state.kind === 'thread'
        ? '同一地址空间，TLB 保留：切换本身不增加页表遍历。'
        : state.pcid
          ? '有 PCID：B 的条目带标签留在 TLB 里，切回来时仍可命中。'
          : `没有 PCID：每次切换后要为工作集的 ${pages} 页重新遍历页表。`,
  };
}
