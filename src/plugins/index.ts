import type { RemarkPlugins } from '@astrojs/markdown-remark';
import remarkWikilinks from './wikilinks/remark-wikilinks.ts';

/**
 * The book's remark plugins, in order, for `markdown.processor: unified({ remarkPlugins })`
 * in astro.config.mjs. Each plugin lives in its own folder under src/plugins/.
 */
export const bookRemarkPlugins: RemarkPlugins = [
  // [[页面#标题|文字]] and note links → page URLs; astro.config.mjs sets its base (withWikilinkOptions).
  [remarkWikilinks, { onUnresolved: 'error' }],
];
