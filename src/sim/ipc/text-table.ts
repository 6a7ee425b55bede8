/** Plain-text tables for the command line, padded by display width (a CJK character counts as 2). */

/** The width a terminal gives a string: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  return [...s].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
}

/** Formats rows (the first is the header) as aligned columns; numbers-like cells are right-aligned. */
export function formatTextTable(rows: readonly (readonly string[])[]): string {
  const cols = rows[0]!.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ''))));
  return rows
    .map((r, i) =>
      r
        .map((cell, c) => {
          const pad = ' '.repeat(cols[c]! - displayWidth(cell));
          return i > 0 && /^[\d.,\s]+[\w µ/]*$/.test(cell) ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
