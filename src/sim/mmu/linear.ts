import type { Pfn, Vpn } from '../units.ts';

/**
 * The simple linear page table of OSTEP's `paging-linear-translate.py`: one
 * entry per virtual page, `0x80000000 | PFN` when valid, 0 otherwise.
 *
 * @see https://github.com/remzi-arpacidusseau/ostep-homework/tree/master/vm-paging (paging-linear-translate.py)
 */

/** The valid bit of a linear page-table entry. */
export const LINEAR_VALID = 0x80000000;

/** A linear page table: the page size and one entry per virtual page. */
export interface LinearPageTable {
  /** Page size in bytes (a power of two). */
  pageSize: number;
  /** One entry per virtual page: `0x80000000 | PFN` or 0. */
  ptes: number[];
}

/** The outcome of a translation: the physical address, or why there is none. */
export type LinearTranslation =
  | { ok: true; vpn: Vpn; pfn: Pfn; offset: number; pa: number }
  | { ok: false; vpn: Vpn; reason: 'invalid' | 'out-of-bounds' };

/** The largest frame number a linear PTE holds: the 31 bits below the valid bit. */
export const LINEAR_PFN_MAX = 0x7fffffff;

/** Builds a valid entry for frame `pfn` (an integer in 0…2^31 − 1; anything else throws). */
export function makeLinearPte(pfn: number): number {
  if (!Number.isInteger(pfn) || pfn < 0 || pfn > LINEAR_PFN_MAX)
    throw new RangeError(`PFN 必须是 0 到 ${LINEAR_PFN_MAX} 之间的整数，收到 ${String(pfn)}`);
  return (LINEAR_VALID | pfn) >>> 0;
}

/** Builds a table from a list of frames (null = unmapped page); the page size is a whole power of two. */
export function createLinearPageTable(pageSize: number, frames: readonly (number | null)[]): LinearPageTable {
  if (!Number.isSafeInteger(pageSize) || pageSize < 1 || !Number.isInteger(Math.log2(pageSize)))
    throw new RangeError(`页大小必须是 2 的整数次幂（1、2、4…），收到 ${String(pageSize)}`);
  return { pageSize, ptes: frames.map((f) => (f === null ? 0 : makeLinearPte(f))) };
}

/**
 * Translates a virtual address: VPN = va / pageSize, PA = PFN × pageSize + offset. An address is
 * a whole number of bytes: a negative, fractional or NaN `va` throws rather than yielding a
 * fractional physical address; one past the table is `out-of-bounds`.
 */
export function translateLinear(pt: LinearPageTable, va: number): LinearTranslation {
  if (!Number.isSafeInteger(va) || va < 0) throw new RangeError(`虚拟地址必须是非负整数，收到 ${String(va)}`);
  const vpn = Math.floor(va / pt.pageSize) as Vpn;
  if (vpn >= pt.ptes.length) return { ok: false, vpn, reason: 'out-of-bounds' };
  const pte = pt.ptes[vpn]!;
  if ((pte & LINEAR_VALID) === 0) return { ok: false, vpn, reason: 'invalid' };
  const pfn = (pte & 0x7fffffff) as Pfn;
  const offset = va % pt.pageSize;
  return { ok: true, vpn, pfn, offset, pa: pfn * pt.pageSize + offset };
}

/** Explains a translation in one Chinese sentence, OSTEP style. */
export function describeLinear(pt: LinearPageTable, va: number): string {
  const t = translateLinear(pt, va);
  const hex = (n: number) => '0x' + n.toString(16).padStart(8, '0');
  if (t.ok)
    return `虚拟地址 ${hex(va)}（VPN ${t.vpn}）→ 物理地址 ${hex(t.pa)}（PFN ${t.pfn}，偏移 ${t.offset}）`;
  if (t.reason === 'invalid') return `虚拟地址 ${hex(va)}（VPN ${t.vpn}）无效：页表项的有效位为 0`;
  return `虚拟地址 ${hex(va)} 越界：地址空间只有 ${pt.ptes.length} 页`;
}
