/**
 * What the context-switch figure shows, computed from the model without a DOM: the steps of the
 * chosen switch, the CPU at a step and what changed, the costs, and the narration.
 */
import { cacheRuleOfThumb, directCosts, indirectTlbCost } from '../../../sim/context-switch/cost.ts';
import type { ContextSwitchState } from '../../../sim/context-switch/model.ts';
import { describeContextSwitch, diffCpu } from '../../../sim/context-switch/step.ts';
import { contextSwitchSteps } from '../../../sim/context-switch/steps.ts';
import type { ContextSwitchOptions } from './options.ts';

/** The last step of the chosen switch. */
export const contextSwitchLastStep = (o: ContextSwitchOptions): number =>
  contextSwitchSteps(o.kind, o.pcid).length - 1;

/** The model's state at `step`. */
export function contextSwitchState(o: ContextSwitchOptions, step: number): ContextSwitchState {
  return {
    kind: o.kind,
    pcid: o.pcid,
    step: Math.min(step, contextSwitchLastStep(o)),
    workingSetPages: o.workingSetPages,
  };
}

/** Everything drawn at a step: the steps, the current one, the registers that changed, the costs. */
export function contextSwitchView(o: ContextSwitchOptions, step: number) {
  const state = contextSwitchState(o, step);
  const steps = contextSwitchSteps(o.kind, o.pcid);
  const current = steps[state.step]!;
  return {
    state,
    steps,
    current,
    changed: state.step > 0 ? diffCpu(steps[state.step - 1]!.cpu, current.cpu) : [],
    direct: directCosts(o.kind),
    cache: cacheRuleOfThumb(o.kind),
    narration: describeContextSwitch(state),
  };
}

/** The indirect TLB cost: depends on the kind and PCID only, so stepping does not rerun the TLB model. */
export function contextSwitchIndirect(o: ContextSwitchOptions) {
  return indirectTlbCost({ kind: o.kind, pcid: o.pcid, workingSetPages: o.workingSetPages });
}
