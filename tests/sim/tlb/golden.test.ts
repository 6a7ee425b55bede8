import { describe, expect, test } from 'vitest';
import { describeTlbEvent, initTlbSim, traceTlbSim } from '../../../src/sim/tlb/index.ts';
import { tlbScenarioSchema } from '../../../src/sim/tlb/schema.ts';
import sevenPcid from '../../../src/sim/tlb/scenarios/seven-processes-pcid.json' with { type: 'json' };
import syscallsRandom from '../../../src/sim/tlb/scenarios/syscalls-random.json' with { type: 'json' };

/** The narrated event log of the first `n` accesses, one line per event. */
function goldenLog(raw: unknown, n: number): string {
  const [, events] = traceTlbSim(initTlbSim(tlbScenarioSchema.parse(raw)), n);
  return events.map(describeTlbEvent).join('\n') + '\n';
}

describe('golden traces', () => {
  test('two processes with system calls and interrupts, seed 42', async () => {
    await expect(goldenLog({ ...syscallsRandom, timeSlice: 20, syscallEvery: 15 }, 80)).toMatchFileSnapshot(
      './__golden__/syscalls-random-seed42.txt',
    );
  });

  test('seven processes on six PCIDs, seed 7', async () => {
    await expect(goldenLog({ ...sevenPcid, timeSlice: 4 }, 40)).toMatchFileSnapshot(
      './__golden__/seven-processes-pcid-seed7.txt',
    );
  });
});
