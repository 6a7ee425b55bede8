import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  MAX_MAPPED_PAGES,
  SWITCH_POLICIES,
  TLB_SCENARIO_DEFAULTS,
  TRACE_KINDS,
  tlbGeometryProblem,
  tlbScenarioWith,
  type TlbScenarioInput,
} from '../../../src/sim/tlb/model.ts';
import { tlbGeometrySchema, tlbScenarioSchema } from '../../../src/sim/tlb/schema.ts';

/** Keeps some of a record's fields, as a hand-written partial input does. */
const someOf = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) =>
  fc.record(fields, { requiredKeys: [] });

const geometry = fc
  .record({
    ways: fc.constantFrom<number | 'full'>('full', 1, 2, 4, 8, 16, 64),
    sets: fc.integer({ min: 1, max: 64 }),
    asids: fc.integer({ min: 1, max: 4096 }),
    keep: fc.subarray(['entries', 'ways', 'asids'] as const),
  })
  .map(({ ways, sets, asids, keep }) => {
    const all = { entries: (ways === 'full' ? 1 : ways) * sets, ways, asids };
    return Object.fromEntries(keep.map((k) => [k, all[k]])) as TlbScenarioInput['tlb'] & object;
  })
  // Valid only: a kept `ways` must still divide the default entries, a kept `entries` the default ways.
  .filter(
    (g) =>
      tlbGeometryProblem({
        entries: g.entries ?? TLB_SCENARIO_DEFAULTS.tlb.entries,
        ways: g.ways ?? TLB_SCENARIO_DEFAULTS.tlb.ways,
      }) === null,
  );

/** Random valid partial scenarios: any subset of the fields, each anywhere in its range. */
const validInput: fc.Arbitrary<TlbScenarioInput> = someOf({
  policy: fc.constantFrom(...SWITCH_POLICIES),
  tasks: fc.integer({ min: 1, max: 64 }),
  threadsPerProcess: fc.integer({ min: 1, max: 64 }),
  timeSlice: fc.integer({ min: 1, max: 1e9 }),
  accesses: fc.integer({ min: 1, max: 1_000_000 }),
  syscallEvery: fc.integer({ min: 0, max: 1e9 }),
  interruptEvery: fc.integer({ min: 0, max: 1e9 }),
  kernelAccesses: fc.integer({ min: 1, max: 1e6 }),
  kernelPages: fc.integer({ min: 1, max: 4096 }),
  afterSwitchWindow: fc.integer({ min: 1, max: 1e9 }),
  tlb: geometry,
  trace: someOf({
    kind: fc.constantFrom(...TRACE_KINDS),
    pages: fc.integer({ min: 1, max: MAX_MAPPED_PAGES / 64 }), // 64 tasks × 1024 pages fit the limit
    step: fc.integer({ min: 1, max: 1 << 20 }),
    stride: fc.integer({ min: 1, max: 1 << 30 }),
    hotPages: fc.integer({ min: 1, max: 262144 }),
    sameAddresses: fc.boolean(),
  }),
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
});

describe('TLB scenarios without zod (tlbScenarioWith) match the schema', () => {
  test('the defaults: tlbScenarioSchema.parse({}) is tlbScenarioWith({})', () => {
    expect(tlbScenarioWith({})).toStrictEqual(tlbScenarioSchema.parse({}));
    expect(tlbScenarioWith({})).toStrictEqual(TLB_SCENARIO_DEFAULTS);
  });

  test('any valid partial input fills the same way, nested tlb and trace too', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const parsed = tlbScenarioSchema.safeParse(input);
        expect(parsed.error).toBeUndefined(); // the generator makes valid input only
        expect(tlbScenarioWith(input)).toStrictEqual(parsed.data);
      }),
      { numRuns: 500 },
    );
  });

  test('the result shares no object with the defaults', () => {
    const sc = tlbScenarioWith({ tasks: 3 });
    sc.tlb.entries = 8;
    sc.trace.pages = 1;
    expect(TLB_SCENARIO_DEFAULTS.tlb.entries).toBe(64);
    expect(TLB_SCENARIO_DEFAULTS.trace.pages).toBe(16);
  });
});

describe('tlbGeometryProblem is the schema’s geometry rule', () => {
  test('it agrees with tlbGeometrySchema on any entries and ways, with the same message', () => {
    const ways = fc.oneof(
      fc.constant<'full'>('full'),
      fc.integer({ min: 1, max: 16 }),
      fc.integer({ min: 1, max: 4096 }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4096 }), ways, (entries, w) => {
        const problem = tlbGeometryProblem({ entries, ways: w });
        const parsed = tlbGeometrySchema.safeParse({ entries, ways: w });
        expect(parsed.success).toBe(problem === null);
        if (problem !== null)
          expect(parsed.error?.issues.map((i) => [i.path, i.message])).toEqual([[['ways'], problem]]);
      }),
      { numRuns: 1000 },
    );
  });

  test('64 entries split into 4 or 64 ways or fully associative; not 3 ways, not more ways than entries', () => {
    expect(tlbGeometryProblem({ entries: 64, ways: 4 })).toBeNull();
    expect(tlbGeometryProblem({ entries: 64, ways: 64 })).toBeNull();
    expect(tlbGeometryProblem({ entries: 64, ways: 'full' })).toBeNull();
    expect(tlbGeometryProblem({ entries: 64, ways: 3 })).toBe('条目数必须是路数的整数倍');
    expect(tlbGeometryProblem({ entries: 4, ways: 8 })).toBe('条目数必须是路数的整数倍');
  });
});
