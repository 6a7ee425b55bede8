/**
 * String-level escapes that make Markdown prose safe for MDX without changing what it shows.
 * MDX reads `{…}` as a JavaScript expression, `<` as JSX and a line starting with
 * `import`/`export` as ESM; a backslash escape (`\{`) or a character reference (`&#105;`)
 * turns each back into plain text, in CommonMark and in MDX alike.
 */

/** ASCII punctuation: exactly the characters CommonMark lets a backslash escape. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Characters escaped in prose: `{`, `}`, `<`, which MDX reads as code, and the backtick, which is
 * always literal in a text node but could pair up into a code span once links around it are rewritten.
 */
const MDX_SENSITIVE = new Set(['{', '}', '<', '`']);

/**
 * Escapes `{`, `}`, `<` and backticks in a raw slice of Markdown prose, keeping existing backslash escapes.
 * @example escapeProse('a {x} < b, \\{ok}') // 'a \\{x\\} \\< b, \\{ok\\}'
 */
export function escapeProse(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    const next = raw[i + 1];
    if (c === '\\' && next !== undefined && ASCII_PUNCTUATION.test(next)) {
      out += c + next; // already an escape: copy both characters unchanged
      i++;
    } else {
      out += MDX_SENSITIVE.has(c) ? `\\${c}` : c;
    }
  }
  return out;
}

/**
 * Escapes every ASCII punctuation character, so Markdown and MDX show `text` literally.
 * @example escapeLiteral('<b>*x*</b>') // '\\<b\\>\\*x\\*\\<\\/b\\>'
 */
export function escapeLiteral(text: string): string {
  let out = '';
  for (const c of text) out += ASCII_PUNCTUATION.test(c) ? `\\${c}` : c;
  return out;
}

/**
 * An MDX comment expression holding `text` on one line; a star-slash inside is split so it cannot end the comment.
 * @example toMdxComment('missing image:\n a.png') // '{/* missing image: a.png *\/}'
 */
export function toMdxComment(text: string): string {
  const body = text.replace(/\s+/g, ' ').replace(/\*\//g, '* /').trim();
  return `{/* ${body} */}`;
}

/**
 * Offsets (into `raw`) of `import`/`export` words that start a line, where MDX would read ESM.
 * `lineStartBefore(i)` says whether only indentation or `>` precede offset `i` on its line.
 */
export function findEsmKeywords(raw: string, lineStartBefore: (offset: number) => boolean): number[] {
  const found: number[] = [];
  // (import|export): the ESM keyword; (?![\w$]): not the start of a longer identifier such as `imports`.
  const keyword = /(import|export)(?![\w$])/g;
  for (let m = keyword.exec(raw); m; m = keyword.exec(raw)) {
    if (lineStartBefore(m.index)) found.push(m.index);
  }
  return found;
}

/** Offset of the character to escape if a block marker (`>`, `#`, `-`, `1.` …) starts at `i`, else -1. */
function blockMarkerAt(source: string, i: number): number {
  if ('>#-+*=_~`'.includes(source[i]!)) return i;
  // \d{1,9}[.)]: an ordered-list number; escaping its `.` or `)` keeps it text.
  const number = /^\d{1,9}[.)]/.exec(source.slice(i, i + 10));
  return number ? i + number[0].length - 1 : -1;
}

/**
 * Source offsets of block markers (`>`, `#`, `-`, `1.` …) that start a line of the prose in
 * `source.slice(from, to)` after four or more columns of indentation, or stand alone on it.
 * CommonMark reads them as text there, but MDX, which has no indented code, would open a block. `value` (the parsed text)
 * tells a `>` of content from the `>` of an enclosing quote.
 */
export function findBlockMarkers(source: string, from: number, to: number, value: string): number[] {
  const valueLines = value.split('\n');
  const rawLines = source.slice(from, to).split('\n');
  if (valueLines.length !== rawLines.length) return [];
  const found: number[] = [];
  let lineStart = source.lastIndexOf('\n', from - 1) + 1;
  for (const [k, valueLine] of valueLines.entries()) {
    if (k > 0) lineStart = source.indexOf('\n', lineStart) + 1;
    const lineEnd = source.indexOf('\n', lineStart) < 0 ? source.length : source.indexOf('\n', lineStart);
    let columns = 0;
    for (let i = lineStart; i < lineEnd; i++) {
      const c = source[i]!;
      if (c === ' ' || c === '\t') {
        columns += c === ' ' ? 1 : 4 - (columns % 4);
        continue;
      }
      const marker = blockMarkerAt(source, i);
      const isContent =
        i >= from && marker >= 0 && valueLine.trimStart().startsWith(source.slice(i, marker + 1));
      // A lone marker (`-`, `1.`) is text in CommonMark when it cannot interrupt what precedes it,
      // such as indented code, which MDX turns into fenced code that anything may follow.
      const lone = valueLine.trim() === source.slice(i, marker + 1);
      if (isContent && (columns >= 4 || lone)) {
        found.push(marker);
        break;
      }
      if (c !== '>') break;
      columns = 0; // a quote's `>`: indentation counts again from here
    }
  }
  return found;
}

/** The character reference that writes the first letter of `import`/`export` (`&#105;` or `&#101;`). */
export function esmGuard(word: string): string {
  return `&#${word.charCodeAt(0)};`;
}

/**
 * A link destination that Markdown and MDX read whole: spaces, brackets and braces percent-encoded.
 * @example encodeDestination('https://e.com/a (1)') // 'https://e.com/a%20%281%29'
 */
export function encodeDestination(url: string): string {
  return url.replace(
    /[(){}\s<>\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
