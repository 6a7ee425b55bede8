import fc from 'fast-check';
import { tlbScenarioSchema } from '../../../src/sim/tlb/schema.ts';
import type { SwitchPolicy, TlbScenario } from '../../../src/sim/tlb/index.ts';

/** Small random scenarios for property tests (validated through the real schema). */
export function arbScenario(
  policies: readonly SwitchPolicy[] = ['thread-switch', 'process-switch', 'process-switch-pcid'],
): fc.Arbitrary<TlbScenario> {
  return fc
    .record({
      policy: fc.constantFrom(...policies),
      tasks: fc.integer({ min: 1, max: 6 }),
      threadsPerProcess: fc.integer({ min: 1, max: 3 }),
      timeSlice: fc.integer({ min: 1, max: 40 }),
      syscallEvery: fc.integer({ min: 0, max: 30 }),
      interruptEvery: fc.integer({ min: 0, max: 60 }),
      kernelAccesses: fc.integer({ min: 1, max: 4 }),
      kernelPages: fc.integer({ min: 1, max: 6 }),
      tlb: fc.record({
        entries: fc.constantFrom(4, 8, 16),
        ways: fc.constantFrom<number | 'full'>(1, 2, 4, 'full'),
        asids: fc.integer({ min: 1, max: 6 }),
      }),
      trace: fc.record({
        kind: fc.constantFrom('sequential', 'strided', 'random', 'working-set'),
        pages: fc.integer({ min: 1, max: 24 }),
        step: fc.constantFrom(8, 256, 4096),
        stride: fc.constantFrom(64, 4096, 12288),
        hotPages: fc.integer({ min: 1, max: 6 }),
        sameAddresses: fc.boolean(),
      }),
      seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    })
    .map((r) => tlbScenarioSchema.parse(r));
}
