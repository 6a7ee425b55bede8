/** Number formatting shared by the generators, so every problem writes numbers the same way. */
import { formatBytes, formatCount } from '../format.ts';

/** `0x` hex, zero-padded to `width` digits. `hex(42, 4)` → `'0x002a'`. */
export function hex(n: number, width = 1): string {
  return `0x${n.toString(16).padStart(width, '0')}`;
}

/** Hex with the decimal value beside it. `hexDec(6186, 8)` → `'0x0000182a（6186）'`. */
export function hexDec(n: number, width = 1): string {
  return `${hex(n, width)}（${n}）`;
}

/** An integer with thousands separators. `count(10000)` → `'10,000'`. */
export function count(n: number): string {
  return formatCount(n);
}

/**
 * Bytes in binary units, plus the exact count when the short form is rounded.
 * `bytesExact(8388608)` → `'8 MiB'`; `bytesExact(200000)` → `'195.3 KiB（200,000 B）'`.
 */
export function bytesExact(n: number): string {
  const short = formatBytes(n);
  return /^\d+ /.test(short) ? short : `${short}（${count(n)} B）`;
}

/** 是 / 否. */
export function yesNo(b: boolean): string {
  return b ? '是' : '否';
}
