/**
 * The importer's second pass: one note → one `.md` page. Output is Markdown, never MDX, so a
 * note cannot run code at build time by construction: Markdown evaluates nothing, and `{`, `<`,
 * `import`, `export` stay the text they are. The body is edited in place (only what Obsidian
 * reads differently is rewritten: links, embeds, comments, inline footnotes, the repeated title),
 * so every other byte of the note reaches the page unchanged. Raw HTML stays HTML: the site's
 * sanitizer keeps the harmless part of it on every page, imported or not.
 */
import type { Nodes, Parent } from 'mdast';
import { findLinks, type FoundLink } from '../markdown/links.ts';
import { localUrlOf, isNotePath } from '../markdown/urls.ts';
import type { PageState, VaultContext } from './context.ts';
import { lookUp, resolveFromNote } from './context.ts';
import { embedAttachment, embedNote, type EmbedPlace } from './embeds.ts';
import { applyEdits, editedLines, lineAt, lineStartAt, type Edit } from './edits.ts';
import { findInlineFootnotes } from './footnotes.ts';
import { labelText, rewriteNoteHref, rewriteWikilink } from './links.ts';
import { IMAGE_FILE } from '../markdown/files.ts';
import { checkMermaid } from './mermaid.ts';
import type { Note } from './note.ts';
import { findTags } from '../markdown/tags.ts';
import { LITERAL_NODES } from '../markdown/parser.ts';

/** Blocks whose own text is scanned: each holds one run of inline content. */
const LEAVES = new Set(['paragraph', 'heading', 'tableCell']);
/** A line that is one embed and nothing else. */
const EMBED_LINE = /^!\[\[[^\]\n]+\]\]$/;

/** The 1-based note line of a body offset. */
function lineOf(note: Note, offset: number): number {
  let line = 1;
  for (let i = note.body.indexOf('\n'); i !== -1 && i < offset; i = note.body.indexOf('\n', i + 1)) line++;
  return line + note.bodyLineOffset;
}

/** The container prefix (`> `, list indentation) of the line an offset is on, as blanks and `>`. */
function prefixAt(body: string, offset: number): string {
  return body.slice(lineStartAt(body, offset), offset).replace(/[^>\s]/g, ' ');
}

/** The edits that turn the part `range` of `note` into page text for `state`'s page. */
function collectEdits(
  context: VaultContext,
  state: PageState,
  note: Note,
  range: [number, number],
  chain: readonly string[],
): Edit[] {
  const edits: Edit[] = [];
  const body = note.body;
  const convert = (target: Note, sub: [number, number], next: readonly string[]): string =>
    convertRange(context, state, target, sub, next);

  const embed = (link: FoundLink, at: number, prefix: string, where: EmbedPlace): string => {
    const line = lineOf(note, at);
    const file = lookUp(context, link.page || note.path, note, line, 'embed');
    if (!file) {
      const name = link.label ?? link.page;
      return where === 'block' ? `> [!embed] ${labelText(name, false)}` : name;
    }
    const target = context.notes.get(file.path);
    if (!target)
      return embedAttachment(context, state, note, file, link.label, link.heading, line, where, prefix);
    const shown = link.label ?? (link.heading ? `${link.page} › ${link.heading}` : link.page);
    return embedNote(context, state, note, target, link.heading, shown, chain, line, prefix, convert);
  };

  const scanLeaf = (node: Nodes, start: number, end: number): void => {
    const literal: [number, number][] = [];
    const walk = (child: Nodes): void => {
      const p = child.position;
      if (LITERAL_NODES.has(child.type) && p?.start.offset !== undefined)
        literal.push([p.start.offset, p.end.offset!]);
      else if ('children' in child) (child as Parent).children.forEach((c) => walk(c as Nodes));
      // An embedded note's tags stay its own: Obsidian counts a tag in the note that holds it.
      if (child.type === 'text' && note === state.host) state.tags.push(...findTags(child.value));
      if (child.type === 'link' || child.type === 'image') visit(child);
    };
    (node as Parent).children.forEach((c) => walk(c as Nodes));
    const free = (a: number, b: number): boolean => !literal.some(([s, e]) => a < e && s < b);
    const raw = body.slice(start, end);
    const inTable = node.type === 'tableCell';
    const links: Edit[] = [];
    for (const link of findLinks(raw)) {
      const at = start + link.start;
      if (link.syntax !== 'wikilink') continue;
      if (!free(at, start + link.end)) {
        // `[[Functions#hasTag|`hasTag`]]`: code in the label only. A Markdown link keeps the label's
        // Markdown (the build resolves `.md` links with the same rule as wiki links).
        const pipe = link.raw.search(/\\?\|/);
        const label = pipe < 0 ? undefined : at + link.raw.indexOf('|', pipe) + 1;
        const inLabel = ([s, e]: [number, number]): boolean =>
          label !== undefined && s >= label && e <= start + link.end - 2;
        const overlapping = literal.filter(([s, e]) => at < e && s < start + link.end);
        if (link.embed || label === undefined || !overlapping.every(inLabel)) continue;
        const text = body.slice(label, start + link.end - 2);
        const href = rewriteNoteHref(context, state, note, link.page, link.heading, lineOf(note, at));
        links.push({
          start: at,
          end: start + link.end,
          text: href === undefined ? text : `[${text}](${href})`,
        });
        continue;
      }
      const text = link.embed
        ? embed(link, at, prefixAt(body, at), inTable ? 'table' : 'text')
        : rewriteWikilink(context, state, note, link, lineOf(note, at), inTable);
      links.push({ start: at, end: start + link.end, text });
    }
    for (const footnote of findInlineFootnotes(raw, start, free)) {
      const inside = links.filter((e) => e.start >= footnote.start && e.end <= footnote.end);
      const shifted = inside.map((e) => ({
        ...e,
        start: e.start - footnote.innerStart,
        end: e.end - footnote.innerStart,
      }));
      state.footnotes.push(
        applyEdits(body.slice(footnote.innerStart, footnote.end - 1), shifted).replace(/\s*\n\s*/g, ' '),
      );
      edits.push({ start: footnote.start, end: footnote.end, text: `[^inline-${state.footnotes.length}]` });
      for (const e of inside) links.splice(links.indexOf(e), 1);
    }
    edits.push(...links);
  };

  // A paragraph made only of embeds, one a line, with a note among them: each becomes a block.
  const blockEmbeds = (start: number, end: number): boolean => {
    const raw = body.slice(start, end);
    const lines = raw
      .split('\n')
      .map((l) => l.replace(/^[\s>]*/, '').trim())
      .filter(Boolean);
    if (lines.length === 0 || !lines.every((l) => EMBED_LINE.test(l))) return false;
    const links = findLinks(raw);
    // Obsidian gives every embed but a picture a box of its own: a note, a file, a missing one.
    const boxed = (l: FoundLink): boolean => {
      const found = resolveFromNote(context, l.page || note.path, note);
      return found.kind !== 'found' || !IMAGE_FILE.test(found.file.path);
    };
    if (!links.some(boxed)) return false;
    const prefix = prefixAt(body, start);
    const parts = links.map((l) => embed(l, start + l.start, prefix, 'block'));
    edits.push({ start, end, text: parts.join(`\n${prefix.trimEnd()}\n${prefix}`) });
    return true;
  };

  function visit(node: Nodes, parent?: Parent): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || end <= range[0] || start >= range[1]) return;
    if (node === note.titleHeading) {
      edits.push({ start, end, text: '' });
      return;
    }
    if (node.type === 'code') {
      if (node.lang === 'mermaid' && !checkMermaid(node.value, context, note, lineOf(note, start))) {
        state.mermaidClient = true;
        const fence = body.slice(start, body.indexOf('\n', start));
        edits.push({ start, end: start + fence.length, text: fence.replace(/mermaid.*$/, 'mermaid client') });
      }
      return;
    }
    if (node.type === 'link' || node.type === 'image') {
      rewriteUrl(context, state, note, node, lineOf(note, start), edits);
      return;
    }
    if (LITERAL_NODES.has(node.type) || node.type === 'definition') return;
    if (node.type === 'paragraph' && parent && blockEmbeds(start, end)) return;
    if (LEAVES.has(node.type)) return scanLeaf(node, start, end);
    if ('children' in node)
      (node as Parent).children.forEach((child) => visit(child as Nodes, node as Parent));
  }
  visit(note.tree);
  return edits;
}

/** Rewrites the destination of a Markdown link to a note, or of an image in the vault. */
function rewriteUrl(
  context: VaultContext,
  state: PageState,
  note: Note,
  node: Nodes & { type: 'link' | 'image'; url: string },
  line: number,
  edits: Edit[],
): void {
  const local = localUrlOf(node.url);
  if (!local || local.path === '') return;
  const start = node.position!.start.offset!;
  const end = node.position!.end.offset!;
  const raw = note.body.slice(start, end);
  const close = raw.lastIndexOf('](');
  if (close < 0) return; // a reference or an autolink: nothing to rewrite
  let destination: string | undefined;
  if (node.type === 'link' && isNotePath(local.path)) {
    destination = rewriteNoteHref(context, state, note, local.path, local.fragment, line);
    if (destination === undefined) {
      edits.push({ start, end, text: raw.slice(raw.startsWith('[') ? 1 : 0, close) });
      return;
    }
  } else if (node.type === 'image') {
    const file = lookUp(context, local.path, note, line, 'picture');
    if (!file) {
      // A picture that is not in the vault: its description stays (the build would fail on a missing file).
      edits.push({
        start,
        end,
        text: (node.alt || local.path.split('/').at(-1)!).replace(/[[\]*_`<\\]/g, (c) => `\\${c}`),
      });
      return;
    }
    const markdown = embedAttachment(context, state, note, file, node.alt ?? undefined, local.fragment, line);
    edits.push({ start, end, text: markdown });
    return;
  } else return;
  edits.push({ start: start + close + 2, end: end - 1, text: destination });
}

/**
 * Converts the part `range` of a note for the page in `state`: edits applied, and the lines after
 * the first unindented by the first line's container prefix (a block taken out of a list or quote).
 */
export function convertRange(
  context: VaultContext,
  state: PageState,
  note: Note,
  range: [number, number],
  chain: readonly string[],
): string {
  return convertMapped(context, state, note, range, chain).text;
}

/**
 * {@link convertRange}, with, for each line of the text, the line of the note's body it comes from
 * (1-based; an embed's lines all come from the line of its `![[…]]`).
 */
export function convertMapped(
  context: VaultContext,
  state: PageState,
  note: Note,
  range: [number, number],
  chain: readonly string[],
): { text: string; lines: number[] } {
  const [from, to] = range;
  const edits = collectEdits(context, state, note, range, chain)
    .filter((edit) => edit.start >= from && edit.end <= to)
    .map((edit) => ({ ...edit, start: edit.start - from, end: edit.end - from }));
  const source = note.body.slice(from, to);
  const text = applyEdits(source, edits);
  const first = lineAt(note.body, from) - 1;
  const lines = editedLines(source, edits).map((line) => line + first);
  const indent = from - lineStartAt(note.body, from);
  if (indent === 0) return { text, lines };
  return {
    text: text.replace(
      /\n([ \t>]*)/g,
      (_m, lead: string) => `\n${lead.slice(Math.min(indent, lead.length))}`,
    ),
    lines,
  };
}
