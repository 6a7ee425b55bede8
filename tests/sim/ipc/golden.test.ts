import { describe, expect, test } from 'vitest';
import { MECHANISM_IDS, describeTransfer, initTransfer, runTransfer } from '../../../src/sim/ipc/index.ts';

/** The narrated trace of one 100,000 B message (shared memory with a 64 KiB region), one line per step. */
function narrate(id: (typeof MECHANISM_IDS)[number]): string {
  const shared = id === 'shm-sem' || id === 'mmap-file';
  const [end, steps] = runTransfer(
    initTransfer(id, { size: 100_000, ...(shared ? { capacity: 65_536 } : {}) }),
  );
  return [
    ...steps.map((trace, i) => `${i + 1}. ${trace.map(describeTransfer).join('')}`),
    `合计：${JSON.stringify(end.counters)}`,
    '',
  ].join('\n');
}

describe('golden traces', () => {
  test.each(MECHANISM_IDS)('%s: a 100,000 B message, step by step', async (id) => {
    await expect(narrate(id)).toMatchFileSnapshot(`./__golden__/${id}.txt`);
  });
});
