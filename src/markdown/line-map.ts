/**
 * Where each line of an imported page came from in its note, kept in the page's front matter
 * (`obsidian.lines`) so the build can name the note's line in its warnings: the importer encodes it
 * (src/importer/page.ts), the build reads it (src/plugins/place.ts).
 *
 * The text is runs separated by spaces, each starting at a line of the page's body (the text after
 * its front matter, 1-based): `b:n` — body lines b, b+1, … come from note lines n, n+1, …;
 * `b:n=` — they all come from note line n (an embed's text); `b:-` — from no line of the note
 * (footnote definitions the importer added). A run lasts until the next one.
 * @example encodeLineMap(2, [1, 2, 2, 2, 3]) // '2:1 3:2= 5:3 7:-'
 */

/** Encodes `lines` (note line of body lines first, first + 1, …). */
export function encodeLineMap(first: number, lines: readonly number[]): string {
  const runs: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const n = lines[i]!;
    let j = i + 1;
    if (lines[j] === n) {
      while (lines[j] === n) j++;
      runs.push(`${first + i}:${n}=`);
    } else {
      while (j < lines.length && lines[j] === lines[j - 1]! + 1 && lines[j + 1] !== lines[j]) j++;
      runs.push(`${first + i}:${n}`);
    }
    i = j;
  }
  runs.push(`${first + lines.length}:-`);
  return runs.join(' ');
}

/** Accepts what {@link encodeLineMap} writes. */
export const LINE_MAP = /^\d+:(?:\d+=?|-)(?: \d+:(?:\d+=?|-))*$/;

/** The note line that body line `line` of the page came from, or undefined (outside the map, or `-`). */
export function noteLineOf(map: string, line: number): number | undefined {
  if (!LINE_MAP.test(map)) return undefined;
  let found: number | undefined;
  for (const run of map.split(' ')) {
    const [start, to] = run.split(':') as [string, string];
    const b = Number(start);
    if (b > line) break;
    if (to === '-') found = undefined;
    else if (to.endsWith('=')) found = Number(to.slice(0, -1));
    else found = Number(to) + (line - b);
  }
  return found;
}
