/**
 * After the build, fills `/print/` with the whole book (assemble.ts), from the built pages marked
 * `print` (the default), in the order of the built sidebar. Run by after-build.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BookPage } from '../book-pages.ts';
import { assemblePrintBook, sidebarOrder } from './assemble.ts';

/** Writes the printed book into `<out>/print/index.html`; returns the number of chapters. */
export function writePrintBook(options: {
  readonly outDir: string;
  /** The book's pages (readBookPages). */
  readonly pages: readonly BookPage[];
  /** The site's public URL, if known (see transformChapter). */
  readonly site?: string | undefined;
  readonly log: (message: string) => void;
}): number {
  const out = options.outDir;
  const printFile = join(out, 'print', 'index.html');
  if (!existsSync(printFile)) throw new Error('打印版：没有构建出 print/index.html（src/pages/print.astro）');
  const pages = options.pages.filter((page) => existsSync(join(out, page.html)));
  // The chapter order comes from the first page that has the sidebar; pages are read one at a time.
  let order: ReturnType<typeof sidebarOrder> | undefined;
  for (const page of pages) {
    const html = readFileSync(join(out, page.html), 'utf8');
    if (html.includes('id="starlight__sidebar"')) {
      order = sidebarOrder(html);
      break;
    }
  }
  if (!order) throw new Error('打印版：没有一页带侧边栏，无法确定章节顺序');
  const sources = pages
    .filter((page) => page.print)
    .map((page) => ({
      url: page.url,
      file: page.file,
      read: () => readFileSync(join(out, page.html), 'utf8'),
    }));
  writeFileSync(printFile, assemblePrintBook(readFileSync(printFile, 'utf8'), sources, order, options.site));
  options.log(`打印版：${sources.length} 章`);
  return sources.length;
}
