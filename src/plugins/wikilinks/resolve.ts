import type { BasePath } from '../../lib/base.ts';
import { toHeadingAnchor, toHref, toUrlPath, type HeadingAnchor, type PageSlug } from '../../lib/paths.ts';
import { lookupName, normalizeName, type PageIndex, type PageLookup, type PageRecord } from './page-index.ts';
import type { HeadingRecord } from './page-source.ts';
import { blockIdOf, type LinkTarget } from '../../markdown/links.ts';

/** Where a link is resolved from: the site's base, the current page, and its headings as rendered now. */
export interface ResolveContext {
  readonly base: BasePath;
  /** The page holding the link, when it is one of the book's pages. */
  readonly from?: PageSlug | undefined;
  /** Headings of the page holding the link (for `[[#标题]]`); defaults to the indexed ones. */
  readonly currentHeadings?: readonly HeadingRecord[] | undefined;
}

/** A link's outcome: the final href, or the sentence saying why it has none. */
export type Resolution =
  | {
      readonly ok: true;
      readonly href: string;
      readonly page: PageRecord | undefined;
      readonly anchor?: HeadingAnchor;
    }
  | { readonly ok: false; readonly reason: string };

/** Joins `../a/b` onto the folder of `from`: `joinRelative('design/x', '../basics/y')` → `basics/y`. */
function joinRelative(from: PageSlug | undefined, path: string): string {
  const folder = from && from !== 'index' ? from.split('/').slice(0, -1) : [];
  const parts = [...folder];
  for (const segment of path.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** Finds a page by name or path: relative to the current folder, then from the root, then by its last part. */
function findPage(index: PageIndex, name: string, from: PageSlug | undefined): PageLookup {
  if (!name.includes('/')) return lookupName(index, name);
  const candidates = [
    joinRelative(from, name),
    name.replace(/^(\.{1,2}\/)+/, ''),
    name.split('/').at(-1) ?? name,
  ];
  let last: PageLookup = { kind: 'missing' };
  for (const candidate of candidates) {
    last = lookupName(index, candidate);
    if (last.kind !== 'missing') return last;
  }
  return last;
}

/**
 * Finds a heading by its alias (front matter `headingAliases`), its id, its text, or the id its text
 * would get; the first heading that fits wins, as the first of several equal ids does in a browser.
 */
export function findHeading(
  headings: readonly HeadingRecord[],
  aliases: Readonly<Record<string, string>>,
  wanted: string,
): HeadingRecord | undefined {
  const key = normalizeName(wanted);
  const aliasEntry = Object.entries(aliases).find(([alias]) => normalizeName(alias) === key);
  const name = aliasEntry ? normalizeName(aliasEntry[1]) : key;
  const exact = headings.find((heading) => heading.anchor === name || normalizeName(heading.text) === name);
  if (exact) return exact;
  const slugs = new Set([toHeadingAnchor(name), toHeadingAnchor(wanted.normalize('NFKC'))]);
  return headings.find((heading) => slugs.has(heading.anchor));
}

/** Resolves a link target to `BASE/slug/#anchor`, or says in one sentence why it cannot. */
export function resolveLink(index: PageIndex, target: LinkTarget, context: ResolveContext): Resolution {
  const { base, from } = context;
  let page: PageRecord | undefined;
  if (target.page === '') {
    page = from ? index.bySlug.get(from) : undefined;
    if (!page && !context.currentHeadings) return { ok: false, reason: '本页链接无法在页面之外解析' };
  } else {
    const found = findPage(index, target.page, from);
    if (found.kind === 'missing') return { ok: false, reason: `页面「${target.page}」不存在` };
    if (found.kind === 'ambiguous') {
      const files = found.pages.map((candidate) => candidate.file).join('、');
      return {
        ok: false,
        reason: `「${target.page}」同时对应多个页面（${files}），请用路径区分，如 [[${found.pages[0]?.slug}]]`,
      };
    }
    page = found.page;
  }
  const slug = page?.slug ?? from;
  const url = slug ? toUrlPath(base, slug) : undefined;
  if (target.heading === undefined) {
    return url ? { ok: true, href: url, page } : { ok: false, reason: '本页链接缺少标题' };
  }
  const where = page ? `页面「${page.title}」（${page.file}）` : '本页';
  const block = blockIdOf(target.heading);
  if (block !== undefined) {
    // A block id becomes the element id `^id` (src/plugins/obsidian), so `#^id` reaches it.
    if (page && !page.blocks.includes(block)) return { ok: false, reason: `${where}没有块「^${block}」` };
    const anchor = `^${block}` as HeadingAnchor;
    return { ok: true, href: url ? toHref(url, anchor) : `#${anchor}`, page, anchor };
  }
  const isCurrent = target.page === '' || (page !== undefined && page.slug === from);
  const headings = (isCurrent ? context.currentHeadings : undefined) ?? page?.headings ?? [];
  const heading = findHeading(headings, page?.headingAliases ?? {}, target.heading);
  if (!heading) return { ok: false, reason: `${where}没有标题「${target.heading}」` };
  const href = url ? toHref(url, heading.anchor) : `#${heading.anchor}`;
  return { ok: true, href, page, anchor: heading.anchor };
}
