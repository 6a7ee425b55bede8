import { toBasePath } from '../../lib/base.ts';
import { toUrlPath, type PageSlug } from '../../lib/paths.ts';
import type { PageIndex, PageRecord } from './page-index.ts';
import type { LinkContext } from './page-source.ts';
import { resolveLink } from './resolve.ts';

/** A page that links to another, with the sentence the link stands in. */
export interface Backlink {
  readonly from: PageRecord;
  readonly context: LinkContext;
}

const computed = new WeakMap<PageIndex, ReadonlyMap<string, readonly Backlink[]>>();

/**
 * For each page slug, the pages linking to it (one entry per linking page, the first sentence found),
 * in the order of the index. Links of a page to itself do not count. Computed once per index.
 */
export function collectBacklinks(index: PageIndex): ReadonlyMap<string, readonly Backlink[]> {
  const known = computed.get(index);
  if (known) return known;
  const result = new Map<string, Backlink[]>();
  const base = toBasePath('/');
  for (const page of index.pages) {
    const linked = new Set<string>();
    for (const link of page.links) {
      const resolution = resolveLink(index, link, { base, from: page.slug });
      const target = resolution.ok ? resolution.page : undefined;
      if (!target || target.slug === page.slug || linked.has(target.slug)) continue;
      linked.add(target.slug);
      const list = result.get(target.slug) ?? [];
      list.push({ from: page, context: link.context });
      result.set(target.slug, list);
    }
  }
  computed.set(index, result);
  return result;
}

/** The backlinks of one page (empty when nothing links to it). */
export function backlinksOf(index: PageIndex, slug: PageSlug | string): readonly Backlink[] {
  return collectBacklinks(index).get(slug) ?? [];
}

/** One row of the 「反向链接」 list, ready to render: link, title and the sentence split around the link. */
export interface BacklinkItem {
  readonly href: string;
  readonly title: string;
  readonly before: string;
  readonly text: string;
  readonly after: string;
}

/**
 * The backlink rows of the page stored in `file` (relative to the docs folder), or `undefined` when the
 * file is not one of the book's pages (Starlight's built-in 404): `backlinkItemsFor(index, 'a.mdx', '/book')`
 * → `[{ href: '/book/b/', title: '乙', before: '见 ', text: '甲', after: '。' }]`.
 */
export function backlinkItemsFor(index: PageIndex, file: string, base: string): BacklinkItem[] | undefined {
  const page = index.pages.find((candidate) => candidate.file === file);
  if (!page) return undefined;
  const basePath = toBasePath(base);
  return backlinksOf(index, page.slug).map(({ from, context }) => ({
    href: toUrlPath(basePath, from.slug),
    title: from.title,
    ...context,
  }));
}
