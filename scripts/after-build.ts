/**
 * The second step of `npm run build` (scripts/build.mjs): the search index, the link previews and the
 * printed book, on the site `astro build` has written, in a process of their own (src/integrations/after-build.ts
 * says why). Reads the same environment as the build: OUT_DIR (default dist), BASE_PATH, BOOK_CONTENT_DIR.
 *
 *   node scripts/after-build.ts
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterBuild } from '../src/integrations/after-build.ts';
import { siteOptions } from '../src/lib/site-options.mjs';
import { DEFAULT_DOCS_DIR } from '../src/plugins/wikilinks/load-index.ts';

const outDir = resolve(process.env.OUT_DIR || 'dist');
if (!existsSync(resolve(outDir, 'index.html'))) {
  console.error(`after-build：${outDir} 里没有构建好的站点（index.html）；先运行 astro build`);
  process.exit(1);
}
const started = performance.now();
const time = () => new Date().toTimeString().slice(0, 8);
try {
  await afterBuild({
    outDir,
    docsDir: DEFAULT_DOCS_DIR,
    base: siteOptions(process.env).base,
    site: siteOptions(process.env).site,
    log: (step, message) => console.log(`${time()} [book-${step}] ${message}`),
  });
} catch (error) {
  console.error(`after-build：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`${time()} [book-after-build] 完成，用时 ${((performance.now() - started) / 1000).toFixed(1)} s`);
