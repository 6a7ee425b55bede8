/**
 * "Did you mean": the CLI turns `timeslice: 未知字段（可用的字段：…、timeSlice、…）` into
 * `timeslice: 未知字段（是不是「timeSlice」？）` when one allowed field is a near miss. Kept out of
 * scenario.ts so the figures' bundles do not carry it.
 */
import { UNKNOWN } from './scenario.ts';

/** Edit distance, case-insensitive. */
export function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length]!;
}

/** The allowed field `key` was probably meant to be, or null when none is close. */
export function closest(key: string, allowed: readonly string[]): string | null {
  const probe = key.slice(0, 64);
  let best: string | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  for (const a of allowed) {
    const d = distance(probe, a);
    if (d < bestD) [best, bestD] = [a, d];
  }
  return best !== null && bestD < key.length && bestD <= Math.max(1, Math.floor(best.length / 3))
    ? best
    : null;
}

const LINE = new RegExp(`^(.*?([^.\\s]+)): ${UNKNOWN}（可用的字段：(.*)）$`);

/** Rewrites one `field: 未知字段（可用的字段：…）` line with a suggestion when there is a close one. */
export function suggestLine(line: string): string {
  const m = LINE.exec(line);
  if (!m) return line;
  const hit = closest(m[2]!, m[3]!.split('、'));
  return hit === null ? line : `${m[1]}: ${UNKNOWN}（是不是「${hit}」？）`;
}
