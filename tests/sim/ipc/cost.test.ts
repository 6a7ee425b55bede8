import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  CACHE_HANDOFF_NS,
  COPY_BYTES_PER_NS,
  CROSS_CORE_BYTES_PER_NS,
  MECHANISM_IDS,
  SYSCALL_NS,
  WAKEUP_NS,
  estimateCost,
  getMechanism,
  type MechanismId,
} from '../../../src/sim/ipc/index.ts';

/**
 * ipc-bench (goldsborough), i5-4590S, ping-pong round trips per second.
 * @see https://github.com/goldsborough/ipc-bench (README, the table under "Spectrum")
 */
const BENCH: Record<string, { mechanism: MechanismId; b100: number; kb1: number }> = {
  TCP: { mechanism: 'tcp-loopback', b100: 70_221, kb1: 67_901 },
  'Unix socket': { mechanism: 'unix-socket', b100: 130_372, kb1: 127_582 },
  pipe: { mechanism: 'pipe', b100: 162_441, kb1: 155_404 },
  'System V mq': { mechanism: 'sysv-mq', b100: 232_253, kb1: 213_796 },
  FIFO: { mechanism: 'fifo', b100: 265_823, kb1: 254_880 },
  'shared memory': { mechanism: 'shm-sem', b100: 4_702_557, kb1: 1_659_291 },
  mmap: { mechanism: 'mmap-file', b100: 5_338_860, kb1: 1_701_759 },
};
/** The stated calibration tolerance: within a factor of 2 of every measured figure. */
const FACTOR = 2;
// ipc-bench's shared memory and mmap spin on an atomic instead of waiting on a semaphore.
const rate = (id: MechanismId, size: number) =>
  estimateCost(id, { size, count: 1, shmSync: 'spin' }).roundTripsPerSecond;

describe('estimateCost: calibration against ipc-bench', () => {
  test.each(Object.entries(BENCH))('%s stays within a factor of 2 at 100 B and 1 KB', (_name, b) => {
    for (const [size, measured] of [
      [100, b.b100],
      [1024, b.kb1],
    ] as const) {
      const ratio = rate(b.mechanism, size) / measured;
      expect(ratio).toBeGreaterThan(1 / FACTOR);
      expect(ratio).toBeLessThan(FACTOR);
    }
  });

  test.each([100, 1024])(
    'reproduces the ordering shm ≫ FIFO/pipe/queues > Unix socket > TCP at %i B',
    (size) => {
      const queues = (['pipe', 'fifo', 'sysv-mq', 'posix-mq'] as const).map((id) => rate(id, size));
      const shm = Math.min(rate('shm-sem', size), rate('mmap-file', size));
      // "≫": at least five times faster than the fastest kernel-buffer mechanism.
      expect(shm).toBeGreaterThan(5 * Math.max(...queues));
      expect(Math.min(...queues)).toBeGreaterThan(rate('unix-socket', size));
      expect(rate('unix-socket', size)).toBeGreaterThan(rate('tcp-loopback', size));
    },
  );
});

describe('estimateCost: worked examples', () => {
  test('a 100 KB message through a pipe: two copies, 200 KB copied, one write() and two read()s', () => {
    const c = estimateCost('pipe', { size: 100_000, count: 1 });
    // ceil(100,000 / 65,536) = 2 pieces, but one blocking write() hands over both: it sleeps once
    // inside the call when the pipe is full (pipe_write) → 1 write + 2 reads.
    expect(c.chunksPerMessage).toBe(2);
    expect(c.copiesPerByte).toBe(2);
    expect(c.bytesCopied).toBe(200_000);
    expect(c.syscallsPerMessage).toBe(3);
    expect(c.writerBlocksPerMessage).toBe(1);
    // 3 × 250 ns + 2 wake-ups × 1600 ns + 200,000 B / 10 B/ns = 750 + 3200 + 20,000 = 23,950 ns
    expect(c.latencyNs).toBe(3 * SYSCALL_NS + 2 * WAKEUP_NS + 200_000 / COPY_BYTES_PER_NS);
    expect(c.latencyNs).toBe(23_950);
  });

  test.each(['pipe', 'fifo', 'unix-socket', 'tcp-loopback'] as const)(
    'a 1 MiB message through %s is one write() however often it sleeps',
    (id) => {
      const c = estimateCost(id, { size: 1 << 20, count: 1 });
      expect(c.syscallsPerMessage).toBe(1 + c.chunksPerMessage);
      expect(c.writerBlocksPerMessage).toBe(c.chunksPerMessage - 1);
    },
  );

  test('shared memory with a semaphore: zero kernel copies, four semaphore calls', () => {
    const c = estimateCost('shm-sem', { size: 100_000, count: 10 });
    expect(c.copiesPerByte).toBe(0);
    expect(c.bytesCopied).toBe(0);
    // the writer's P(empty) and V(full), the reader's P(full) and V(empty)
    expect(c.syscallsPerMessage).toBe(4);
    expect(c.syscalls).toBe(40);
    // 4 × 250 + 1 × 1600 + 90 + 100,000 / 5 = 1000 + 1600 + 90 + 20,000 = 22,690 ns
    expect(c.latencyNs).toBe(
      4 * SYSCALL_NS + WAKEUP_NS + CACHE_HANDOFF_NS + 100_000 / CROSS_CORE_BYTES_PER_NS,
    );
  });

  test('a POSIX queue splits 100,000 B into 13 messages of at most 8192 B; ten fit before the writer blocks', () => {
    const c = estimateCost('posix-mq', { size: 100_000, count: 1 });
    expect(c.chunksPerMessage).toBe(13); // ceil(100,000 / 8192)
    expect(c.syscallsPerMessage).toBe(26);
    expect(c.writerBlocksPerMessage).toBe(3); // 13 − 10
  });

  test('a signal carries no data: nothing copied whatever the size', () => {
    const c = estimateCost('signal', { size: 4096, count: 3 });
    expect(c.carriesData).toBe(false);
    expect(c.bytesCopied).toBe(0);
    expect(c.bytesPerSecond).toBe(0);
    expect(c.syscalls).toBe(9); // sigsuspend + kill + rt_sigreturn, three times
  });
});

describe('estimateCost: properties', () => {
  const arbId = fc.constantFrom(...MECHANISM_IDS);
  const arbSize = fc.integer({ min: 1, max: 4_000_000 });
  const arbCount = fc.integer({ min: 1, max: 1000 });

  test('bytes copied = copies × size × count for every mechanism that carries data', () => {
    fc.assert(
      fc.property(arbId, arbSize, arbCount, (id, size, count) => {
        const c = estimateCost(id, { size, count });
        const expected = c.carriesData ? getMechanism(id).kernelCopies.value * size * count : 0;
        expect(c.bytesCopied).toBe(expected);
      }),
    );
  });

  test('latency grows with the message size; the totals scale with the count', () => {
    fc.assert(
      fc.property(arbId, arbSize, arbSize, arbCount, (id, a, b, count) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        expect(estimateCost(id, { size: small, count }).latencyNs).toBeLessThanOrEqual(
          estimateCost(id, { size: large, count }).latencyNs,
        );
        const one = estimateCost(id, { size: a, count: 1 });
        const many = estimateCost(id, { size: a, count });
        expect(many.totalNs).toBeCloseTo(one.totalNs * count, 6);
        expect(many.syscalls).toBe(one.syscalls * count);
      }),
    );
  });

  test('same inputs, same outputs', () => {
    fc.assert(
      fc.property(arbId, arbSize, arbCount, (id, size, count) => {
        expect(estimateCost(id, { size, count })).toEqual(estimateCost(id, { size, count }));
      }),
    );
  });
});
