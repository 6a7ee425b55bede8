/**
 * KaTeX's stylesheet and fonts, served from the site itself and linked only from pages that
 * contain math (route-middleware.ts), as a package's own files (src/lib/package-assets.ts)
 * rather than bundled: bundling its 60 font files into the site's shared stylesheet cost every
 * build about 300 MB of memory and every page a stylesheet it rarely needs. Only the WOFF2 fonts
 * are copied: every browser the site supports takes the first `src` of KaTeX's `@font-face`
 * rules, which is WOFF2.
 */
import type { AstroIntegration } from 'astro';
import { packageAssets } from '../../lib/package-assets.ts';

/** The URL folder KaTeX's files are served under, below the site's base. */
export const KATEX_FOLDER = '_katex';
/** The stylesheet, relative to that folder. */
export const KATEX_CSS = 'katex.min.css';

/** Copies KaTeX's CSS and WOFF2 fonts into the built site, and serves them in `astro dev`. */
export function katexAssets(): AstroIntegration {
  return packageAssets({
    name: 'book-katex-assets',
    pkg: 'katex',
    from: 'dist/',
    folder: KATEX_FOLDER,
    copy: [KATEX_CSS, 'fonts'],
    keep: (file) => !/\.(woff|ttf)$/.test(file),
  });
}
