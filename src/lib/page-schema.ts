import { z } from 'astro/zod';
import { LINE_MAP } from '../markdown/line-map.ts';

/**
 * What the importer (src/importer) records about a page made from an Obsidian note: its vault
 * path, its `cssclasses`, every other note property (shown, never interpreted) and whether a
 * Mermaid diagram must be drawn in the browser. Its presence marks a page as an imported note.
 */
export const obsidianSchema = z.object({
  source: z.string(),
  cssclasses: z.array(z.string()).optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
  mermaid: z.literal('client').optional(),
  /** Which line of the note each line of the page came from (src/markdown/line-map.ts). */
  lines: z.string().regex(LINE_MAP).optional(),
});

/** The `obsidian` front-matter field of an imported page. */
export type ObsidianData = z.infer<typeof obsidianSchema>;

/** Front-matter fields every page of the book carries beyond Starlight's own. */
export const bookPageSchema = z.object({
  /** Topic tags, used for search and the glossary. Default: []. */
  tags: z.array(z.string().min(1)).default([]),
  /** Other names a wiki link or a search may use for this page (English terms, abbreviations). Default: []. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Other names for headings of this page, as `{ alias: 'heading text' }`, for old links such as `Linux.md#pipline`. Default: {}. */
  headingAliases: z.record(z.string(), z.string()).default({}),
  /** Set by the importer on pages made from Obsidian notes (see obsidianSchema above). */
  obsidian: obsidianSchema.optional(),
  /**
   * What the page is to search: a `chapter` explains concepts; a `summary` (exercises, corrections, the
   * figure gallery, the home page) mentions them all and ranks below the chapter that explains each; a
   * `glossary` is a summary whose table rows give each term the chapter it links to. Default: 'chapter'.
   */
  pageKind: z.enum(['chapter', 'summary', 'glossary']).default('chapter'),
  /** Whether the page is part of the printed book (`/print/`); the figure gallery, made for the screen, is not. Default: true. */
  print: z.boolean().default(true),
});
