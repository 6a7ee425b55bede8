/**
 * The TLB + scheduler model's public face, what the islands import: a TLB with LRU and tags, page
 * walks, and threads of processes on one CPU; without zod (outside input: ./schema.ts).
 */
export {
  SWITCH_POLICIES,
  TRACE_KINDS,
  MAX_ACCESSES,
  MAX_MAPPED_PAGES,
  TLB_SCENARIO_DEFAULTS,
  tlbGeometryProblem,
  tlbScenarioWith,
} from './model.ts';
export type {
  SwitchPolicy,
  TraceKind,
  TlbScenario,
  TlbScenarioInput,
  TlbState,
  TaskState,
  TlbMetrics,
  TlbSimState,
  TlbEvent,
} from './model.ts';
export { initTlb, lookupTlb, fillTlb, flushTlb, invlpg, listTlbEntries } from './tlb.ts';
export type { FillResult } from './tlb.ts';
export {
  emptyTlbMetrics,
  taskPid,
  initTlbSim,
  stepTlbSim,
  runTlbSim,
  traceTlbSim,
  recordTlbRun,
} from './step.ts';
export type { TlbRun } from './step.ts';
export { DEFAULT_COSTS, summarizeTlbMetrics } from './cost.ts';
export type { TlbCostTable, TlbSummary } from './cost.ts';
export { compareSwitchPolicies } from './compare.ts';
export type { PolicyResult } from './compare.ts';
export { POLICY_LABELS, describeTlbEvent, describeTlbStep, describeTlbState } from './describe.ts';
export { USER_BASE, KERNEL_BASE, REGION_BYTES, userAddress, kernelAddress, regionBase } from './trace.ts';
export { WALK_REFS_4K } from './machine.ts';
