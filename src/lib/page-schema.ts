import { z } from 'astro/zod';

/** Front-matter fields every page of the book carries beyond Starlight's own. */
export const bookPageSchema = z.object({
  /** Topic tags, used for search and the glossary. Default: []. */
  tags: z.array(z.string().min(1)).default([]),
  /** Other names a wiki link or a search may use for this page (English terms, abbreviations). Default: []. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Other names for headings of this page, as `{ alias: 'heading text' }`, for old links such as `Linux.md#pipline`. Default: {}. */
  headingAliases: z.record(z.string(), z.string()).default({}),
});
