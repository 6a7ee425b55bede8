import { describe, expect, test } from 'vitest';
import {
  createLinearPageTable,
  describeLinear,
  makeLinearPte,
  translateLinear,
} from '../../../src/sim/mmu/index.ts';

// OSTEP paging-linear-translate style: 1 KiB pages, a 16 KiB address space (16 pages).
// Page table (VPN → entry): 0 → 0x80000018 (PFN 24), 3 → 0x80000006 (PFN 6),
// 5 → 0x8000001d (PFN 29), every other VPN invalid (0).
const frames = [24, null, null, 6, null, 29, null, null, null, null, null, null, null, null, null, null];
const pt = createLinearPageTable(1024, frames);

describe('translateLinear', () => {
  test('valid entries are 0x80000000 | PFN', () => {
    expect(pt.ptes[0]).toBe(0x80000018);
    expect(pt.ptes[3]).toBe(0x80000006);
    expect(makeLinearPte(29)).toBe(0x8000001d);
  });

  test.each([
    // 0x0c2a = 3114: VPN 3114 / 1024 = 3, offset 3114 − 3072 = 42; PA = 6 × 1024 + 42 = 6186 = 0x182a.
    [0x0c2a, 0x182a],
    // 0x0004 = 4: VPN 0, offset 4; PA = 24 × 1024 + 4 = 24580 = 0x6004.
    [0x0004, 0x6004],
    // 0x17ff = 6143: VPN 5, offset 1023; PA = 29 × 1024 + 1023 = 30719 = 0x77ff.
    [0x17ff, 0x77ff],
  ])('VA %i translates to PA %i', (va, pa) => {
    const t = translateLinear(pt, va);
    expect(t.ok && t.pa).toBe(pa);
  });

  test('an invalid entry and an address past the space are told apart', () => {
    // 0x0400 = 1024: VPN 1, invalid.
    expect(translateLinear(pt, 0x0400)).toEqual({ ok: false, vpn: 1, reason: 'invalid' });
    // 0x4000 = 16384: VPN 16, beyond the 16 pages.
    expect(translateLinear(pt, 0x4000)).toEqual({ ok: false, vpn: 16, reason: 'out-of-bounds' });
  });

  test('describes a translation in one sentence', () => {
    expect(describeLinear(pt, 0x0c2a)).toBe(
      '虚拟地址 0x00000c2a（VPN 3）→ 物理地址 0x0000182a（PFN 6，偏移 42）',
    );
    expect(describeLinear(pt, 0x0400)).toContain('无效');
  });
});

describe('the linear page table refuses what no MMU could take', () => {
  test.each([0.5, 0, -1024, 1000, Number.NaN, 2 ** 60])('page size %d', (size) => {
    expect(() => createLinearPageTable(size, [1])).toThrow(/页大小必须是 2 的整数次幂/);
  });

  test.each([-1, 1.5, 2 ** 31, Number.NaN])('PFN %d', (frame) => {
    expect(() => createLinearPageTable(1024, [frame])).toThrow(/PFN 必须是 0 到 2147483647 之间的整数/);
    expect(() => makeLinearPte(frame)).toThrow(/PFN/);
  });

  test.each([1.5, -1, Number.NaN, Number.POSITIVE_INFINITY])('virtual address %d (no PA 17.5)', (va) => {
    expect(() => translateLinear(pt, va)).toThrow(/虚拟地址必须是非负整数/);
  });
});
