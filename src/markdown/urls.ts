/**
 * The one set of local-URL rules: which link or image destinations name a file of the site or the
 * vault (and so are resolved, checked and copied) and which are left to the browser.
 */

/** `https:`, `mailto:`, `data:`, `javascript:`…: a destination with a scheme is never a local file. */
export const URL_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** A destination split into its path (percent-decoded) and its `#fragment`/`?query` part. */
export interface LocalUrl {
  /** `relative` to the page or note, or `root` (`/…`: the site's public folder, or the vault root). */
  readonly kind: 'relative' | 'root';
  /** The path without `./`, decoded (`a%20b.png` → `a b.png`), without query or fragment. */
  readonly path: string;
  /** The fragment after `#`, decoded, if any. */
  readonly fragment: string | undefined;
}

/** Decodes `%E7%BA%BF` escapes, keeping the text as written when it is not valid percent-encoding. */
export function decodeUrlPart(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The local file a destination names, or undefined for web, mail, data, protocol-relative and
 * in-page (`#x`) URLs and for import aliases (`~/…`, `@/…`).
 * @example localUrlOf('./images/fork%20a.png?v=2#x') // { kind: 'relative', path: 'images/fork a.png', fragment: 'x' }
 * @example localUrlOf('/diagrams/tlb.svg') // { kind: 'root', path: 'diagrams/tlb.svg', fragment: undefined }
 */
export function localUrlOf(url: string): LocalUrl | undefined {
  const trimmed = url.trim().replace(/^<(.*)>$/, '$1');
  if (trimmed === '' || URL_SCHEME.test(trimmed) || trimmed.startsWith('//') || /^[#~@]/.test(trimmed)) {
    return undefined;
  }
  const hash = trimmed.indexOf('#');
  const fragment = hash < 0 ? undefined : decodeUrlPart(trimmed.slice(hash + 1));
  const path = decodeUrlPart((hash < 0 ? trimmed : trimmed.slice(0, hash)).split('?')[0]!);
  if (path.startsWith('/')) return { kind: 'root', path: path.replace(/^\/+/, ''), fragment };
  return { kind: 'relative', path: path.replace(/^(\.\/)+/, ''), fragment };
}

/** Whether a path names a Markdown page or note (`.md`, `.mdx`). */
export function isNotePath(path: string): boolean {
  return /\.mdx?$/i.test(path);
}
