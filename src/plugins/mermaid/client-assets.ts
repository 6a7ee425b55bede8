/**
 * The official Mermaid, served from the site itself for the few diagrams the build-time renderer
 * cannot lay out (see src/components/MermaidClient.astro): its prebuilt ES module and lazily
 * loaded chunks, as a package's own files (src/lib/package-assets.ts), source maps left
 * out. Bundling Mermaid through Vite would cost every build about half a gigabyte of memory for
 * a script that only pages with such a diagram load.
 */
import type { AstroIntegration } from 'astro';
import { packageAssets } from '../../lib/package-assets.ts';

/** The URL folder Mermaid's browser build is served under, below the site's base. */
export const MERMAID_FOLDER = '_mermaid';
/** The entry module, relative to that folder. */
export const MERMAID_ENTRY = 'mermaid.esm.min.mjs';

/** Copies Mermaid's ES module build into the built site, and serves it in `astro dev`. */
export function mermaidClientAssets(): AstroIntegration {
  return packageAssets({
    name: 'book-mermaid-client',
    pkg: 'mermaid',
    from: 'dist/',
    folder: MERMAID_FOLDER,
    copy: [MERMAID_ENTRY, 'chunks/mermaid.esm.min'],
    keep: (file) => !file.endsWith('.map'),
  });
}
