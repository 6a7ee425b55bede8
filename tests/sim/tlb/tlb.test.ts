import { describe, expect, test } from 'vitest';
import { fillTlb, flushTlb, initTlb, invlpg, listTlbEntries, lookupTlb } from '../../../src/sim/tlb/index.ts';
import type { TlbState } from '../../../src/sim/tlb/index.ts';

/** Looks up, and on a miss fills with frame = vpn + 100; returns hit or miss. */
function touch(tlb: TlbState, vpn: number, asid = 0): [TlbState, 'hit' | 'miss'] {
  const [t1, r] = lookupTlb(tlb, vpn, asid);
  if (r.pfn !== null) return [t1, 'hit'];
  const [t2] = fillTlb(t1, vpn, vpn + 100, asid);
  return [t2, 'miss'];
}

describe('TLB', () => {
  test("OSTEP ch. 19's array example: 70% hits", () => {
    // Ten 4-byte ints from virtual address 100 on 16-byte pages:
    // a[0..2] at 100, 104, 108 → page 6 (96–111): miss, hit, hit
    // a[3..6] at 112 … 124   → page 7 (112–127): miss, hit, hit, hit
    // a[7..9] at 128 … 136   → page 8 (128–143): miss, hit, hit
    // 3 misses, 7 hits → 70%.
    let tlb = initTlb(4, 'full');
    const seen: string[] = [];
    for (let i = 0; i < 10; i++) {
      let r;
      [tlb, r] = touch(tlb, Math.floor((100 + 4 * i) / 16));
      seen.push(r);
    }
    expect(seen).toEqual(['miss', 'hit', 'hit', 'miss', 'hit', 'hit', 'hit', 'miss', 'hit', 'hit']);
    expect(seen.filter((s) => s === 'hit').length / seen.length).toBe(0.7);
  });

  test('LRU eviction order in a 4-entry 2-way TLB', () => {
    // 2 sets; set = vpn mod 2, so vpns 0, 2, 4, 6 all land in set 0.
    let tlb = initTlb(4, 2);
    [tlb] = fillTlb(tlb, 0, 10); // set 0: {0}
    [tlb] = fillTlb(tlb, 2, 12); // set 0: {0, 2}
    [tlb] = lookupTlb(tlb, 0); // 0 is now the most recent; 2 is least recent
    const [t4, r4] = fillTlb(tlb, 4, 14); // evicts 2
    expect(r4.evicted?.vpn).toBe(2);
    const [t5, r5] = fillTlb(t4, 6, 16); // 0 (used at step 3) is older than 4: evicts 0
    expect(r5.evicted?.vpn).toBe(0);
    const [t6, r6] = fillTlb(t5, 1, 11); // set 1 still has room
    expect(r6.evicted).toBeNull();
    expect(
      listTlbEntries(t6)
        .map((e) => e.vpn)
        .sort(),
    ).toEqual([1, 4, 6]);
  });

  test('a tag separates address spaces; a global entry matches every tag', () => {
    let tlb = initTlb(8, 'full');
    [tlb] = fillTlb(tlb, 5, 50, 1);
    [tlb] = fillTlb(tlb, 9, 90, 0, true);
    expect(lookupTlb(tlb, 5, 1)[1].pfn).toBe(50);
    expect(lookupTlb(tlb, 5, 2)[1].pfn).toBeNull();
    expect(lookupTlb(tlb, 9, 3)[1].pfn).toBe(90);
  });

  test('a flush keeps global entries; INVLPG drops them too', () => {
    let tlb = initTlb(8, 'full');
    [tlb] = fillTlb(tlb, 1, 11);
    [tlb] = fillTlb(tlb, 2, 12);
    [tlb] = fillTlb(tlb, 3, 13, 0, true);
    const [flushed, n] = flushTlb(tlb);
    expect(n).toBe(2);
    expect(listTlbEntries(flushed).map((e) => e.vpn)).toEqual([3]);
    const [gone, m] = invlpg(flushed, 3);
    expect(m).toBe(1);
    expect(listTlbEntries(gone)).toEqual([]);
  });

  test('a tagged flush drops only that tag', () => {
    let tlb = initTlb(8, 'full');
    [tlb] = fillTlb(tlb, 1, 11, 1);
    [tlb] = fillTlb(tlb, 1, 21, 2);
    const [t, n] = flushTlb(tlb, 1);
    expect(n).toBe(1);
    expect(listTlbEntries(t).map((e) => e.asid)).toEqual([2]);
  });

  test('rejects a geometry that does not divide', () => {
    expect(() => initTlb(6, 4)).toThrow(/整数倍/);
  });
});
