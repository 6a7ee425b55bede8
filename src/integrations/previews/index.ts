/**
 * After the build, writes each page's link-preview data to `<out>/previews/<slug>.json` (the home
 * page: `index.json`), read by the preview script on pages with wiki links. Built from the pages' HTML
 * at build time, so no page ships another page's text. Run by after-build.ts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BookPage } from '../book-pages.ts';
import { conceptNames, type Concept } from '../../lib/concepts-schema.ts';
import { extractPreview } from './extract.ts';

/** The preview file of a page path without the base (`/basics/x/` → `previews/basics/x.json`, `/` → `previews/index.json`). */
export function previewFile(path: string): string {
  const slug = path.replace(/^\/+|\/+$/g, '');
  return `previews/${slug === '' ? 'index' : slug}.json`;
}

/** Writes the previews of every built page, one page at a time; returns how many. */
export function writePreviews(options: {
  readonly outDir: string;
  /** The book's pages (readBookPages). */
  readonly pages: readonly BookPage[];
  /** The concept list: each page's preview carries the concepts it explains. */
  readonly concepts: readonly Concept[];
  readonly log: (message: string) => void;
}): number {
  let count = 0;
  for (const page of options.pages) {
    const concepts = options.concepts
      .filter((concept) => `/${concept.page}/` === page.path)
      .map((concept) => ({ names: conceptNames(concept), define: concept.define }));
    const html = join(options.outDir, page.html);
    if (!existsSync(html)) continue;
    const file = join(options.outDir, previewFile(page.path));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(extractPreview(readFileSync(html, 'utf8'), concepts)));
    count++;
  }
  options.log(`链接预览：${count} 页`);
  return count;
}
