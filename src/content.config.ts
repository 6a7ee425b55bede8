import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { BOOK_CONTENT_DIR, contentDir } from './lib/content-dir.mjs';
import { bookI18nSchema } from './lib/i18n-schema';
import { bookPageSchema } from './lib/page-schema';

const pagesDir = contentDir(process.env);

/** The book's pages (Starlight's schema plus the book's own fields) and its UI strings. */
export const collections = {
  docs: defineCollection({
    // A test build reads its pages from another folder (scripts/build-fixtures.mjs), with the same pattern.
    loader:
      pagesDir === BOOK_CONTENT_DIR ? docsLoader() : glob({ base: pagesDir, pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema({ extend: bookPageSchema }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: bookI18nSchema }) }),
};
