/**
 * Reading one note (the importer's first pass): front matter, body without comments, its tree, and
 * what other notes' links need from it (headings, block ids and their blocks, aliases, title).
 */
import type { Nodes, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { parseFrontMatter, splitFrontMatter } from '../markdown/front-matter.ts';
import { BLOCK_ID, BLOCK_ID_LINE } from '../markdown/links.ts';
import { parseMarkdown } from '../markdown/parser.ts';
import { collectHeadings, type HeadingRecord } from '../plugins/wikilinks/page-source.ts';
import { normalizeName } from '../plugins/wikilinks/page-index.ts';
import { applyEdits, lineAt } from './edits.ts';
import { findComments, literalRanges } from './comments.ts';
import { mapFrontMatter, type PageFields } from './front-matter.ts';
import type { IssueLog } from './issues.ts';

/** A block with an Obsidian id: its range in the body, for embeds `![[note#^id]]`. */
export interface BlockRange {
  readonly start: number;
  readonly end: number;
}

/** A note as read in the first pass. */
export interface Note {
  /** Path inside the vault. */
  readonly path: string;
  /** The file name without its ending: the note's link name. */
  readonly name: string;
  /** The body after front matter, comments removed. */
  readonly body: string;
  /** Note line of body line 1, minus one. */
  readonly bodyLineOffset: number;
  readonly tree: Root;
  readonly fields: PageFields;
  /** Malformed front matter, kept verbatim so nothing is lost (shown as a YAML block on the page). */
  readonly rawFrontMatter: string | undefined;
  /** The first H1, when it repeats the title: left out of the page (Starlight shows the title). */
  readonly titleHeading: RootContent | undefined;
  /** Headings as the page will show them (the repeated title left out). */
  readonly headings: readonly HeadingRecord[];
  readonly blocks: ReadonlyMap<string, BlockRange>;
}

/** Block ids and the range each names: the paragraph, its list item, or the block before a lone `^id`. */
function findBlocks(tree: Root): Map<string, BlockRange> {
  const blocks = new Map<string, BlockRange>();
  const walk = (parent: Parent): void => {
    parent.children.forEach((node, i) => {
      const child = node as Nodes;
      if (child.type === 'paragraph') {
        const last = child.children.at(-1);
        const id = last?.type === 'text' ? BLOCK_ID.exec(last.value)?.[1] : undefined;
        if (!id || blocks.has(id)) return;
        const alone =
          child.children.length === 1 && last!.type === 'text' && /^\s*\^[\w-]+\s*$/.test(last.value);
        const ownLine = last!.type === 'text' && BLOCK_ID_LINE.test(last.value);
        // The same choice as the page's ids (src/plugins/obsidian/marks.ts transformBlockIds).
        const target =
          alone && i > 0
            ? (parent.children[i - 1] as Nodes)
            : parent.type === 'listItem'
              ? parent
              : ownLine && parent.type === 'blockquote' && i === parent.children.length - 1
                ? parent
                : child;
        const { start, end } = target.position ?? {};
        if (start?.offset !== undefined && end?.offset !== undefined)
          blocks.set(id, { start: start.offset, end: end.offset });
      } else if ('children' in child) walk(child as Parent);
    });
  };
  walk(tree);
  return blocks;
}

/** Reads a note's text (first pass); never throws: problems go to `log` and the body is kept. */
export function readNote(path: string, source: string, log: IssueLog): Note {
  const name = path
    .split('/')
    .at(-1)!
    .replace(/\.[^.]+$/, '');
  const split = splitFrontMatter(source);
  if (split.unclosed) log.warn(path, 1, 'front matter opened with `---` is never closed; read as text');
  let data: Record<string, unknown> = {};
  let rawFrontMatter: string | undefined;
  const keyLines = new Map<string, number>();
  if (split.yaml !== null) {
    let parsed = parseFrontMatter(split.yaml, 2);
    // Hand-written notes often indent a list item with a tab, which YAML forbids: read each leading
    // tab as four spaces, and say so, rather than show the properties as text.
    const tabbed = split.yaml.split('\n').findIndex((line) => /^ *\t/.test(line));
    if (parsed.problem && tabbed >= 0) {
      const retry = parseFrontMatter(
        split.yaml.replace(
          /^( *)(\t+)/gm,
          (_m, spaces: string, tabs: string) => spaces + '    '.repeat(tabs.length),
        ),
        2,
      );
      if (!retry.problem) {
        log.warn(path, tabbed + 2, 'front matter indents with a tab; read as four spaces');
        parsed = retry;
      }
    }
    if (parsed.problem) {
      log.warn(
        path,
        parsed.problem.line,
        `${parsed.problem.message}; the body is imported and the front matter shown as text`,
      );
      rawFrontMatter = split.yaml;
    }
    data = parsed.data;
    for (const [key, line] of parsed.keyLines) keyLines.set(key, line);
  }
  const { fields, problems } = mapFrontMatter(data, path, name);
  for (const problem of problems) log.warn(path, keyLines.get(problem.key) ?? 1, problem.message);

  let body = split.body;
  let tree = parseMarkdown(body, 'md');
  const comments = findComments(body, literalRanges(tree));
  if (comments.unclosed !== undefined) {
    log.warn(
      path,
      lineAt(body, comments.unclosed) + split.bodyLineOffset,
      '`%%` opens a comment that is never closed; kept as text',
    );
  }
  if (comments.ranges.length > 0) {
    // A comment's line breaks stay, so every later message still names the note's own line.
    const edits = comments.ranges.map(([start, end]) => ({
      start,
      end,
      text: body.slice(start, end).replace(/[^\n]/g, ''),
    }));
    body = applyEdits(body, edits);
    tree = parseMarkdown(body, 'md');
  }
  const first = tree.children.find((node) => node.type !== 'html' || !/^\s*$/.test(node.value));
  const titleHeading =
    first?.type === 'heading' &&
    first.depth === 1 &&
    normalizeName(toString(first)) === normalizeName(fields.title)
      ? first
      : undefined;
  const shown: Root = titleHeading
    ? { ...tree, children: tree.children.filter((n) => n !== titleHeading) }
    : tree;
  return {
    path,
    name,
    body,
    bodyLineOffset: split.bodyLineOffset,
    tree,
    fields,
    rawFrontMatter,
    titleHeading,
    headings: collectHeadings(shown),
    blocks: findBlocks(tree),
  };
}
