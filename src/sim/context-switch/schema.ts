/** zod schema of the context-switch stepper's scenario from outside (URL, MDX props, CLI); errors name the field. */
import { z } from 'zod/mini';
import type { Parsed } from '../scenario.ts';
import { intIn, parseScenario } from '../scenario-schema.ts';
import { SWITCH_KINDS, type ContextSwitchScenario } from './model.ts';

/** A stepper scenario from outside (URL, MDX props, CLI). */
export const contextSwitchScenarioSchema = z.strictObject({
  /** Which switch to dissect. Default: process. */
  kind: z._default(z.enum(SWITCH_KINDS), 'process'),
  /** Whether the CPU and kernel use PCID (tagged TLB). Default: false. */
  pcid: z._default(z.boolean(), false),
  /** Step shown first (0 = before the switch). Default: 0. */
  step: z._default(intIn(0, 64), 0),
  /** Pages each task touches, for the indirect (TLB refill) cost. Default: 16. */
  workingSetPages: z._default(intIn(1, 4096), 16),
});

/** Validates outside input into a stepper scenario; errors name the field. */
export function parseContextSwitchScenario(input: unknown, source: string): Parsed<ContextSwitchScenario> {
  return parseScenario(contextSwitchScenarioSchema, input, source);
}
