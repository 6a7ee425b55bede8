import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  MAX_TASKS,
  TASKS_SCENARIO_DEFAULTS,
  defaultTasksScenario,
  tasksScenarioWith,
  type TasksScenarioInput,
} from '../../../src/sim/tasks/model.ts';
import { tasksScenarioSchema } from '../../../src/sim/tasks/schema.ts';

const MiB = 1024 * 1024;
const int = (min: number, max: number) => fc.integer({ min, max });
const real = (min: number, max: number) => fc.double({ min, max, noNaN: true });

/** Random valid partial inputs: any subset of the fields (the libco report's too), each anywhere in its range. */
const validInput: fc.Arbitrary<TasksScenarioInput> = fc.record(
  {
    n: int(1, MAX_TASKS),
    cores: int(1, 1024),
    ramBytes: real(MiB, 2 ** 50),
    parentResidentBytes: int(0, 2 ** 40),
    parentVirtualBytes: int(0, 2 ** 47),
    cowWriteFraction: real(0, 1),
    threadStackBytes: int(0, 1 << 30),
    touchedStackBytes: int(0, 1 << 30),
    coroutineStackBytes: int(0, 1 << 30),
    asyncTaskBytes: int(0, 1 << 30),
    perConnectionBytes: int(0, 1 << 30),
    libco: fc.record(
      {
        coroutines: int(1, 1e9),
        group: int(1, 1e9),
        sharedStackBytes: int(0, 1 << 30),
        reportedTotalBytes: real(0, 1e15),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

describe('task scenarios without zod (tasksScenarioWith) match the schema', () => {
  test('the defaults: tasksScenarioSchema.parse({}) is tasksScenarioWith({}) and defaultTasksScenario()', () => {
    expect(tasksScenarioWith({})).toStrictEqual(tasksScenarioSchema.parse({}));
    expect(defaultTasksScenario()).toStrictEqual(tasksScenarioSchema.parse({}));
    expect(defaultTasksScenario(123)).toStrictEqual(tasksScenarioSchema.parse({ n: 123 }));
  });

  test('any valid partial input fills the same way, the libco report too', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const parsed = tasksScenarioSchema.safeParse(input);
        expect(parsed.error).toBeUndefined(); // the generator makes valid input only
        expect(tasksScenarioWith(input)).toStrictEqual(parsed.data);
      }),
      { numRuns: 500 },
    );
  });

  test('the result shares no object with the defaults', () => {
    tasksScenarioWith({}).libco.group = 1;
    expect(TASKS_SCENARIO_DEFAULTS.libco.group).toBe(100_000);
  });
});
