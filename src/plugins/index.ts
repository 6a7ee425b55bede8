import type { RemarkPlugins } from '@astrojs/markdown-remark';

/**
 * The book's remark plugins, in order, for `markdown.processor: unified({ remarkPlugins })`
 * in astro.config.mjs. Each plugin lives in its own folder under src/plugins/.
 */
export const bookRemarkPlugins: RemarkPlugins = [];
