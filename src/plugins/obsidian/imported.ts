import type { VFile } from 'vfile';
import type { ObsidianData } from '../../lib/page-schema.ts';

/**
 * The `obsidian` front-matter field of the page being compiled, when the importer made it from a note
 * (`obsidian.source` is set); undefined for the book's own pages.
 */
export function obsidianOf(file: VFile): ObsidianData | undefined {
  const data = file.data as { astro?: { frontmatter?: { obsidian?: ObsidianData } } };
  const value = data.astro?.frontmatter?.obsidian;
  return value && typeof value === 'object' && typeof value.source === 'string' ? value : undefined;
}
