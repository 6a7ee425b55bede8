/**
 * Astro integration: after the build, index the book for search (build.ts). It replaces Starlight's
 * own Pagefind step (`pagefind: false` in the Starlight options), because the book decides what the
 * index sees of each page: its names, its weight and its content without the navigation around it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DOCS_DIR } from '../../plugins/wikilinks/load-index.ts';
import { buildSearchIndex } from './build.ts';

/** The integration; list it after Starlight so the pages it reads are written. */
export function bookSearchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'book-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await buildSearchIndex({
          outDir: fileURLToPath(dir),
          docsDir: DEFAULT_DOCS_DIR,
          base,
          log: (message) => logger.info(message),
        });
      },
    },
  };
}
