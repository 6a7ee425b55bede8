/**
 * Which glossary terms a page uses before the page that defines them, in reading order (the
 * sidebar), and whether it defines them where it first uses them. Read from a built site, so the
 * reading order is Starlight's own sidebar and a page's text is what a reader sees.
 */
import type { Element, Root, RootContent } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Concept } from '../../src/lib/concepts-schema.ts';
import type { BuiltPage, BuiltSite } from './dist.ts';

/** A glossary term: the names a page may use for it, and the pages the glossary sends a reader to. */
export interface Term {
  /** The row's names (Chinese name first). */
  readonly names: readonly string[];
  /** URL paths of the pages the row links to; the first of them in reading order defines the term. */
  readonly definedAt: readonly string[];
}

/** A use of a term on a page before its defining page, and whether that first use is explained. */
export interface EarlyUse {
  readonly page: string;
  readonly term: string;
  readonly name: string;
  /** The page that defines the term (the first in reading order that the glossary links to). */
  readonly definedAt: string;
  /** The text of the block (paragraph, list item, table cell…) where the page first uses it. */
  readonly block: string;
  /** The first-use block bolds the name or links to the glossary or to the defining page. */
  readonly explained: boolean;
}

/**
 * A name of a glossary row that a page's text can be searched for: any name with a Chinese
 * character or a code name from the first column, and from the English column only acronyms and
 * identifiers (`TLB`, `PIPE_BUF`, `task_struct`); plain English words (`process`, `page`) would be
 * found inside paths and commands, and single Chinese characters inside other words.
 */
function searchable(name: string, column: number): boolean {
  // A single character (页, 堆, 栈) is too often part of another word (一堆, 页面) to be searched for.
  if (/\p{Script=Han}/u.test(name)) return [...name].length > 1;
  if (/\s/.test(name)) return false;
  return column === 0 || /^[A-Z][A-Z0-9_]+$/.test(name) || name.includes('_');
}

/**
 * The glossary's terms, read from the concept list the glossary renders (src/content/concepts.yaml):
 * the Chinese names (names joined by 与, such as 用户态与内核态, split into their parts) and the
 * searchable English names and abbreviations of each concept, with the pages its row links to (the
 * page that explains it and the others the glossary lists).
 */
export function glossaryTerms(concepts: readonly Concept[]): Term[] {
  return concepts.map((concept) => {
    const names = [
      ...concept.zh
        .flatMap((t) => (/^\p{Script=Han}+与\p{Script=Han}+$/u.test(t) ? t.split('与') : [t]))
        .filter((t) => searchable(t, 0)),
      ...[...concept.en, ...concept.abbr].filter((t) => searchable(t, 1)),
    ];
    return {
      names: [...new Set(names)],
      definedAt: [concept.page, ...concept.see].map((page) => `/${page}/`),
    };
  });
}

/** The book's pages in reading order: the sidebar's links, from the first part (预备知识) on. */
export function readingOrder(site: BuiltSite, firstPart: string): BuiltPage[] {
  const home = site.pages.find((p) => p.url === site.base)!;
  const groups = selectAll('#starlight__sidebar details', home.tree);
  const start = groups.findIndex((g) => toString(select('summary', g) ?? g).trim() === firstPart);
  if (start < 0) throw new Error(`侧边栏里没有「${firstPart}」这一部分`);
  const hrefs = groups
    .slice(start)
    .flatMap((g) => selectAll('a[href]', g).map((a) => decodeURI(String(a.properties.href))));
  return [...new Set(hrefs)].map((href) => {
    const page = site.pages.find((p) => p.url === href);
    if (!page) throw new Error(`侧边栏链接 ${href} 没有对应的页面`);
    return page;
  });
}

/** A table row is one block: a term in one cell is explained by a link in the row's last cell. */
const BLOCKS = new Set(['p', 'li', 'tr', 'h2', 'h3', 'h4', 'dt', 'dd', 'figcaption', 'blockquote']);
/** What is not the page's prose: code listings, diagrams, figures and their scene links, and the boxes around the text. */
const SKIP = [
  'pre',
  'svg',
  'astro-island',
  'nav',
  '.backlinks',
  '.pagination-links',
  '.sl-anchor-link',
  '.book-tags',
  'script',
  'style',
];

/** The innermost blocks of the page's content, in document order, each with its text. */
function blocks(page: BuiltPage): { el: Element; text: string }[] {
  const content = select('.sl-markdown-content', page.tree);
  if (!content) return [];
  const skip = new Set(SKIP.flatMap((s) => selectAll(s, content)));
  const out: { el: Element; text: string }[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (skip.has(node)) return;
      const inner = node.children.some((c) => c.type === 'element' && BLOCKS.has(c.tagName) && !skip.has(c));
      if (BLOCKS.has(node.tagName) && !inner) {
        out.push({ el: node, text: textWithout(node, skip) });
        return;
      }
    }
    for (const child of node.children) visit(child);
  };
  visit(content);
  return out;
}

function textWithout(node: Element, skip: ReadonlySet<Element>): string {
  return node.children
    .map((c) =>
      c.type === 'text' ? c.value : c.type === 'element' && !skip.has(c) ? textWithout(c, skip) : '',
    )
    .join('');
}

/**
 * One regex over every searchable name, longest first, so 信号量 is read as 信号量 and not as
 * 信号; ASCII names only as whole words (TID not inside TGID).
 */
function namePattern(terms: readonly Term[]): { re: RegExp; termOf: Map<string, Term> } {
  const termOf = new Map<string, Term>();
  for (const t of terms) for (const n of t.names) if (!termOf.has(n)) termOf.set(n, t);
  const names = [...termOf.keys()].sort((a, b) => b.length - a.length);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const alt = names.map((n) => (/^[\x20-\x7e]+$/.test(n) ? `(?<![\\w])${escape(n)}(?![\\w])` : escape(n)));
  return { re: new RegExp(alt.join('|'), 'g'), termOf };
}

/** Whether a block explains a term: it bolds one of its names, or links to the glossary or to the defining page. */
function explains(block: Element, term: Term, glossaryUrl: string): boolean {
  const bold = selectAll('strong, b, dfn', block).some((s) =>
    term.names.some((n) => toString(s).includes(n)),
  );
  const link = selectAll('a[href]', block).some((a) => {
    const href = decodeURI(String(a.properties.href)).split('#')[0]!;
    return href === glossaryUrl || term.definedAt.includes(href);
  });
  return bold || link;
}

/** Every first use of a term on a page that comes before the term's defining page in `order`. */
export function earlyUses(
  order: readonly BuiltPage[],
  terms: readonly Term[],
  glossaryUrl: string,
): EarlyUse[] {
  const position = new Map(order.map((p, i) => [p.url, i]));
  const { re, termOf } = namePattern(terms);
  const uses: EarlyUse[] = [];
  order.forEach((page, i) => {
    const seen = new Set<Term>();
    for (const block of blocks(page)) {
      for (const m of block.text.matchAll(re)) {
        const term = termOf.get(m[0])!;
        if (seen.has(term)) continue;
        seen.add(term);
        const ats = term.definedAt.flatMap((url) => position.get(url) ?? []);
        if (ats.length === 0) continue;
        const at = Math.min(...ats);
        if (at <= i) continue;
        uses.push({
          page: page.url,
          term: term.names[0]!,
          name: m[0],
          definedAt: order[at]!.url,
          block: block.text.trim().slice(0, 80),
          explained: explains(block.el, term, glossaryUrl),
        });
      }
    }
  });
  return uses;
}
