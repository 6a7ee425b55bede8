import type { Heading, Nodes, Parent, Root } from 'mdast';
import { createHeadingSlugger, type HeadingAnchor } from '../../lib/paths.ts';
import {
  BLOCK_ID,
  displayTextOf,
  findLinks,
  parseNoteHref,
  type FoundLink,
  type LinkSyntax,
  type LinkTarget,
} from '../../markdown/links.ts';
import { NOT_PROSE } from '../../markdown/parser.ts';

/** A heading of a page: its level, the text a reader sees and the id the site gives it. */
export interface HeadingRecord {
  readonly depth: number;
  readonly text: string;
  readonly anchor: HeadingAnchor;
}

/** A link written on a page, with its place and the sentence around it (for backlinks). */
export interface OutgoingLink extends LinkTarget {
  readonly syntax: LinkSyntax;
  readonly raw: string;
  readonly label: string | undefined;
  readonly line: number;
  readonly column: number;
  readonly context: LinkContext;
}

/** The sentence a link stands in, split around the link's own text so a view can highlight it. */
export interface LinkContext {
  readonly before: string;
  readonly text: string;
  readonly after: string;
}

/** Blocks of running text: each yields one context for its links (a table row reads as `a | b | c`). */
const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'tableRow']);
/** Characters that end a sentence (Chinese and Western punctuation, line breaks). */
const SENTENCE_END = /[。！？!?；;\n]|\.(?=\s|$)/g;
/** How much text a context keeps on each side of the link. */
const MAX_SIDE = 70;

interface Flat {
  text: string;
  links: { link: FoundLink | OutgoingLinkDraft; start: number; end: number }[];
}
type OutgoingLinkDraft = Omit<OutgoingLink, 'context'>;

/** Appends the reader-visible text of `node` to `flat`, recording where each link lands in it. */
function flatten(node: Nodes, flat: Flat): void {
  if (node.type === 'text') {
    let last = 0;
    const origin = node.position?.start ?? { line: 0, column: 0 };
    for (const link of findLinks(node.value, origin).filter((found) => !found.embed)) {
      flat.text += node.value.slice(last, link.start);
      const start = flat.text.length;
      flat.text += displayTextOf(link);
      flat.links.push({ link, start, end: flat.text.length });
      last = link.end;
    }
    flat.text += node.value.slice(last);
  } else if (node.type === 'inlineCode' || node.type === 'mdxTextExpression') {
    flat.text += node.value;
  } else if (node.type === 'break') {
    flat.text += '\n';
  } else if (node.type === 'link' && parseNoteHref(node.url)) {
    const start = flat.text.length;
    const inner: Flat = { text: '', links: [] };
    for (const child of node.children) flatten(child, inner);
    flat.text += inner.text;
    const target = parseNoteHref(node.url) as LinkTarget;
    const place = node.position?.start ?? { line: 0, column: 0 };
    const draft: OutgoingLinkDraft = {
      syntax: 'markdown',
      raw: node.url,
      ...target,
      label: inner.text || undefined,
      line: place.line,
      column: place.column,
    };
    flat.links.push({ link: draft, start, end: flat.text.length });
  } else if (node.type === 'link') {
    // Text inside an ordinary link stays as written: a link cannot hold another link.
    for (const child of node.children) if (child.type === 'text') flat.text += child.value;
  } else if (node.type === 'tableRow') {
    node.children.forEach((cell, i) => {
      if (i > 0) flat.text += ' | ';
      flatten(cell, flat);
    });
  } else if ('children' in node && !NOT_PROSE.has(node.type)) {
    for (const child of node.children) flatten(child as Nodes, flat);
  }
}

/**
 * The sentence of `text` that contains `[start, end)`, whitespace collapsed, at most 70 characters each side:
 * `sentenceAround('甲。见 管道 一节。乙', 4, 6)` → `{ before: '见 ', text: '管道', after: ' 一节。' }`.
 */
export function sentenceAround(text: string, start: number, end: number): LinkContext {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(SENTENCE_END)) {
    if (match.index < start) from = match.index + 1;
    else if (match.index >= end) {
      to = match.index + match[0].length;
      break;
    }
  }
  const collapse = (part: string): string => part.replace(/\s+/g, ' ');
  const before = collapse(text.slice(from, start)).trimStart();
  const after = collapse(text.slice(end, to)).trimEnd();
  return {
    before: before.length > MAX_SIDE ? `…${before.slice(-MAX_SIDE)}` : before,
    text: collapse(text.slice(start, end)),
    after: after.length > MAX_SIDE ? `${after.slice(0, MAX_SIDE)}…` : after,
  };
}

/** A context as one plain string. */
export function contextToString(context: LinkContext): string {
  return `${context.before}${context.text}${context.after}`;
}

/** The text a reader sees in a heading, wiki links replaced by their display text (as the site renders it). */
export function headingTextOf(heading: Heading): string {
  const flat: Flat = { text: '', links: [] };
  for (const child of heading.children) flatten(child, flat);
  return flat.text.replace(/\n/g, '');
}

/** Every heading of a tree in document order, with ids numbered like the site's (`a`, `a-1`). */
export function collectHeadings(tree: Root): HeadingRecord[] {
  const slug = createHeadingSlugger();
  const headings: HeadingRecord[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'heading') {
      const text = headingTextOf(node);
      headings.push({ depth: node.depth, text, anchor: slug(text) });
    } else if ('children' in node && !NOT_PROSE.has(node.type)) {
      for (const child of (node as Parent).children) walk(child as Nodes);
    }
  };
  walk(tree);
  return headings;
}

/** Every wiki link and note link of a tree, outside code, with the sentence around each. */
export function collectLinks(tree: Root): OutgoingLink[] {
  const links: OutgoingLink[] = [];
  const walk = (node: Nodes): void => {
    if (TEXT_BLOCKS.has(node.type)) {
      const flat: Flat = { text: '', links: [] };
      flatten(node, flat);
      for (const { link, start, end } of flat.links) {
        const { syntax, raw, page, heading, label, line, column } = link;
        const context = sentenceAround(flat.text, start, end);
        links.push({ syntax, raw, page, heading, label, line, column, context });
      }
    } else if ('children' in node && !NOT_PROSE.has(node.type)) {
      for (const child of (node as Parent).children) walk(child as Nodes);
    }
  };
  walk(tree);
  return links;
}

/**
 * The block ids of a tree (`段落 ^my-id` → `my-id`), in document order.
 * @see https://help.obsidian.md/links#Link+to+a+block+in+a+note (letters, numbers and dashes only)
 */
export function collectBlockIds(tree: Root): string[] {
  const ids: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'paragraph') {
      const last = node.children.at(-1);
      const id = last?.type === 'text' ? BLOCK_ID.exec(last.value)?.[1] : undefined;
      if (id) ids.push(id);
    } else if ('children' in node && !NOT_PROSE.has(node.type)) {
      for (const child of (node as Parent).children) walk(child as Nodes);
    }
  };
  walk(tree);
  return ids;
}
