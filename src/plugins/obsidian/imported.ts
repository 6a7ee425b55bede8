import { readFileSync } from 'node:fs';
import type { VFile } from 'vfile';
import { splitFrontMatter } from '../../markdown/front-matter.ts';
import { noteLineOf } from '../../markdown/line-map.ts';
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

/**
 * For a warning at `line` of an imported page (the page file's own line, src/plugins/source-lines):
 * ` (note "Style guide.md", line 25)`, the place to fix it in the vault; empty for the book's pages,
 * and for lines the importer added.
 */
export function noteSuffix(file: VFile, line: number): string {
  const obsidian = obsidianOf(file);
  if (!obsidian?.lines || !file.path) return '';
  const data = file.data as { pageBodyLine?: number };
  if (data.pageBodyLine === undefined) {
    try {
      data.pageBodyLine = splitFrontMatter(readFileSync(file.path, 'utf8')).bodyLineOffset;
    } catch {
      return '';
    }
  }
  const noteLine = noteLineOf(obsidian.lines, line - data.pageBodyLine);
  return noteLine === undefined ? '' : ` (note ${JSON.stringify(obsidian.source)}, line ${noteLine})`;
}
