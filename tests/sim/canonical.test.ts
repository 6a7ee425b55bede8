import { describe, expect, test } from 'vitest';
import { ADDRESS_SPACE, NonCanonicalAddressError, linear48 } from '../../src/sim/canonical.ts';
import { formatAddr, virtAddr } from '../../src/sim/units.ts';
import { allocTable, createPhysMem, mapPage, walkPageTable } from '../../src/sim/mmu/index.ts';

describe('canonical x86-64 addresses (#GP on anything else)', () => {
  test('2^48 + 0x1000 does not walk to 0x1000: the CPU raises #GP first', () => {
    const [m0, root] = allocTable(createPhysMem());
    const [mem] = mapPage(m0, root, virtAddr(0x1000));
    expect(walkPageTable(mem, root, virtAddr(0x1000)).pfn).not.toBeNull();
    expect(() => walkPageTable(mem, root, (2 ** 48 + 0x1000) as ReturnType<typeof virtAddr>)).toThrow(
      NonCanonicalAddressError,
    );
    expect(() => walkPageTable(mem, root, 0x0001000000001000n)).toThrow(/#GP/);
    expect(() => formatAddr(2 ** 48 + 0x1000)).toThrow(/不是规范地址/);
  });

  test.each([
    [0x0000800000000000n, 'bit 47 set, bits 63–48 clear'],
    [0xfff0000000000000n, 'bits 63–52 set, bit 47 clear'],
    [0x8000000000000000n, 'only bit 63'],
  ])('the 64-bit address %s is refused (%s)', (va) => {
    expect(() => linear48(va)).toThrow(NonCanonicalAddressError);
  });

  test('a kernel address beyond 2^53 is exact as a BigInt and maps to its 48-bit form', () => {
    expect(virtAddr(0xffff888000000fc0n)).toBe(0x888000000fc0);
    expect(formatAddr(0xffff888000000fc0n)).toBe('0xffff888000000fc0');
    expect(formatAddr(0x888000000fc0)).toBe('0xffff888000000fc0');
    expect(virtAddr(0x00007fffffffffffn)).toBe(ADDRESS_SPACE / 2 - 1);
  });

  test('the same address as a JS number says what is really wrong: it is beyond 2^53', () => {
    expect(() => virtAddr(0xffff888000000000)).toThrow(/超过 2\^53，JS number 不精确：请用 BigInt/);
    expect(() => virtAddr(0xffff888000000000)).not.toThrow(/非负整数/);
  });

  test.each([
    [-1, /不能为负/],
    [1.5, /必须是整数/],
    [Number.NaN, /必须是整数/],
  ])('virtAddr(%d) names the problem', (n, message) => {
    expect(() => virtAddr(n)).toThrow(message);
  });
});
