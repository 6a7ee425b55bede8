import { slug } from 'github-slugger';
import { withBase } from './base.ts';

/**
 * Tags from the `tags` front-matter field (written by hand, or by the importer from Obsidian's
 * `#tags`). A tag's page lives at `/tags/<slug>/`; an Obsidian nested tag `os/进程` keeps its levels
 * (`/tags/os/进程/`). Tags that differ only in case or punctuation share one page.
 */

/** The URL segment(s) of a tag: each `/`-separated level through github-slugger. `tagSlug('System V')` → `system-v`. */
export function tagSlug(tag: string): string {
  return tag
    .split('/')
    .map((level) => slug(level.trim()))
    .filter((level) => level !== '')
    .join('/');
}

/** The site-absolute URL of a tag's page under `base`: `tagUrl('os/进程', '/book')` → `/book/tags/os/进程/`. */
export function tagUrl(tag: string, base: string): string {
  return withBase(`tags/${tagSlug(tag)}/`, base);
}

/** One tag and the ids of the pages that carry it. */
export interface TagGroup {
  /** The tag as first written. */
  readonly tag: string;
  readonly slug: string;
  readonly ids: readonly string[];
}

/** Groups pages by tag slug; sorted by number of pages (most first), then by tag. */
export function groupTags(pages: readonly { id: string; tags: readonly string[] }[]): TagGroup[] {
  const groups = new Map<string, { tag: string; slug: string; ids: string[] }>();
  for (const page of pages) {
    for (const tag of page.tags) {
      const key = tagSlug(tag);
      if (key === '') continue;
      const group = groups.get(key) ?? { tag, slug: key, ids: [] };
      if (!group.ids.includes(page.id)) group.ids.push(page.id);
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort(
    (a, b) => b.ids.length - a.ids.length || a.tag.localeCompare(b.tag, 'zh-CN'),
  );
}
