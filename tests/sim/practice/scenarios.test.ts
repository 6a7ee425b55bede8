/**
 * The kinds built on a simulator scenario (tlb-trace, switch-cr3, task-stacks) fill the scenario
 * they draw with the model's `…With` function, without zod, so the practice islands do not download
 * it. The schema's check moves here: for many seeds and every level, the drawn scenario passes the
 * model's zod schema, and the zod-free fill gives exactly what the schema gives. A generator that
 * draws an out-of-range scenario fails this test instead of a reader's page.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { ZodMiniType, output } from 'zod/mini';
import type { Level } from '../../../src/sim/practice/model.ts';
import { tlbTraceInput } from '../../../src/sim/practice/kinds/tlb-trace.ts';
import { switchCr3Input } from '../../../src/sim/practice/kinds/switch-cr3.ts';
import { taskStacksInput } from '../../../src/sim/practice/kinds/task-stacks.ts';
import { tlbScenarioWith } from '../../../src/sim/tlb/model.ts';
import { tlbScenarioSchema } from '../../../src/sim/tlb/schema.ts';
import { tasksScenarioWith } from '../../../src/sim/tasks/model.ts';
import { tasksScenarioSchema } from '../../../src/sim/tasks/schema.ts';

const seeds = fc.integer({ min: 0, max: 2 ** 32 - 1 });
const levels = fc.constantFrom<Level>(1, 2, 3);
const RUNS = 1000;

/** What zod makes of an input: the parsed value; a refusal throws with the issues. */
function zodSays<S extends ZodMiniType>(schema: S, input: unknown): output<S> {
  const r = schema.safeParse(input);
  if (!r.success)
    throw new Error(`the schema refuses ${JSON.stringify(input)}: ${JSON.stringify(r.error.issues)}`);
  return r.data;
}

describe('the scenario a practice problem is drawn from passes the model’s schema', () => {
  test.each([
    ['tlb-trace', tlbTraceInput],
    ['switch-cr3', switchCr3Input],
  ] as const)(
    '%s: every seed and level, and tlbScenarioWith fills it as the schema does',
    (_, inputOf) => {
      fc.assert(
        fc.property(seeds, levels, (seed, level) => {
          const input = inputOf(seed, level);
          expect(tlbScenarioWith(input)).toStrictEqual(zodSays(tlbScenarioSchema, input));
        }),
        { numRuns: RUNS },
      );
    },
    60_000,
  ); // a tlb-trace draw runs the TLB model until its trace tells the switches apart

  test('task-stacks: every seed, and tasksScenarioWith fills it as the schema does', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const input = taskStacksInput(seed);
        expect(tasksScenarioWith(input)).toStrictEqual(zodSays(tasksScenarioSchema, input));
      }),
      { numRuns: RUNS },
    );
  });

  test('the check can fail: a drawn scenario pushed out of range is refused', () => {
    const tlb = tlbTraceInput(1, 3);
    expect(() => zodSays(tlbScenarioSchema, { ...tlb, tlb: { ...tlb.tlb, entries: 6, ways: 4 } })).toThrow(
      /refuses/,
    );
    expect(() => zodSays(tasksScenarioSchema, { ...taskStacksInput(1), n: 0 })).toThrow(/refuses/);
  });
});
