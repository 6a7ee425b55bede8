/**
 * The structure of a note, block by block, read with Obsidian's syntax: what a conversion must
 * keep. A note and the page made from it must hold the same headings, paragraphs, list items,
 * code blocks (every line byte-identical), tables and cells, callouts of each type, quotes,
 * embeds, pictures and math, in the same order; words alone can survive a page whose callouts
 * became plain text, so the check counts blocks, not words.
 *
 * Both sides are parsed by the site's Markdown parser (remark-parse + remark-gfm + remark-math,
 * src/markdown/parser.ts); Obsidian's own syntax on top of it is read with the project's rules:
 * callouts with the callout plugin's marker, `![[…]]` with the link grammar of src/markdown/links.ts.
 * On the page side, the importer's `[!embed]` box is one embed (its content is the other note's).
 * @see https://help.obsidian.md/callouts
 * @see https://help.obsidian.md/embeds
 * @see https://help.obsidian.md/advanced-syntax#Tables (a `|` in a table cell must be written `\|`)
 */
import type { Nodes, Parent, Root } from 'mdast';
import { findLinks } from '../markdown/links.ts';
import { LITERAL_NODES, parseMarkdown } from '../markdown/parser.ts';
import { calloutTypeOf } from '../plugins/obsidian/callouts.ts';
import { IMAGE_FILE } from '../markdown/files.ts';

/** One block of a note, with its 1-based line in the text it was read from. */
export interface Block {
  /** `heading`, `paragraph`, `listItem`, `code`, `table`, `tableCell`, `callout:<type>`, `blockquote`, `embed`, `image`, `math`. */
  readonly kind: string;
  readonly line: number;
}

/** The blocks of a text in document order, and the lines of its code blocks. */
export interface Structure {
  readonly blocks: readonly Block[];
  /** Each code block's text, in order (compared byte for byte). */
  readonly code: readonly { readonly value: string; readonly line: number }[];
}

/** Whether a link target or URL names a picture (by its ending), rather than a note or a media file. */
function isPicture(target: string): boolean {
  const path = target.split(/[?#]/)[0] ?? '';
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // a malformed escape: read the path as written
  }
  return IMAGE_FILE.test(decoded.replace(/[>]$/, ''));
}

/**
 * The structure of Markdown `text` with Obsidian's syntax. `skip` leaves out a node by its start
 * offset (the note's title heading, which the page shows as its title); `tree`, when the caller
 * has it already, is `text` parsed by the site's parser.
 */
export function structureOf(
  text: string,
  skip: ReadonlySet<number> = new Set(),
  tree: Root = parseMarkdown(text, 'md'),
): Structure {
  const blocks: Block[] = [];
  const code: { value: string; line: number }[] = [];
  const add = (kind: string, node: Nodes): void => {
    blocks.push({ kind, line: node.position?.start.line ?? 1 });
  };

  /**
   * The pictures, embeds and math inside a leaf (paragraph, heading, cell), in the order they are
   * written: Markdown images and math from the tree, `![[…]]` from the leaf's own text (not inside
   * code, math, HTML or links).
   */
  const inlineOf = (node: Parent): { kind: string; line: number; at: number }[] => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return [];
    const found: { kind: string; line: number; at: number }[] = [];
    const chars = text.slice(start, end).split('');
    const visit = (child: Nodes): void => {
      const s = child.position?.start.offset ?? start;
      const e = child.position?.end.offset ?? s;
      const line = child.position?.start.line ?? 1;
      if (child.type === 'inlineMath') found.push({ kind: 'math', line, at: s });
      if (child.type === 'image') found.push({ kind: isPicture(child.url) ? 'image' : 'embed', line, at: s });
      if (LITERAL_NODES.has(child.type)) {
        for (let i = s - start; i < e - start; i++) if (chars[i] !== '\n') chars[i] = ' ';
      } else if ('children' in child) (child as Parent).children.forEach((c) => visit(c as Nodes));
    };
    node.children.forEach((c) => visit(c as Nodes));
    const line = node.position!.start.line;
    for (const link of findLinks(chars.join(''))) {
      if (link.syntax !== 'wikilink' || !link.embed) continue;
      found.push({
        kind: isPicture(link.page) ? 'image' : 'embed',
        line: line + link.line - 1,
        at: start + link.start,
      });
    }
    return found.sort((a, b) => a.at - b.at);
  };

  /** Whether a paragraph is made only of `![[…]]` embeds (the importer turns each into a block). */
  const onlyEmbeds = (node: Parent): boolean => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return false;
    const raw = text.slice(start, end);
    const links = findLinks(raw).filter((l) => l.syntax === 'wikilink' && l.embed);
    if (links.length === 0) return false;
    let rest = raw;
    for (const link of [...links].reverse()) rest = rest.slice(0, link.start) + rest.slice(link.end);
    return /^[\s>]*$/.test(rest) && links.some((l) => !isPicture(l.page));
  };

  const walk = (node: Nodes): void => {
    const start = node.position?.start.offset;
    if (node.type !== 'root' && start !== undefined && skip.has(start)) return;
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'tableCell': {
        if (!(node.type === 'paragraph' && onlyEmbeds(node))) add(node.type, node);
        for (const { kind, line } of inlineOf(node)) blocks.push({ kind, line });
        return;
      }
      case 'code':
        add('code', node);
        code.push({ value: node.value, line: node.position?.start.line ?? 1 });
        return;
      case 'math':
        add('math', node);
        return;
      case 'listItem':
      case 'table':
        add(node.type, node);
        break;
      case 'blockquote': {
        const type = calloutTypeOf(node);
        if (type === 'embed') {
          add('embed', node);
          return;
        }
        add(type === undefined ? 'blockquote' : `callout:${type}`, node);
        break;
      }
      default:
        break;
    }
    if ('children' in node) (node as Parent).children.forEach((child) => walk(child as Nodes));
  };
  walk(tree);
  return { blocks, code };
}

/** Per kind, how many blocks: `{ paragraph: 12, 'callout:tip': 2, … }`, keys sorted. */
export function countBlocks(structure: Structure): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const block of [...structure.blocks].sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)))
    counts[block.kind] = (counts[block.kind] ?? 0) + 1;
  return counts;
}

/** How a page's structure differs from its note's: the first difference, located in the note. */
export interface StructureChange {
  /** 1-based line in the note's text (the `source` given to `compareStructure`). */
  readonly line: number;
  readonly message: string;
}

/**
 * The first way `page` differs from `source` (block sequence, then code bytes), or undefined
 * when both hold the same blocks in the same order and every code block is identical.
 */
export function compareStructure(source: Structure, page: Structure): StructureChange | undefined {
  const a = source.blocks;
  const b = page.blocks;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i]?.kind === b[i]?.kind) continue;
    const counts = countBlocks(source);
    const after = countBlocks(page);
    const kinds = [...new Set([...Object.keys(counts), ...Object.keys(after)])].sort();
    const changed = kinds
      .filter((kind) => counts[kind] !== after[kind])
      .map((kind) => `${kind} ${counts[kind] ?? 0} → ${after[kind] ?? 0}`);
    const at = a[i] ?? a.at(-1);
    const what = a[i]
      ? `a ${a[i]!.kind} became ${b[i] ? `a ${b[i]!.kind}` : 'nothing'}`
      : `a ${b[i]!.kind} appeared`;
    return {
      line: at?.line ?? 1,
      message: `conversion changed the note's structure here (${what}${changed.length > 0 ? `; ${changed.join(', ')}` : ''})`,
    };
  }
  for (let i = 0; i < source.code.length; i++) {
    const before = source.code[i]!;
    const after = page.code[i];
    if (after?.value === before.value) continue;
    const lines = before.value.split('\n');
    const got = (after?.value ?? '').split('\n');
    const at = lines.findIndex((line, j) => line !== got[j]);
    return {
      line: before.line + 1 + Math.max(at, 0),
      message: 'conversion changed a line of a code block',
    };
  }
  return undefined;
}
