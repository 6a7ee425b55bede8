import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkCheckImages from './images/remark-check-images.ts';
import remarkFigureEmbed from './figures/remark-figure-embed.ts';
import remarkCjkQuotes from './typography/remark-cjk-quotes.ts';
import remarkMath from 'remark-math';
import remarkMermaid from './mermaid/remark-mermaid.ts';
import remarkObsidian from './obsidian/remark-obsidian.ts';
import remarkSourceLines from './source-lines/remark-source-lines.ts';
import remarkWikilinks from './wikilinks/remark-wikilinks.ts';
import rehypeSafeUrls from './safety/rehype-safe-urls.ts';
import rehypeSanitizeRaw from './safety/rehype-sanitize-raw.ts';

/**
 * The book's remark plugins, in order, for `markdown.processor: unified({ remarkPlugins })`
 * in astro.config.mjs. Each plugin lives in its own folder under src/plugins/.
 */
export const bookRemarkPlugins: RemarkPlugins = [
  // The page file's own line numbers on every node (Astro gives a .md page's body only); first, so every
  // warning below names the line an editor opens.
  remarkSourceLines,
  // ```mermaid → inline themed SVG; first, before any code highlighter sees the block.
  remarkMermaid,
  // $…$ and $$…$$ → math nodes (rehype-katex in astro.config.mjs draws them at build time).
  remarkMath,
  // Obsidian callouts, embeds, highlights, block ids, sizes, tags: on imported notes only.
  remarkObsidian,
  // ```figure tlb-flush step=3``` (and, in a note, a link alone to /embed/<id>/?…) → the figure's embed page.
  remarkFigureEmbed,
  // [[页面#标题|文字]] and note links → page URLs; astro.config.mjs sets its base (withWikilinkOptions).
  [remarkWikilinks, { onUnresolved: 'error' }],
  // Straight quotes in Chinese prose → paired “”, since SmartyPants (turned off) closes both.
  remarkCjkQuotes,
  // A local image whose file is missing fails the build with file:line.
  remarkCheckImages,
];

/**
 * The book's rehype plugins, in order, for `unified({ rehypePlugins })`; @astrojs/mdx inherits the
 * processor, so they run for `.md` and `.mdx` pages. Starlight's and Expressive Code's own rehype
 * plugins are appended after these by their integrations.
 */
export const bookRehypePlugins: RehypePlugins = [
  // Raw HTML in a page → allow-listed elements and attributes; must come first (see the plugin).
  rehypeSanitizeRaw,
  // Every link and image URL → http, https, mailto or relative; after the sanitizer so it sees raw HTML too.
  rehypeSafeUrls,
];
