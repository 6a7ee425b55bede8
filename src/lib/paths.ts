import GithubSlugger, { slug as githubSlug } from 'github-slugger';
import type { BasePath } from './base.ts';

/**
 * Branded path types, one per kind of path (as Quartz does with FullSlug/SimpleSlug),
 * so a page slug can never be passed where a URL with the base is expected.
 * Pure string code without Node APIs: it runs in the build and in the browser.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** A page's slug as Astro's content loader derives it: `basics/process-and-thread`; the root page is `index`. */
export type PageSlug = Brand<string, 'PageSlug'>;
/** A site-absolute URL path including the base and a trailing slash: `/book/basics/process-and-thread/`. */
export type UrlPath = Brand<string, 'UrlPath'>;
/** A heading id as the site renders it (github-slugger): `进程与线程定义`. */
export type HeadingAnchor = Brand<string, 'HeadingAnchor'>;

/** True for a slug made of non-empty lower-case segments without leading/trailing slash, `.`, `#` or `?`. */
export function isPageSlug(value: string): value is PageSlug {
  if (value === '' || value.startsWith('/') || value.endsWith('/')) return false;
  return value
    .split('/')
    .every((segment) => segment !== '' && segment !== '.' && segment !== '..' && !/[#?\s]/.test(segment));
}

/** True for a site-absolute path that starts and ends with `/` and carries no query or fragment. */
export function isUrlPath(value: string): value is UrlPath {
  return value.startsWith('/') && value.endsWith('/') && !/[#?]/.test(value) && !value.includes('//');
}

/** True for a non-empty anchor that github-slugger could have produced (no spaces, no upper case, no `#`). */
export function isHeadingAnchor(value: string): value is HeadingAnchor {
  return value !== '' && !/[\s#A-Z]/.test(value);
}

/**
 * The slug Astro's glob loader gives a content file (each segment through github-slugger,
 * a trailing `/index` dropped): `basics/Process And Thread.mdx` → `basics/process-and-thread`.
 * @see node_modules/astro/dist/content/utils.js getContentEntryIdAndSlug
 */
export function toPageSlug(relativeFile: string): PageSlug {
  const withoutExt = relativeFile.replace(/\\/g, '/').replace(/\.(md|mdx)$/i, '');
  const slug = withoutExt
    .split('/')
    .map((segment) => githubSlug(segment))
    .join('/')
    .replace(/\/index$/, '');
  if (!isPageSlug(slug)) throw new Error(`无法从文件名得到页面 slug：${JSON.stringify(relativeFile)}`);
  return slug;
}

/** The heading id Astro's rehypeHeadingIds would give this heading text, as the first heading with that text. */
export function toHeadingAnchor(text: string): HeadingAnchor {
  return githubSlug(text) as HeadingAnchor;
}

/** A stateful slugger that, like the site's, numbers repeated headings (`a`, `a-1`, `a-2`). */
export function createHeadingSlugger(): (text: string) => HeadingAnchor {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(text) as HeadingAnchor;
}

/**
 * The URL of a page under the base, with Astro's `trailingSlash: 'always'`:
 * `toUrlPath('/book/', 'basics/x')` → `/book/basics/x/`; the `index` slug is the base itself.
 */
export function toUrlPath(base: BasePath, slug: PageSlug): UrlPath {
  return (slug === 'index' ? base : `${base}${slug}/`) as UrlPath;
}

/** A link href: the page URL plus an optional `#anchor`, unencoded like the ids Starlight's table of contents links to. */
export function toHref(url: UrlPath, anchor?: HeadingAnchor): string {
  return anchor ? `${url}#${anchor}` : url;
}
