import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { bookPageSchema } from './lib/page-schema';

/** The book's pages: Starlight's schema plus the book's own fields (tags, aliases). */
export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({ extend: bookPageSchema }),
  }),
};
