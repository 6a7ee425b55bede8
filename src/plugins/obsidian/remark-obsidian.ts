/**
 * Remark plugin for pages the importer made from Obsidian notes (front matter `obsidian:` set):
 * callouts, embeds, highlights, block ids, picture sizes, inline tags and the note's properties.
 * Pages written for the book are left alone: these syntaxes are Obsidian's, not the book's.
 * Everything here builds mdast nodes; no note text is ever evaluated or emitted as raw HTML.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ObsidianData } from '../../lib/page-schema.ts';
import { transformCallouts } from './callouts.ts';
import { transformBlockIds, transformHighlights, transformImageSizes, transformTags } from './marks.ts';
import { insertProperties } from './properties.ts';

/** The `obsidian` front-matter field of the page being compiled, if it is an imported note. */
function obsidianOf(file: VFile): ObsidianData | undefined {
  const data = file.data as { astro?: { frontmatter?: { obsidian?: ObsidianData } } };
  const value = data.astro?.frontmatter?.obsidian;
  return value && typeof value === 'object' && typeof value.source === 'string' ? value : undefined;
}

/** The plugin (no options). */
export default function remarkObsidian() {
  return (tree: Root, file: VFile): void => {
    const obsidian = obsidianOf(file);
    if (!obsidian) return;
    transformBlockIds(tree);
    transformCallouts(tree);
    transformImageSizes(tree);
    transformHighlights(tree);
    transformTags(tree);
    insertProperties(tree, obsidian.properties);
  };
}
