/**
 * Embeds `![[…]]`: pictures are copied next to the page under stable names; notes, headings and
 * blocks are transcluded (their text, converted, inside an `[!embed]` block that links back to
 * the source), with cycles and depth limited and reported.
 * @see https://help.obsidian.md/embeds (Embed files: notes, headings, blocks, images with `|300`/`|300x200`)
 * @see https://help.obsidian.md/attachments (attachments are found anywhere in the vault)
 */
import type { Heading, Nodes, Parent } from 'mdast';
import { blockIdOf } from '../markdown/links.ts';
import { findHeading } from '../plugins/wikilinks/resolve.ts';
import type { PageState, VaultContext } from './context.ts';
import { labelText, resolveNoteLink } from './links.ts';
import type { Note } from './note.ts';
import { ATTACHMENT_DIR, IMAGE_FILE, mediaKindOf } from '../markdown/files.ts';
import type { VaultFile } from './vault.ts';

/** How deep embeds may nest (an embed inside an embed inside …) before the rest become links. */
export const MAX_EMBED_DEPTH = 4;

/** An attachment's file name made safe for URLs: letters, digits, CJK, `.`, `_`, `-`. */
export function cleanFileName(name: string): string {
  return name.replace(/[^\w.\-\u3400-\u9fff]+/g, '-');
}

/** FNV-1a of a string in base 36: a short stable suffix that tells same-named files apart. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/**
 * The stable output name of an attachment: its cleaned name, plus a hash of its vault path when
 * another attachment of the vault has the same name (so a name never depends on import order).
 * @example attachmentName(new Map([['a.png', 2]]), 'img/a.png') // 'a-1x2y3z.png'
 */
export function attachmentName(names: ReadonlyMap<string, number>, vaultPath: string): string {
  const name = cleanFileName(vaultPath.split('/').at(-1)!);
  if ((names.get(name) ?? 0) < 2) return name;
  const dot = name.lastIndexOf('.');
  const suffix = `-${shortHash(vaultPath)}`;
  return dot > 0 ? `${name.slice(0, dot)}${suffix}${name.slice(dot)}` : `${name}${suffix}`;
}

/** `300` or `300x200`: an embed's size (https://help.obsidian.md/embeds#Embed+an+image+in+a+note). */
export const SIZE = /^\d+(?:x\d+)?$/;

/** Where an embed is written: inside a paragraph's text, a table cell, or on a line of its own. */
export type EmbedPlace = 'text' | 'table' | 'block';

/**
 * The Markdown image for an embedded picture, its size kept in the alt text as Obsidian writes it.
 * A `#fragment` does not crop a picture: Obsidian shows the whole of it (https://help.obsidian.md/embeds).
 */
export function embedAttachment(
  context: VaultContext,
  state: PageState,
  from: Note,
  file: VaultFile,
  label: string | undefined,
  fragment: string | undefined,
  line: number,
  where: EmbedPlace = 'text',
  prefix = '',
): string {
  const base = file.path.split('/').at(-1)!;
  const media = mediaKindOf(base);
  const shownName = base.replace(/[[\]*_`<\\|]/g, (c) => `\\${c}`);
  if (!IMAGE_FILE.test(base) && !media) {
    context.log.warn(
      from.path,
      line,
      `embedded file "${base}" is not a picture, audio, video or PDF; its name is shown`,
    );
    // On a line of its own it keeps its box, as Obsidian gives an embedded file one.
    return where === 'block' ? `> [!embed] ${shownName}` : shownName;
  }
  const name = attachmentName(context.attachmentNames, file.path);
  const folder = state.place.page.split('/').slice(0, -1).join('/');
  state.copies.set(`${folder ? `${folder}/` : ''}${ATTACHMENT_DIR}/${name}`, file.path);
  const title = base.replace(/\.[^.]+$/, '');
  const alt = label === undefined ? title : SIZE.test(label.trim()) ? `${title}|${label.trim()}` : label;
  const escaped = alt.replace(where === 'table' ? /[[\]\\|]/g : /[[\]\\]/g, (c) => `\\${c}`);
  // A player's fragment is its own: `#page=3` / `#height=400` for a PDF, `#t=10` for audio and video.
  const kept = media && fragment ? `#${encodeURI(fragment)}` : '';
  const image = `![${escaped}](<./${ATTACHMENT_DIR}/${name}${kept}>)`;
  // The build draws the player (src/plugins/obsidian/media-embeds.ts); on a line of its own it sits in
  // the box Obsidian gives an embedded file, titled with the file's name.
  if (media) return where === 'block' ? `> [!embed] ${shownName}\n${prefix}>\n${prefix}> ${image}` : image;
  // `#icon`: the help vault's inline icon (its publish.css styles `[src$="#icon"]` as a glyph in the
  // line); any other fragment only names a style there, and Obsidian shows the whole picture.
  return fragment === 'icon' ? `<span class="note-icon">${image}</span>` : image;
}

/** Headings in document order (the title heading left out), as `Note.headings` lists them. */
function headingNodes(note: Note): { node: Heading; parent: Parent }[] {
  const found: { node: Heading; parent: Parent }[] = [];
  const walk = (parent: Parent): void => {
    for (const child of parent.children as Nodes[]) {
      if (child.type === 'heading' && child !== note.titleHeading) found.push({ node: child, parent });
      else if ('children' in child) walk(child as Parent);
    }
  };
  walk(note.tree);
  return found;
}

/** The range of a note an embed shows: all of it, a heading's section, or a block; undefined if absent. */
export function embedRange(note: Note, heading: string | undefined): [number, number] | undefined {
  if (heading === undefined) return [0, note.body.length];
  const block = blockIdOf(heading);
  if (block !== undefined) {
    const range = note.blocks.get(block);
    return range ? [range.start, range.end] : undefined;
  }
  const record = findHeading(note.headings, {}, heading);
  if (!record) return undefined;
  const { node, parent } = headingNodes(note)[note.headings.indexOf(record)]!;
  const siblings = parent.children as Nodes[];
  const next = siblings
    .slice(siblings.indexOf(node) + 1)
    .find((sibling) => sibling.type === 'heading' && sibling.depth <= node.depth);
  return [
    node.position!.start.offset!,
    next?.position?.start.offset ?? parent.position?.end.offset ?? note.body.length,
  ];
}

/** Converts part of a note for the page being written (provided by convert.ts, which calls back here). */
export type ConvertRange = (note: Note, range: [number, number], chain: readonly string[]) => string;

/**
 * The block that transcludes `target` (whole, a heading or a block), each line after the first
 * starting with `prefix` (the container's `>` or indentation). When the text cannot be shown (a
 * cycle, too deep, a missing heading or block) the box keeps its place with only its link, as
 * Obsidian keeps an embed's box and says inside it what it could not show; the reason is reported.
 */
export function embedNote(
  context: VaultContext,
  state: PageState,
  from: Note,
  target: Note,
  heading: string | undefined,
  shown: string,
  chain: readonly string[],
  line: number,
  prefix: string,
  convert: ConvertRange,
): string {
  const key = `${target.path}#${heading ?? ''}`;
  const range = embedRange(target, heading);
  let problem: string | undefined;
  if (chain.includes(key)) {
    const path = [...chain, key].map((step) => step.replace(/#$/, ''));
    problem = `embed cycle: ${path.join(' → ')}; shown as a link`;
  } else if (chain.length > MAX_EMBED_DEPTH) {
    problem = `embeds nested deeper than ${MAX_EMBED_DEPTH}; "${shown}" shown as a link`;
  } else if (!range) {
    problem = `note "${target.name}" has no ${blockIdOf(heading) ? 'block' : 'heading'} "${heading}"; shown as a link`;
  }
  if (problem) context.log.warn(from.path, line, problem);
  // `/path`: from the vault root, so a same-named file near `from` cannot be picked instead.
  const path = target === from ? '' : `/${target.path}`;
  const link = resolveNoteLink(context, state, from, path, range ? heading : undefined, line);
  const href = link ? `${link.path || `./${state.place.slug.split('/').at(-1)}`}${link.fragment}` : '';
  const text =
    problem || !range
      ? ''
      : convert(target, range, [...chain, key])
          .replace(/^(?:[ \t]*\n)+/, '')
          .replace(/\s+$/, '');
  const lines = [`[!embed] [[${href}|${labelText(shown, false)}]]`, ...(text ? text.split('\n') : [])];
  return lines.map((content) => (content ? `> ${content}` : '>')).join(`\n${prefix}`);
}
