import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseScenario } from '../../../src/sim/scenario-schema.ts';
import { MECHANISM_IDS } from '../../../src/sim/ipc/index.ts';
import {
  costScenarioSchema,
  ipcScenarioSchema,
  transferScenarioSchema,
} from '../../../src/sim/ipc/schema.ts';

describe('ipcScenarioSchema', () => {
  test('fills every default from an empty object', () => {
    const parsed = parseScenario(ipcScenarioSchema, {}, 'test.json');
    expect(parsed).toEqual({
      ok: true,
      value: {
        table: { size: 100, count: 1000, shmSync: 'semaphore', regionBytes: 1_048_576 },
        transfer: { mechanism: 'pipe', size: 100_000 },
      },
    });
  });

  test.each([
    [{ table: { size: 0 } }, 'table.size'],
    [{ table: { count: 1.5 } }, 'table.count'],
    [{ table: { shmSync: 'busy' } }, 'table.shmSync'],
    [{ transfer: { mechanism: 'carrier-pigeon' } }, 'transfer.mechanism'],
    [{ transfer: { capacity: -1 } }, 'transfer.capacity'],
    [{ transfer: { sizee: 10 } }, '(整体)'],
  ])('a bad scenario names the field: %j → %s', (input, field) => {
    const parsed = parseScenario(ipcScenarioSchema, input, 'bad.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.message).toContain('bad.json');
      expect(parsed.error.issues.some((i) => i.startsWith(field === '(整体)' ? 'transfer' : field))).toBe(
        true,
      );
    }
  });

  test('a valid scenario survives a JSON round trip', () => {
    const arb = fc.record({
      table: fc.record({
        size: fc.integer({ min: 1, max: 1 << 20 }),
        count: fc.integer({ min: 1, max: 1e6 }),
        shmSync: fc.constantFrom('semaphore' as const, 'spin' as const),
        regionBytes: fc.integer({ min: 64, max: 1 << 20 }),
      }),
      transfer: fc.record({
        mechanism: fc.constantFrom(...MECHANISM_IDS),
        size: fc.integer({ min: 1, max: 1 << 20 }),
      }),
    });
    fc.assert(
      fc.property(arb, (input) => {
        const once = parseScenario(ipcScenarioSchema, input, 'x');
        expect(once.ok).toBe(true);
        if (!once.ok) return;
        expect(parseScenario(ipcScenarioSchema, JSON.parse(JSON.stringify(once.value)), 'x')).toEqual(once);
      }),
    );
  });

  test('the parts validate on their own', () => {
    expect(costScenarioSchema.parse({ size: 4096 }).count).toBe(1000);
    expect(transferScenarioSchema.parse({ mechanism: 'signal' }).mechanism).toBe('signal');
  });
});
