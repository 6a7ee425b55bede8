/**
 * Bench (prints, asserts nothing about time): `npx node tests/plugins/wikilinks/bench-book.ts`
 * → the time to index the book's pages, and to compile every page with @mdx-js/mdx with and without the plugin.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import { VFile } from 'vfile';
import { splitFrontMatter } from '../../../src/plugins/wikilinks/front-matter.ts';
import { buildPageIndex } from '../../../src/plugins/wikilinks/page-index.ts';
import { DEFAULT_DOCS_DIR, listPageFiles } from '../../../src/plugins/wikilinks/load-index.ts';
import remarkWikilinks, { type WikilinkOptions } from '../../../src/plugins/wikilinks/remark-wikilinks.ts';

const files = listPageFiles(DEFAULT_DOCS_DIR);
const sources = files.map((file) => ({ file, source: readFileSync(join(DEFAULT_DOCS_DIR, file), 'utf8') }));
const t0 = performance.now();
const index = buildPageIndex(sources);
const t1 = performance.now();
console.log(`index ${files.length} pages: ${(t1 - t0).toFixed(1)} ms`);

async function compileAll(withPlugin: boolean): Promise<number> {
  const start = performance.now();
  for (const { file, source } of sources) {
    const vfile = new VFile({ value: splitFrontMatter(source).body, path: join(DEFAULT_DOCS_DIR, file) });
    const plugin: [typeof remarkWikilinks, WikilinkOptions] = [
      remarkWikilinks,
      { index, onUnresolved: 'warn', warn: () => undefined },
    ];
    await compile(vfile, { remarkPlugins: [remarkGfm, remarkSmartypants, ...(withPlugin ? [plugin] : [])] });
  }
  return performance.now() - start;
}

await compileAll(false); // warm up
for (let round = 1; round <= 3; round += 1) {
  const without = await compileAll(false);
  const withPlugin = await compileAll(true);
  console.log(
    `round ${round}: compile without plugin ${without.toFixed(0)} ms, with plugin ${withPlugin.toFixed(0)} ms`,
  );
}
