/**
 * How the book writes bytes and durations, for every model, figure and practice problem: one
 * module with no other import, so a practice island or a figure loads these two functions and
 * nothing of the models they describe.
 */

/** Bytes in binary units, one decimal: `65,536 B` is `64 KiB`. `formatBytes(200000)` → `'195.3 KiB'`. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[i]}`;
}

/** Nanoseconds as ns, µs, ms or s with three significant digits. `formatDuration(1500)` → `'1.5 µs'`. */
export function formatDuration(ns: number): string {
  const scale: [number, string][] = [
    [1e9, 's'],
    [1e6, 'ms'],
    [1e3, 'µs'],
  ];
  for (const [f, unit] of scale) if (ns >= f) return `${Number((ns / f).toPrecision(3))} ${unit}`;
  return `${Number(ns.toPrecision(3))} ns`;
}

/**
 * An integer with thousands separators, as `n.toLocaleString('en-US')` writes it: `formatCount(10000)` →
 * `'10,000'`. Without Intl for integers: a page's first Intl call loads ICU's locale data (tens of ms
 * on a phone, `npm run perf`), and a figure that calls it while hydrating pays for it. Anything else
 * (fractions, infinities, numbers past 2^53) is left to `toLocaleString`.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}
