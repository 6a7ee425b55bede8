/**
 * What the search index sees of one built page, decided here rather than in the page templates:
 * the page's names (title, aliases, glossary terms) as a `keys` metadata field, cut into the words
 * the index uses, and, for summary pages, their text weighted below a chapter's. The HTML served to
 * readers is not changed; only the copy handed to Pagefind is.
 * @see https://pagefind.app/docs/metadata/ (metadata fields are searchable and boost the ranking)
 * @see https://pagefind.app/docs/weighting/ (data-pagefind-weight, headings inherit an explicit weight)
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { indexTerms } from '../../search/index-terms.ts';
import { tablesAsSentences } from './table-text.ts';
import type { PageKind } from '../../search/lexicon.ts';

/**
 * Parts of a page that are not its content: the backlinks box and the previous/next links (they repeat
 * other pages' titles), heading anchor links, tag lists, and the interactive figures, whose buttons and
 * live counters are controls rather than text a reader looks for (the chapter's prose describes them).
 */
export const EXCLUDED_SELECTORS: readonly string[] = [
  '.backlinks',
  '.pagination-links',
  '.sl-anchor-link',
  '.book-tags',
  'astro-island',
];

/**
 * The weight of a summary page's text. Its headings inherit it (they are inside the weighted block), so
 * the exercises' heading "进程和线程有什么区别" weighs less than the chapter's body text on the topic.
 */
export const SUMMARY_WEIGHT = 0.3;

/** A heading of the page: its id and text. */
export interface PageHeading {
  readonly id: string;
  readonly text: string;
}

/** The parsed page: its headings (for the lexicon), and a function that writes the copy to index. */
export interface ParsedPage {
  readonly headings: readonly PageHeading[];
  /** The HTML for Pagefind, with `names` written into the `keys` field and the summary weight applied. */
  forIndex(names: readonly string[], longWords: ReadonlySet<string>): string;
}

/** Where a page's `keys` field goes in its prepared copy; replaced by the field itself (see parsePage). */
const KEYS_MARK = 'keys:\u0000';

/** The placeholder element the `keys` field replaces. */
function keysMark(): Element {
  return { type: 'element', tagName: 'span', properties: { dataPagefindMeta: KEYS_MARK }, children: [] };
}

/** The `keys` metadata element for a page's names, serialised as the rest of the copy is. */
function keysElement(names: readonly string[], longWords: ReadonlySet<string>): string {
  const keys = [...new Set(names.flatMap((name) => indexTerms(name, longWords, { compound: true })))];
  return toHtml({
    type: 'element',
    tagName: 'span',
    properties: { dataPagefindMeta: `keys:${keys.join(' ')}` },
    children: [],
  });
}

/**
 * Parses a built page; `kind` is its front-matter `pageKind`. The parsed page keeps only what the
 * index needs (the headings and the copy for the index, as HTML), not the tree: the index holds every
 * page between its two passes, and a tree is many times its HTML's size. The page is parsed once: the
 * copy is prepared here with a mark where its `keys` field goes, and each pass only puts the field in
 * (parsing every page again for each pass was a third of the after-build time of a 1,000-note vault).
 */
export function parsePage(html: string, kind: PageKind): ParsedPage {
  const tree: Root = fromHtml(html);
  // The sidebar lists every page of the site, so it grows with the book: a vault of 2,000 notes puts
  // 2,000 links on each page. It is outside the indexed body, so the copy for the index leaves it out.
  const sidebar = select('#starlight__sidebar', tree);
  if (sidebar) sidebar.children = [];
  const content = select('.sl-markdown-content', tree);
  const headings = content
    ? selectAll('h2[id], h3[id]', content).map((h) => ({
        id: String(h.properties.id),
        text: toString(h).trim(),
      }))
    : [];
  const body = select('main[data-pagefind-body]', tree) ?? select('body', tree);
  if (!body) {
    const slim = toHtml(tree);
    return { headings, forIndex: () => slim };
  }
  body.children.push(keysMark());
  if (content) tablesAsSentences(content);
  if (kind !== 'chapter' && content) content.properties.dataPagefindWeight = String(SUMMARY_WEIGHT);
  const [before, after] = splitAtMark(toHtml(tree), toHtml(keysMark()));
  return {
    headings,
    forIndex: (names, longWords) => `${before}${keysElement(names, longWords)}${after}`,
  };
}

/** Splits the serialised copy around its one keys mark. */
function splitAtMark(html: string, markHtml: string): [string, string] {
  const at = html.lastIndexOf(markHtml);
  if (at < 0) throw new Error('搜索索引：页面副本里找不到 keys 字段的位置');
  return [html.slice(0, at), html.slice(at + markHtml.length)];
}
