/**
 * The context-switch anatomy's public face, what the islands import: ordered steps, what each saves
 * and restores, and what it costs; without zod (outside input: ./schema.ts).
 */
export { SWITCH_KINDS } from './model.ts';
export type {
  SwitchKind,
  ContextLayer,
  CpuView,
  CtxStep,
  ContextSwitchScenario,
  ContextSwitchState,
  ContextSwitchAction,
  ContextSwitchTrace,
} from './model.ts';
export { contextSwitchSteps } from './steps.ts';
export {
  initContextSwitch,
  stepsOf,
  currentStep,
  stepContextSwitch,
  diffCpu,
  describeContextSwitch,
  SWITCH_KIND_LABELS,
} from './step.ts';
export { directCosts, indirectTlbCost, cacheRuleOfThumb } from './cost.ts';
export type { CostFigure, IndirectCost } from './cost.ts';
