import { describe, expect, test } from 'vitest';
import { cacheRuleOfThumb, directCosts, indirectTlbCost } from '../../../src/sim/context-switch/index.ts';
import { DEFAULT_COSTS } from '../../../src/sim/tlb/index.ts';

describe('directCosts', () => {
  test('process and thread switches carry the published figures', () => {
    // ~2.7 µs per switch (the book's pingpong.c on one KVM machine), 1.2–2 µs pinned pipe ping-pong
    // (Bendersky 2018, Tsuna 2010), lmbench 1996 6 µs (OSTEP ch. 6).
    expect(directCosts('process').map((c) => c.ns)).toEqual([
      [2700, 2700],
      [1200, 2000],
      [6000, 6000],
    ]);
    expect(directCosts('thread')).toEqual(directCosts('process'));
    // lmbench 1996: a system call about 4 µs.
    expect(directCosts('syscall')[0]!.ns).toEqual([4000, 4000]);
  });
});

describe('cacheRuleOfThumb', () => {
  test("Tsuna's 30 µs for task switches, nothing for system calls and interrupts", () => {
    expect(cacheRuleOfThumb('process')?.ns).toEqual([30000, 30000]);
    expect(cacheRuleOfThumb('thread')?.ns).toEqual([30000, 30000]);
    expect(cacheRuleOfThumb('syscall')).toBeNull();
    expect(cacheRuleOfThumb('interrupt')).toBeNull();
  });
});

describe('indirectTlbCost', () => {
  test('without PCID each switch re-walks the working set', () => {
    // Slices of 16 × 32 accesses sweep all 16 pages once; 40 slices, 39 switches.
    // Process switch: 16 walks per slice = 640; thread switch: 32 first touches only.
    // Extra walks per switch = (640 − 32) / 39.
    const c = indirectTlbCost({ kind: 'process', pcid: false, workingSetPages: 16 });
    expect(c.extraWalksPerEvent).toBeCloseTo((640 - 32) / 39, 10);
    expect(c.ns).toBeCloseTo(c.extraWalksPerEvent * 4 * DEFAULT_COSTS.walkRefNs, 10);
  });

  test('threads and PCID-tagged processes add no walks', () => {
    expect(indirectTlbCost({ kind: 'thread', pcid: false, workingSetPages: 16 }).extraWalksPerEvent).toBe(0);
    expect(indirectTlbCost({ kind: 'process', pcid: true, workingSetPages: 16 }).extraWalksPerEvent).toBe(0);
  });

  test('a system call costs only the first walks of the kernel pages', () => {
    const c = indirectTlbCost({ kind: 'syscall', pcid: false, workingSetPages: 16 });
    expect(c.extraWalksPerEvent).toBeGreaterThanOrEqual(0);
    expect(c.extraWalksPerEvent).toBeLessThan(1);
  });
});
