/**
 * The TLB figure's narration, in Chinese, from the model: the opening sentence before any access,
 * the sentence for a step, and the one-line verdict of the three policies on the whole trace.
 */
import { describeTlbStep, POLICY_LABELS } from './describe.ts';
import type { SwitchPolicy, TlbEvent, TlbMetrics } from './model.ts';

/** What the opening sentence needs. */
export interface TlbStart {
  tasks: number;
  threadsPerProcess: number;
  policy: SwitchPolicy;
  compare: boolean;
}

/** The sentence at step 0: who runs, how many processes, which policy. */
export function describeTlbStart(s: TlbStart): string {
  const processes = Math.ceil(s.tasks / s.threadsPerProcess);
  const how = s.compare ? '三种切换方式跑的是同一串访问。' : `当前方式：${POLICY_LABELS[s.policy]}。`;
  return `初始状态：${s.tasks} 个线程分属 ${processes} 个进程，轮流在一个 CPU 上运行，TLB 为空。${how}`;
}

/** The narration of step `step` (0 = the start), from that step's events. */
export function narrateTlb(start: TlbStart, events: readonly (readonly TlbEvent[])[], step: number): string {
  return step === 0 ? describeTlbStart(start) : describeTlbStep(events[step - 1] ?? []);
}

/** One sentence comparing the policies' misses on the whole trace (the summary chart's caption). */
export function describeTlbComparison(
  results: readonly { policy: SwitchPolicy; metrics: TlbMetrics }[],
): string {
  const parts = results.map(
    ({ policy, metrics: m }) =>
      `${POLICY_LABELS[policy]} ${m.misses} 次未命中（命中率 ${m.accesses === 0 ? '—' : `${((m.hits / m.accesses) * 100).toFixed(1)}%`}）`,
  );
  return `同一串 ${results[0]?.metrics.accesses ?? 0} 次访问：${parts.join('，')}。`;
}
