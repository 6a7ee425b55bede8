/**
 * x86-64 canonical addresses. With 4-level paging a linear address has 48 significant bits, and
 * bits 63…47 must all equal bit 47; any other value is non-canonical and the CPU refuses it with
 * a general-protection exception (#GP) before any page walk. The simulator keeps an address as
 * its low 48 bits in a plain number (the kernel half is 0x800000000000…0xffffffffffff and is
 * printed sign-extended); the full 64-bit form of a kernel address is above 2^53, where a JS
 * number cannot hold every integer, so it comes in as a BigInt.
 * @see https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html (Vol. 1 §3.3.7.1 Canonical Addressing)
 */

/** One past the largest 48-bit address. */
export const ADDRESS_SPACE = 2 ** 48;
const MASK48 = (1n << 48n) - 1n;

/** A non-canonical address, refused as the CPU refuses it (#GP). */
export class NonCanonicalAddressError extends RangeError {
  constructor(shown: string) {
    super(`${shown} 不是规范地址（#GP）`);
    this.name = 'NonCanonicalAddressError';
  }
}

const hex = (n: number | bigint): string => `0x${n.toString(16)}`;

/**
 * The simulator's 48-bit form of a virtual address, checked: a number must be a whole number in
 * 0…2^48 − 1 (the low 48 bits); a BigInt is the full 64-bit address and must be canonical.
 *
 * @example linear48(0x7ffff7a00000) // 0x7ffff7a00000
 * @example linear48(0xffff888000000fc0n) // 0x888000000fc0
 * @example linear48(2 ** 48 + 0x1000) // throws NonCanonicalAddressError (#GP)
 */
export function linear48(va: number | bigint, what = '虚拟地址'): number {
  if (typeof va === 'bigint') {
    if (va < 0n || va >= 1n << 64n) throw new RangeError(`${what}超出 0…2^64 − 1：${va}`);
    const top = va >> 47n; // bits 63…47: 17 bits
    if (top !== 0n && top !== (1n << 17n) - 1n) throw new NonCanonicalAddressError(`${what} ${hex(va)}`);
    return Number(va & MASK48);
  }
  if (!Number.isInteger(va)) throw new RangeError(`${what}必须是整数：${String(va)}`);
  if (va < 0) throw new RangeError(`${what}不能为负：${va}`);
  if (!Number.isSafeInteger(va))
    throw new RangeError(`${what} ${hex(va)} 超过 2^53，JS number 不精确：请用 BigInt`);
  if (va >= ADDRESS_SPACE) throw new NonCanonicalAddressError(`${what} ${hex(va)}`);
  return va;
}
