import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  MECHANISM_IDS,
  PIPE_BUF,
  initTransfer,
  roundPipeSize,
  runTransfer,
} from '../../../src/sim/ipc/index.ts';
import { transferTotals } from '../../../src/sim/ipc/totals.ts';

describe('transferTotals', () => {
  test('equals the simulator’s counters and step count on every mechanism', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MECHANISM_IDS),
        fc.integer({ min: 1, max: 100_000 }),
        fc.option(fc.integer({ min: 512, max: 80_000 }), { nil: undefined }),
        fc.option(fc.integer({ min: 512, max: 80_000 }), { nil: undefined }),
        (id, size, capacity, readChunk) => {
          const config = { size, capacity, readChunk };
          const [end, steps] = runTransfer(initTransfer(id, config), 1e6);
          const { pieces: _pieces, steps: n, ...counts } = transferTotals(id, config);
          expect(steps.length).toBe(n);
          expect(end.counters).toEqual(counts);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('a 1 MiB pipe message is 1 write() and 16 read()s, as strace would count them', () => {
    expect(transferTotals('pipe', { size: 1 << 20 })).toMatchObject({ syscalls: 17, writerBlocks: 15 });
    expect(transferTotals('unix-socket', { size: 1 << 20 }).syscalls).toBe(
      1 + Math.ceil((1 << 20) / 212_992),
    );
  });
});

describe('pipe capacity (F_SETPIPE_SZ, round_pipe_size in fs/pipe.c)', () => {
  test.each([
    [1, 4096],
    [1000, 4096],
    [4096, 4096],
    [4097, 8192],
    [65_536, 65_536],
    [100_000, 131_072],
  ])('%i B asked → %i B', (asked, got) => {
    expect(roundPipeSize(asked)).toBe(got);
    expect(initTransfer('pipe', { size: 1, capacity: asked }).capacity).toBe(got);
    expect(initTransfer('fifo', { size: 1, capacity: asked }).capacity).toBe(got);
  });

  test('other mechanisms keep the capacity they are given', () => {
    expect(initTransfer('unix-socket', { size: 1, capacity: 1000 }).capacity).toBe(1000);
  });

  test('a write of at most PIPE_BUF bytes is never split, whatever capacity was asked', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: PIPE_BUF }),
        fc.integer({ min: 1, max: 70_000 }),
        (size, capacity) => {
          const [, steps] = runTransfer(initTransfer('pipe', { size, capacity }));
          const copiesIn = steps.flat().filter((e) => e.kind === 'copy' && e.to === 'kernel');
          expect(copiesIn).toHaveLength(1);
        },
      ),
      { numRuns: 100 },
    );
  });
});
