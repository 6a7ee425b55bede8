import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseScenario } from '../../../src/sim/scenario-schema.ts';
import { MAX_TASKS } from '../../../src/sim/tasks/index.ts';
import { tasksScenarioSchema } from '../../../src/sim/tasks/schema.ts';

describe('tasksScenarioSchema', () => {
  test.each([
    [{ n: 0 }, 'n'],
    [{ n: MAX_TASKS + 1 }, 'n'],
    [{ cowWriteFraction: 2 }, 'cowWriteFraction'],
    [{ threadStackBytes: -1 }, 'threadStackBytes'],
    [{ libco: { group: 0 } }, 'libco.group'],
  ])('a bad scenario names the field: %j → %s', (input, field) => {
    const parsed = parseScenario(tasksScenarioSchema, input, 'tasks.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.issues[0]).toMatch(new RegExp(`^${field.replace('.', '\\.')}: `));
  });

  test('a valid scenario survives a JSON round trip', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_TASKS }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, cowWriteFraction) => {
          const v = tasksScenarioSchema.parse({ n, cowWriteFraction });
          expect(tasksScenarioSchema.parse(JSON.parse(JSON.stringify(v)))).toEqual(v);
        },
      ),
    );
  });
});
