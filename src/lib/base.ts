/**
 * The site's base path, in one place (as Starlight's `utils/base.ts`): its normal form, and the
 * URLs under it. Every page, island, plugin and script that needs the base takes it from here.
 * Pure string code (no Node APIs, no dependencies), so islands and the browser scripts can use it.
 * @see https://github.com/withastro/starlight/blob/main/packages/starlight/utils/base.ts
 */

declare const basePathBrand: unique symbol;

/**
 * A base path in normal form: `/`, or `/book/` — a leading and a trailing slash, as Astro's
 * `import.meta.env.BASE_URL` reads with `trailingSlash: 'always'`, so `${base}favicon.svg` is a URL.
 */
export type BasePath = string & { readonly [basePathBrand]: true };

/** True for a base path in normal form: `/`, `/book/` or `/a/b/`. */
export function isBasePath(value: string): value is BasePath {
  return value === '/' || /^(\/[^/?#\s]+)+\/$/.test(value);
}

/**
 * Normalises a base such as `book`, `/book`, `/book/` or `` to `/book/` or `/`; throws on a base
 * that cannot be part of a URL path (a space, `?` or `#`).
 *
 * `toBasePath('/book')` → `'/book/'`; `toBasePath('')` → `'/'`.
 */
export function toBasePath(base: string): BasePath {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  const result = trimmed === '' ? '/' : `/${trimmed}/`;
  if (!isBasePath(result)) throw new Error(`不是合法的 base 路径：${JSON.stringify(base)}`);
  return result;
}

/** The base this bundle was built for (`import.meta.env.BASE_URL`), in normal form. */
export function siteBase(): BasePath {
  return toBasePath(import.meta.env.BASE_URL ?? '/');
}

/**
 * A site-absolute URL of `path` under `base` (the site's, if left out).
 *
 * `withBase('favicon.svg', '/book')` → `'/book/favicon.svg'`; `withBase('', '/')` → `'/'`.
 */
export function withBase(path: string, base: string = siteBase()): string {
  return `${toBasePath(base)}${path.replace(/^\/+/, '')}`;
}
