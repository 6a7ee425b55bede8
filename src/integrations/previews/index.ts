/**
 * Astro integration: after the build, writes each page's link-preview data to
 * `<out>/previews/<slug>.json` (the home page: `index.json`), read by the preview script on pages with
 * wiki links. Built from the pages' HTML at build time, so no page ships another page's text.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DOCS_DIR } from '../../plugins/wikilinks/load-index.ts';
import { readBookPages } from '../book-pages.ts';
import { extractPreview } from './extract.ts';

/** The preview file of a page path without the base (`/basics/x/` → `previews/basics/x.json`, `/` → `previews/index.json`). */
export function previewFile(path: string): string {
  const slug = path.replace(/^\/+|\/+$/g, '');
  return `previews/${slug === '' ? 'index' : slug}.json`;
}

/** The integration. */
export function bookPreviews(): AstroIntegration {
  let base = '/';
  return {
    name: 'book-previews',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let count = 0;
        for (const page of readBookPages(DEFAULT_DOCS_DIR, base)) {
          const html = join(out, page.html);
          if (!existsSync(html)) continue;
          const file = join(out, previewFile(page.path));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, JSON.stringify(extractPreview(readFileSync(html, 'utf8'))));
          count++;
        }
        logger.info(`链接预览：${count} 页`);
      },
    },
  };
}
