import { describe, expect, test } from 'vitest';
import {
  allocTable,
  createPhysMem,
  mapPage,
  mapRange,
  shareKernelHalf,
  splitAddress,
  walkFrame,
  walkPageTable,
} from '../../../src/sim/mmu/index.ts';
import { virtAddr } from '../../../src/sim/units.ts';

describe('splitAddress', () => {
  test('splits 0x00007f1234567abc into four 9-bit indices and a 12-bit offset', () => {
    // 0x7f1234567abc in binary, from bit 47 down (48 bits):
    //   0000 0000 0111 1111 0001 0010 0011 0100 0101 0110 0111 1010 1011 1100
    // bits 47–39: 0 1111 1110 = 0xfe = 254     (PML4)
    // bits 38–30: 0 0100 1000 = 0x48 = 72      (PDPT)
    // bits 29–21: 1 1010 0010 = 0x1a2 = 418    (PD)
    // bits 20–12: 1 0110 0111 = 0x167 = 359    (PT)
    // bits 11–0:  0xabc = 2748                 (offset)
    expect(splitAddress(virtAddr(0x7f1234567abc))).toEqual({ indices: [254, 72, 418, 359], offset: 0xabc });
  });

  test('the highest user address has every index at 511 except PML4 255', () => {
    expect(splitAddress(virtAddr(0x7fffffffffff))).toEqual({ indices: [255, 511, 511, 511], offset: 4095 });
  });
});

describe('walkPageTable', () => {
  test('a 4 KiB page costs four references, a 2 MiB page three', () => {
    const [m0, root] = allocTable(createPhysMem(1));
    const [m1, pfn] = mapPage(m0, root, virtAddr(0x400000));
    const [m2, big] = mapPage(m1, root, virtAddr(0x40000000), { huge: true });
    expect(walkPageTable(m2, root, virtAddr(0x400123))).toEqual({ pfn, refs: 4, huge: false });
    // 0x40000000 + 5 pages + 7 bytes lies in the 2 MiB page: frame = big + 5.
    expect(walkPageTable(m2, root, virtAddr(0x40005007))).toEqual({ pfn: big + 5, refs: 3, huge: true });
    expect(big % 512).toBe(0);
  });

  test('an unmapped address faults after the first missing level', () => {
    const [m0, root] = allocTable(createPhysMem(1));
    expect(walkPageTable(m0, root, virtAddr(0x1000))).toEqual({ pfn: null, refs: 1, huge: false });
    const [m1] = mapPage(m0, root, virtAddr(0x1000));
    // Same PML4, PDPT, PD and PT; the PT entry for page 2 is empty: four reads.
    expect(walkPageTable(m1, root, virtAddr(0x2000))).toEqual({ pfn: null, refs: 4, huge: false });
  });

  test('mapping does not change the old memory (pure)', () => {
    const [m0, root] = allocTable(createPhysMem(1));
    const before = JSON.stringify(m0);
    mapPage(m0, root, virtAddr(0x1000));
    expect(JSON.stringify(m0)).toBe(before);
  });

  test('the kernel half is shared between address spaces, the user half is not', () => {
    const [m0, kernel] = allocTable(createPhysMem(1));
    const m1 = mapRange(m0, kernel, virtAddr(0x888000000000), 2, { global: true });
    const [m2, a] = allocTable(m1);
    const [m3, b] = allocTable(m2);
    let mem = m3;
    mem = shareKernelHalf(mem, kernel, a);
    mem = shareKernelHalf(mem, kernel, b);
    mem = mapRange(mem, a, virtAddr(0x400000), 1);
    mem = mapRange(mem, b, virtAddr(0x400000), 1);
    const k = virtAddr(0x888000001000);
    expect(walkPageTable(mem, a, k).pfn).toBe(walkPageTable(mem, b, k).pfn);
    expect(walkPageTable(mem, a, virtAddr(0x400000)).pfn).not.toBe(
      walkPageTable(mem, b, virtAddr(0x400000)).pfn,
    );
    expect(walkFrame(mem, a, 0x400)).toBe(walkPageTable(mem, a, virtAddr(0x400000)).pfn);
  });
});
