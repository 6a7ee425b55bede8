/**
 * The book's reading order is its sidebar (astro.config.mjs): parts in order, pages in each part by
 * `sidebar.order`. Pages that list or print the book (the print page, the tags pages) take that order
 * from the sidebar Starlight computed for the current route, so there is one source of truth.
 */
import { toBasePath } from './base.ts';
import { toUrlPath, type PageSlug } from './paths.ts';

/** The part of Starlight's sidebar entries this module reads. */
export type SidebarItem =
  | { readonly type: 'link'; readonly href: string; readonly label: string }
  | { readonly type: 'group'; readonly label: string; readonly entries: readonly SidebarItem[] };

/** One page in reading order, with the label of the part it belongs to. */
export interface OrderedLink {
  readonly href: string;
  readonly label: string;
  readonly part: string | undefined;
}

/** The sidebar's links in order, each with its top-level group's label. */
export function flattenSidebar(items: readonly SidebarItem[], part?: string): OrderedLink[] {
  return items.flatMap((item) =>
    item.type === 'link'
      ? [{ href: item.href, label: item.label, part }]
      : flattenSidebar(item.entries, part ?? item.label),
  );
}

/** A docs entry's URL under `base`: `basics/x` → `/book/basics/x/`, `index` → `/book/` (an entry's id is its page slug). */
export function entryHref(id: string, base: string): string {
  return toUrlPath(toBasePath(base), id as PageSlug);
}

/**
 * Sorts `entries` by the position of their URL in `order`; entries missing from the sidebar go last,
 * by id, so nothing is silently dropped.
 */
export function sortByBookOrder<T extends { id: string }>(
  entries: readonly T[],
  order: readonly OrderedLink[],
  base: string,
): T[] {
  const position = new Map(order.map((link, i) => [decodeURI(link.href), i]));
  const at = (entry: T) => position.get(decodeURI(entryHref(entry.id, base))) ?? Number.MAX_SAFE_INTEGER;
  return [...entries].sort((a, b) => at(a) - at(b) || a.id.localeCompare(b.id));
}
