/** The context-switch anatomy: ordered steps, what each saves and restores, and what it costs. */
export { SWITCH_KINDS } from './model.ts';
/** Validation of outside input: loads zod, so the figures import the model's own files instead. */
export { contextSwitchScenarioSchema, parseContextSwitchScenario } from './schema.ts';
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
