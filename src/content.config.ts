import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { contentDir } from './lib/content-dir.mjs';
import { bookI18nSchema } from './lib/i18n-schema';
import { bookPageSchema } from './lib/page-schema';

const pagesDir = contentDir(process.env);

/** The book's pages (Starlight's schema plus the book's own fields) and its UI strings. */
export const collections = {
  docs: defineCollection({
    // Starlight's docsLoader() is this glob over src/content/docs; a test build reads its pages from another
    // folder (scripts/build-fixtures.mjs), a vault site from its own. `retainBody: false`: every page's source
    // text stays out of Astro's content store, which the build holds in memory and bundles into its server
    // code (a fifth of the store for a vault of 2,000 notes; nothing reads `entry.body`).
    // https://docs.astro.build/en/reference/content-loader-reference/#retainbody
    loader: glob({ base: pagesDir, pattern: '**/[^_]*.{md,mdx}', retainBody: false }),
    schema: docsSchema({ extend: bookPageSchema }),
  }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: bookI18nSchema }) }),
};
