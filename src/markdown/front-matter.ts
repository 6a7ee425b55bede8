/**
 * The one front-matter splitter of the site and the importer. Fence rules (those of Obsidian and
 * of Astro's own loader): the first line is `---` (trailing blanks allowed), the block ends at the
 * next line that is `---` or `...`; a BOM and CRLF line ends are accepted. A note without a first
 * `---` line has no front matter; one whose fence is never closed has none either, and says so.
 * @see https://help.obsidian.md/properties (Properties: YAML between `---` lines at the top)
 */
import { LineCounter, parseDocument } from 'yaml';

/** A text split into its YAML front matter (if any) and its body, with the line where each begins. */
export interface SplitText {
  /** The YAML between the fences, or null when the text has no (closed) front matter. */
  readonly yaml: string | null;
  /** The text after the closing fence (the whole text when there is no front matter). */
  readonly body: string;
  /** How many lines precede the body: body line n is file line n + bodyLineOffset. */
  readonly bodyLineOffset: number;
  /** Set when a `---` opened front matter that never closed: the whole text is then the body. */
  readonly unclosed: boolean;
}

/** `---` or `...` with optional trailing blanks: a closing fence. */
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Splits `---\n<yaml>\n---\n<body>`; line ends are normalised to `\n` and a BOM is dropped first.
 * @example splitFrontMatter('---\ntitle: a\n---\nb') // { yaml: 'title: a', body: 'b', bodyLineOffset: 3, unclosed: false }
 */
export function splitFrontMatter(source: string): SplitText {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!/^---[ \t]*(?:\n|$)/.test(text)) return { yaml: null, body: text, bodyLineOffset: 0, unclosed: false };
  let at = text.indexOf('\n') + 1;
  let line = 1;
  while (at > 0 && at <= text.length) {
    const end = text.indexOf('\n', at);
    const current = text.slice(at, end < 0 ? text.length : end);
    line += 1;
    if (CLOSE.test(current)) {
      const yaml = text.slice(text.indexOf('\n') + 1, at - 1);
      const body = end < 0 ? '' : text.slice(end + 1);
      return {
        yaml: at - 1 < text.indexOf('\n') + 1 ? '' : yaml,
        body,
        bodyLineOffset: line,
        unclosed: false,
      };
    }
    if (end < 0) break;
    at = end + 1;
  }
  return { yaml: null, body: text, bodyLineOffset: 0, unclosed: true };
}

/**
 * The text with its front matter replaced by blank lines, so positions in the body stay those of
 * the file (as Astro's loader does before parsing a page).
 */
export function blankFrontMatter(source: string): { split: SplitText; text: string } {
  const split = splitFrontMatter(source);
  const text = split.yaml === null ? split.body : '\n'.repeat(split.bodyLineOffset) + split.body;
  return { split, text };
}

/** A YAML problem at a 1-based line of the file. */
export interface YamlProblem {
  readonly line: number;
  readonly message: string;
}

/** Parsed front matter: the mapping (empty when unreadable) and the first problem, if any. */
export interface ParsedFrontMatter {
  readonly data: Record<string, unknown>;
  readonly problem: YamlProblem | undefined;
  /** The file line of each top-level key, for messages about a field. */
  readonly keyLines: ReadonlyMap<string, number>;
}

/**
 * Parses front matter YAML that starts on file line `firstLine` (2 after an opening `---`).
 * Never throws: a syntax error or a non-mapping yields `{}` and the problem at its file line.
 * @example parseFrontMatter('tags: [a', 2).problem // { line: 2, message: 'malformed front matter: …' }
 */
export function parseFrontMatter(yaml: string, firstLine = 2): ParsedFrontMatter {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const keyLines = new Map<string, number>();
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line + firstLine - 1;
    const reason = error.message.split('\n')[0] ?? error.code;
    return { data: {}, problem: { line, message: `malformed front matter: ${reason}` }, keyLines };
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return { data: {}, problem: undefined, keyLines };
  if (typeof data !== 'object' || Array.isArray(data)) {
    const message = 'front matter must be a mapping of keys to values';
    return { data: {}, problem: { line: firstLine, message }, keyLines };
  }
  const contents = doc.contents as { items?: { key?: { value?: unknown; range?: [number] } }[] } | null;
  for (const item of contents?.items ?? []) {
    const start = item.key?.range?.[0];
    if (start !== undefined)
      keyLines.set(String(item.key?.value), lineCounter.linePos(start).line + firstLine - 1);
  }
  return { data: data as Record<string, unknown>, problem: undefined, keyLines };
}
