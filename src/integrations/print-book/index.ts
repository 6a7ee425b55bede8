/**
 * Astro integration: after the build, fills `/print/` with the whole book (assemble.ts), from the
 * built pages marked `print` (the default), in the order of the built sidebar.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DOCS_DIR } from '../../plugins/wikilinks/load-index.ts';
import { readBookPages } from '../book-pages.ts';
import { assemblePrintBook, sidebarOrder } from './assemble.ts';

/** The integration. */
export function bookPrint(): AstroIntegration {
  let base = '/';
  return {
    name: 'book-print',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const printFile = join(out, 'print', 'index.html');
        if (!existsSync(printFile))
          throw new Error('打印版：没有构建出 print/index.html（src/pages/print.astro）');
        const pages = readBookPages(DEFAULT_DOCS_DIR, base).filter((page) =>
          existsSync(join(out, page.html)),
        );
        const withSidebar = pages
          .map((page) => readFileSync(join(out, page.html), 'utf8'))
          .find((html) => html.includes('id="starlight__sidebar"'));
        if (!withSidebar) throw new Error('打印版：没有一页带侧边栏，无法确定章节顺序');
        const sources = pages
          .filter((page) => page.print)
          .map((page) => ({
            url: page.url,
            file: page.file,
            html: readFileSync(join(out, page.html), 'utf8'),
          }));
        writeFileSync(
          printFile,
          assemblePrintBook(readFileSync(printFile, 'utf8'), sources, sidebarOrder(withSidebar)),
        );
        logger.info(`打印版：${sources.length} 章`);
      },
    },
  };
}
