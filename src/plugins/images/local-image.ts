/** Where a local image reference points: a file beside the page, or one under `public/`. */
export type LocalImage = { readonly kind: 'relative' | 'public'; readonly path: string };

/**
 * The file an image URL in a page refers to, or undefined for web, data and aliased URLs.
 * @example localImageOf('./images/fork%20a.png?v=2') // { kind: 'relative', path: './images/fork a.png' }
 * @example localImageOf('/diagrams/tlb.svg') // { kind: 'public', path: 'diagrams/tlb.svg' }
 */
export function localImageOf(url: string): LocalImage | undefined {
  const trimmed = url.trim();
  // ^[a-z][a-z\d+.-]*: a scheme (https:, data:); ^\/\/: protocol-relative; [#~@]: a fragment or an import alias.
  if (
    trimmed === '' ||
    /^[a-z][a-z\d+.-]*:/i.test(trimmed) ||
    trimmed.startsWith('//') ||
    /^[#~@]/.test(trimmed)
  ) {
    return undefined;
  }
  let path = trimmed.split(/[?#]/)[0]!;
  try {
    path = decodeURI(path);
  } catch {
    // not percent-encoded: keep the path as written
  }
  return path.startsWith('/')
    ? { kind: 'public', path: path.replace(/^\/+/, '') }
    : { kind: 'relative', path };
}
