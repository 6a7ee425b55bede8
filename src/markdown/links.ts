import { isNotePath, localUrlOf } from './urls.ts';

/**
 * The one link grammar of the site and the importer: Obsidian wiki links `[[page#heading|label]]`,
 * embeds `![[file|300]]`, block references `[[page#^id]]` and Markdown links to `.md` notes, found
 * in a run of text with their positions. Pure string code.
 * @see https://help.obsidian.md/links (Internal links) and https://help.obsidian.md/embeds (Embed files)
 *
 * `findLinks('见 [[进程|进程是什么]]。')` →
 * `[{ syntax: 'wikilink', raw: '[[进程|进程是什么]]', page: '进程', heading: undefined,
 *     label: '进程是什么', start: 2, end: 14, line: 1, column: 3 }]`
 */

/** Which syntax a link was written in. */
export type LinkSyntax = 'wikilink' | 'markdown';

/** What a link points at: a page name or path (`''` for the current page) and an optional heading or block. */
export interface LinkTarget {
  readonly page: string;
  /** The heading after `#` (the last of `#a#b`), or a block reference written `^id`. */
  readonly heading: string | undefined;
}

/** A link found in text, with its place: offsets into the scanned text, line and column in the file. */
export interface FoundLink extends LinkTarget {
  readonly syntax: LinkSyntax;
  /** `![[…]]`: the target is shown in place (a picture, or another note's text) rather than linked. */
  readonly embed: boolean;
  readonly raw: string;
  readonly label: string | undefined;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
}

/** Where the scanned text starts in its file (1-based line and column). */
export interface TextOrigin {
  readonly line: number;
  readonly column: number;
}

const WIKILINK = new RegExp(
  [
    String.raw`(!?)`, //                      1: `!` of an embed `![[…]]`
    String.raw`\[\[`, //                      opening [[
    String.raw`([^\[\]|#\n\\]*)`, //          2: page name or path, empty for [[#本页标题]]
    String.raw`(?:#([^\[\]|\n\\]*))?`, //     3: heading after #, nested headings as #a#b, a block as #^id
    String.raw`(?:\\?\|([^\[\]\n]*))?`, //    4: display text (an embed's size) after | (or \| inside tables)
    String.raw`\]\]`, //                      closing ]]
  ].join(''),
  'g',
);

const MARKDOWN_NOTE_LINK = new RegExp(
  [
    String.raw`(?<![!\]])`, //                 not an image, not the second half of [a][b]
    String.raw`\[([^\[\]\n]*)\]`, //           1: link text
    String.raw`\(\s*`, //                      opening ( of the destination
    String.raw`(<[^<>\n]+>|[^()<>\n]+?\.mdx?(?:#[^()\n]*)?)`, // 2: <any path> or a path ending in .md/.mdx, then #heading
    String.raw`\s*\)`, //                      closing )
  ].join(''),
  'gi',
);

/**
 * A block id closing a paragraph: after a space, on a line of its own (a `^id` line right after a
 * quote or paragraph continues it), or right after an embed's `]]`. Group 1: the id (letters,
 * numbers and dashes). The one rule of the importer, the page index and the page's element ids.
 * @see https://help.obsidian.md/links#Link+to+a+block+in+a+note
 */
export const BLOCK_ID = /(?:^|\s+|(?<=\]\]))\^([A-Za-z0-9-]+)[ \t]*$/;
/** A block id alone on the last line of a text: it names the whole quote or callout it closes. */
export const BLOCK_ID_LINE = /(?:^|\n)[ \t]*\^[A-Za-z0-9-]+[ \t]*$/;

/** The block id of a heading part written `^id` (Obsidian's block reference), else undefined. */
export function blockIdOf(heading: string | undefined): string | undefined {
  return heading?.startsWith('^') ? heading.slice(1) : undefined;
}

/** Splits `页面#a#b` style headings: Obsidian's nested heading path points at its last part. */
function lastHeading(heading: string | undefined): string | undefined {
  if (heading === undefined) return undefined;
  const parts = heading
    .split('#')
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.at(-1);
}

/**
 * Reads a Markdown link destination as a link to a note, or `undefined` when it is not one
 * (external URLs, absolute paths, anchors alone, other files).
 * `parseNoteHref('../Linux.md#pipline')` → `{ page: '../Linux', heading: 'pipline' }`.
 */
export function parseNoteHref(href: string): LinkTarget | undefined {
  const local = localUrlOf(href);
  if (!local || local.kind !== 'relative' || !isNotePath(local.path)) return undefined;
  const page = local.path.replace(/\.mdx?$/i, '').trim();
  if (page === '' || page.endsWith('/')) return undefined;
  return { page, heading: lastHeading(local.fragment) || undefined };
}

/** Line and column of `offset` in `text`, counted from `origin`. */
function placeOf(text: string, offset: number, origin: TextOrigin): { line: number; column: number } {
  let line = origin.line;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  const column = line === origin.line ? origin.column + offset : offset - lineStart + 1;
  return { line, column };
}

/** Finds every wiki link and every Markdown link to a `.md` note in `text`, in order of appearance. */
export function findLinks(text: string, origin: TextOrigin = { line: 1, column: 1 }): FoundLink[] {
  const found: FoundLink[] = [];
  if (!text.includes('[')) return found;
  for (const match of text.matchAll(WIKILINK)) {
    const [raw, bang, page = '', heading, label] = match;
    const target = { page: page.trim(), heading: lastHeading(heading) };
    if (target.page === '' && target.heading === undefined) continue;
    const start = match.index;
    const trimmedLabel = label?.trim();
    found.push({
      syntax: 'wikilink',
      embed: bang === '!',
      raw,
      ...target,
      label: trimmedLabel === '' ? undefined : trimmedLabel,
      start,
      end: start + raw.length,
      ...placeOf(text, start, origin),
    });
  }
  for (const match of text.matchAll(MARKDOWN_NOTE_LINK)) {
    const [raw, label = '', destination = ''] = match;
    const target = parseNoteHref(destination);
    const start = match.index;
    const overlaps = found.some((link) => start < link.end && link.start < start + raw.length);
    if (!target || overlaps) continue;
    found.push({
      syntax: 'markdown',
      embed: false,
      raw,
      ...target,
      label: label.trim() || undefined,
      start,
      end: start + raw.length,
      ...placeOf(text, start, origin),
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The text a reader sees for a link, the same for the book and for imported notes: its label, else
 * `页面 › 标题`, the heading alone, or the page name (Obsidian shows `[[a#h]]` as `a > h`).
 */
export function displayTextOf(link: LinkTarget & { readonly label: string | undefined }): string {
  if (link.label) return link.label;
  if (link.heading === undefined) return link.page;
  return link.page === '' ? link.heading : `${link.page} › ${link.heading}`;
}
