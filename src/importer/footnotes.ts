/**
 * Inline footnotes `^[text]` (Obsidian, not GFM) become GFM footnotes: a reference in place and a
 * definition at the end of the page, so the site's GFM footnote rendering numbers and links them.
 * @see https://help.obsidian.md/syntax#Footnotes (inline footnotes)
 */

/** An inline footnote's place: `start`…`end` covers `^[…]`, the text starts at `innerStart`. */
export interface InlineFootnote {
  readonly start: number;
  readonly innerStart: number;
  readonly end: number;
}

/**
 * Inline footnotes in `raw` (which starts at body offset `offset`), brackets balanced, skipping
 * those that `free` says overlap code, math or HTML.
 * @example findInlineFootnotes('a^[b [c] d] e', 0, () => true) // [{ start: 1, innerStart: 3, end: 11 }]
 */
export function findInlineFootnotes(
  raw: string,
  offset: number,
  free: (start: number, end: number) => boolean,
): InlineFootnote[] {
  const found: InlineFootnote[] = [];
  for (let at = raw.indexOf('^['); at >= 0; at = raw.indexOf('^[', at + 2)) {
    if (raw[at - 1] === '\\') continue;
    let depth = 0;
    let close = -1;
    for (let i = at + 1; i < raw.length; i++) {
      const c = raw[i];
      if (c === '\\') i++;
      else if (c === '[') depth++;
      else if (c === ']' && --depth === 0) {
        close = i;
        break;
      }
    }
    if (close < 0 || !free(offset + at, offset + close + 1)) continue;
    found.push({ start: offset + at, innerStart: offset + at + 2, end: offset + close + 1 });
    at = close - 1;
  }
  return found;
}
