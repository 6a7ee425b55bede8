/**
 * The steps that run on the built site, after Astro has written every page: the search index
 * (search-index/), the link previews (previews/) and the printed book (print-book/), in that order.
 *
 * They run inside `astro build` as one integration, or, when `BOOK_AFTER_BUILD=separate`, are left to a
 * second process (`scripts/after-build.ts`, run by `npm run build` through scripts/build.mjs). Astro's
 * process keeps the memory it used to render every page until it exits, so running these steps after it
 * has exited keeps the build's peak memory at the larger of the two, not their sum: for a vault of
 * 2,000 notes that is the difference between meeting the 2 GB budget and missing it (`npm run bench`).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { conceptsFor } from '../lib/concepts-schema.ts';
import { DEFAULT_DOCS_DIR } from '../plugins/wikilinks/load-index.ts';
import { readBookPages } from './book-pages.ts';
import { writePreviews } from './previews/index.ts';
import { writePrintBook } from './print-book/index.ts';
import { buildSearchIndex } from './search-index/build.ts';

/** Where the built site is and how to report. */
export interface AfterBuildOptions {
  /** The built site (Astro's `outDir`). */
  readonly outDir: string;
  /** The book's sources, `src/content/docs` (or `BOOK_CONTENT_DIR`). */
  readonly docsDir: string;
  /** The site's base path, `/` or `/book`. */
  readonly base: string;
  /** The site's public URL (`SITE_URL`), if known: the printed book names pages outside it by it. */
  readonly site?: string | undefined;
  /** Reports progress; `step` names the step (`search`, `previews`, `print`). */
  readonly log: (step: string, message: string) => void;
}

/** Whether `astro build` leaves the steps to a second process (`BOOK_AFTER_BUILD=separate`). */
export function afterBuildDeferred(env: Record<string, string | undefined>): boolean {
  return env.BOOK_AFTER_BUILD === 'separate';
}

/** Runs the three steps on a built site; throws, naming the step and page, on any problem. */
export async function afterBuild(options: AfterBuildOptions): Promise<void> {
  const { outDir, docsDir, base } = options;
  // The book's sources are read once (front matter of every page) and shared by the three steps.
  const pages = readBookPages(docsDir, base);
  const concepts = conceptsFor(docsDir);
  await buildSearchIndex({ outDir, pages, concepts, log: (message) => options.log('search', message) });
  writePreviews({ outDir, pages, concepts, log: (message) => options.log('previews', message) });
  writePrintBook({ outDir, pages, site: options.site, log: (message) => options.log('print', message) });
}

/** The integration; list it after Starlight so the pages it reads are written. */
export function bookAfterBuild(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'book-after-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (afterBuildDeferred(process.env)) {
          logger.info('搜索索引、链接预览和打印版留给第二步（scripts/after-build.ts）');
          return;
        }
        await afterBuild({
          outDir: fileURLToPath(dir),
          docsDir: DEFAULT_DOCS_DIR,
          base,
          site,
          log: (step, message) => logger.fork(`book-${step}`).info(message),
        });
      },
    },
  };
}
