import { LineCounter, parseDocument, stringify } from 'yaml';

/** A problem found while importing a note, located at a 1-based line of the note. */
export interface ImportIssue {
  readonly severity: 'error' | 'warning';
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** A value, or the issue that prevented it. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: ImportIssue };

/** A note split into its YAML front matter (if any) and its Markdown body. */
export interface SplitNote {
  /** The YAML between the `---` fences, or null when the note has none. */
  readonly yaml: string | null;
  /** The Markdown after the front matter. */
  readonly body: string;
  /** How many lines precede the body: body line n is note line n + bodyLineOffset. */
  readonly bodyLineOffset: number;
}

/** The front matter of an imported page, in the book's schema (src/lib/page-schema.ts). */
export interface PageFrontMatter {
  title: string;
  description?: string;
  tags: string[];
  aliases: string[];
}

/**
 * Splits `---\n<yaml>\n---\n<body>`; a note whose first line is not `---` has no front matter.
 * An opening fence that is never closed is an error at line 1.
 */
export function splitFrontMatter(text: string, file: string): Checked<SplitNote> {
  const lines = text.split('\n');
  if (lines[0]?.trimEnd() !== '---')
    return { ok: true, value: { yaml: null, body: text, bodyLineOffset: 0 } };
  const close = lines.findIndex((line, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(line));
  if (close < 0) {
    const error: ImportIssue = {
      severity: 'error',
      file,
      line: 1,
      message: 'front matter opened with `---` is never closed',
    };
    return { ok: false, error };
  }
  const yaml = lines.slice(1, close).join('\n');
  return { ok: true, value: { yaml, body: lines.slice(close + 1).join('\n'), bodyLineOffset: close + 1 } };
}

/**
 * Parses front matter YAML into a mapping; YAML error positions are shifted by `firstLine - 1`
 * so they name the line of the note (the YAML starts on note line 2, after `---`).
 * @example parseFrontMatter('tags: [a', 'n.md', 2) // { severity: 'error', line: 2, … }
 */
export function parseFrontMatter(
  yaml: string,
  file: string,
  firstLine: number,
  warnings: ImportIssue[] = [],
): Checked<Record<string, unknown>> {
  const parsed = parseYamlMapping(yaml, file, firstLine);
  // ^\t*: leading tabs only. Hand-written notes often indent one list item with a tab, which
  // YAML forbids; read each such tab as four spaces and say so, rather than refuse the note.
  const tabbed = yaml.split('\n').findIndex((line) => /^ *\t/.test(line));
  if (parsed.ok || tabbed < 0) return parsed;
  const repaired = yaml.replace(
    /^( *)(\t+)/gm,
    (_m, spaces: string, tabs: string) => spaces + '    '.repeat(tabs.length),
  );
  const retry = parseYamlMapping(repaired, file, firstLine);
  if (retry.ok) {
    const message = 'front matter indents with a tab; read as four spaces';
    warnings.push({ severity: 'warning', file, line: firstLine + tabbed, message });
  }
  return retry.ok ? retry : parsed;
}

/** Parses YAML that must be a mapping, errors placed at note lines. */
function parseYamlMapping(yaml: string, file: string, firstLine: number): Checked<Record<string, unknown>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line + firstLine - 1;
    const reason = error.message.split('\n')[0] ?? error.code;
    return {
      ok: false,
      error: { severity: 'error', file, line, message: `malformed front matter: ${reason}` },
    };
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return { ok: true, value: {} };
  if (typeof data !== 'object' || Array.isArray(data)) {
    const message = 'front matter must be a mapping of keys to values';
    return { ok: false, error: { severity: 'error', file, line: firstLine, message } };
  }
  return { ok: true, value: data as Record<string, unknown> };
}

/** Front matter keys the book keeps; others are reported and left out. */
const KNOWN_KEYS = new Set(['title', 'description', 'tags', 'tag', 'aliases', 'alias']);

/**
 * Normalises Obsidian front matter to the book's schema: `tags`/`aliases` as string lists
 * (a single string or `tag`/`alias` accepted), title and description from `derived` unless given.
 */
export function normaliseFrontMatter(
  data: Record<string, unknown>,
  derived: { title: string; description: string },
  file: string,
  lineOf: (key: string) => number,
): { fields: PageFrontMatter; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  const list = (key: string, ...values: unknown[]): string[] => {
    const items = values.flatMap((v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]));
    const bad = items.filter((v) => typeof v === 'object' && v !== null);
    const message = `front matter \`${key}\` must be a list of strings`;
    if (bad.length > 0) issues.push({ severity: 'error', file, line: lineOf(key), message });
    return [
      ...new Set(
        items
          .filter((v) => typeof v !== 'object' || v === null)
          .map((v) => String(v).replace(/^#/, '').trim()),
      ),
    ].filter(Boolean);
  };
  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.has(key)) {
      issues.push({
        severity: 'warning',
        file,
        line: lineOf(key),
        message: `front matter key \`${key}\` is not part of the book's schema and was left out`,
      });
    }
  }
  const title = typeof data.title === 'string' && data.title.trim() ? data.title.trim() : derived.title;
  const description =
    typeof data.description === 'string' && data.description.trim()
      ? data.description.trim()
      : derived.description;
  const fields: PageFrontMatter = {
    title,
    tags: list('tags', data.tags, data.tag),
    aliases: list('aliases', data.aliases, data.alias),
  };
  if (description) fields.description = description;
  return { fields, issues };
}

/**
 * A function giving the note line of a top-level front matter key (the first line when absent).
 * @example frontMatterKeyLines('a: 1\nb: 2', 2)('b') // 3
 */
export function frontMatterKeyLines(yaml: string, firstLine: number): (key: string) => number {
  const lines = yaml.split('\n');
  return (key) => {
    const index = lines.findIndex(
      (line) => line.startsWith(`${key}:`) || line.startsWith(`'${key}':`) || line.startsWith(`"${key}":`),
    );
    return firstLine + Math.max(0, index);
  };
}

/** The `---` fenced YAML block for a page, keys in a stable order. */
export function formatFrontMatter(fields: PageFrontMatter): string {
  const ordered: Record<string, unknown> = { title: fields.title };
  if (fields.description) ordered.description = fields.description;
  if (fields.tags.length > 0) ordered.tags = fields.tags;
  if (fields.aliases.length > 0) ordered.aliases = fields.aliases;
  return `---\n${stringify(ordered, { lineWidth: 0 })}---\n`;
}
