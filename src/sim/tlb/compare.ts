import { SWITCH_POLICIES } from './model.ts';
import type { SwitchPolicy, TlbMetrics, TlbScenario } from './model.ts';
import { summarizeTlbMetrics } from './cost.ts';
import type { TlbCostTable, TlbSummary } from './cost.ts';
import { DEFAULT_COSTS } from './cost.ts';
import { initTlbSim, runTlbSim } from './step.ts';

/** One policy's outcome on the shared trace. */
export interface PolicyResult {
  policy: SwitchPolicy;
  metrics: TlbMetrics;
  summary: TlbSummary;
}

/**
 * Runs the SAME trace (same tasks, addresses, time slices, system calls and
 * interrupts) under thread switch, process switch without PCID and process
 * switch with PCID, for `scenario.accesses` accesses each.
 */
export function compareSwitchPolicies(sc: TlbScenario, costs: TlbCostTable = DEFAULT_COSTS): PolicyResult[] {
  return SWITCH_POLICIES.map((policy) => {
    const end = runTlbSim(initTlbSim({ ...sc, policy }), sc.accesses);
    return { policy, metrics: end.metrics, summary: summarizeTlbMetrics(end.metrics, costs) };
  });
}
