/**
 * Remark plugin for pages the importer made from Obsidian notes (front matter `obsidian:` set):
 * callouts, embeds, highlights, block ids, picture sizes, inline tags and the note's properties.
 * Pages written for the book are left alone: these syntaxes are Obsidian's, not the book's.
 * Everything here builds mdast nodes; no note text is ever evaluated or emitted as raw HTML.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { transformCallouts } from './callouts.ts';
import { transformBlockIds, transformHighlights, transformImageSizes, transformTags } from './marks.ts';
import { buildWords } from '../../lib/vault-site.mjs';
import { obsidianOf } from './imported.ts';
import { insertProperties } from './properties.ts';
import { transformWebEmbeds } from './web-embeds.ts';
import { transformMediaEmbeds } from './media-embeds.ts';
import { siteOptions } from '../../lib/site-options.mjs';
import { contentDir } from '../../lib/content-dir.mjs';

/** The plugin (no options). */
export default function remarkObsidian() {
  // The properties table's headings, in the site's language (a vault published as an English site).
  const words = buildWords(process.env);
  const media = { base: siteOptions(process.env).base, contentDir: contentDir(process.env) };
  return (tree: Root, file: VFile): void => {
    const obsidian = obsidianOf(file);
    if (!obsidian) return;
    transformBlockIds(tree);
    transformCallouts(tree);
    transformWebEmbeds(tree);
    transformMediaEmbeds(tree, file, media);
    transformImageSizes(tree);
    transformHighlights(tree);
    transformTags(tree);
    insertProperties(tree, obsidian.properties, words);
  };
}
