import { localUrlOf } from '../../markdown/urls.ts';

/** Where a local image reference points: a file beside the page, or one under `public/`. */
export type LocalImage = { readonly kind: 'relative' | 'public'; readonly path: string };

/**
 * The file an image URL in a page refers to, or undefined for web, data and aliased URLs
 * (the rules are the shared ones of src/markdown/urls.ts).
 * @example localImageOf('./images/fork%20a.png?v=2') // { kind: 'relative', path: 'images/fork a.png' }
 * @example localImageOf('/diagrams/tlb.svg') // { kind: 'public', path: 'diagrams/tlb.svg' }
 */
export function localImageOf(url: string): LocalImage | undefined {
  const local = localUrlOf(url);
  if (!local) return undefined;
  return { kind: local.kind === 'root' ? 'public' : 'relative', path: local.path };
}
