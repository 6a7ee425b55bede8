/**
 * Page numbers for the printed book's contents, from Chromium's own PDF: Chromium cannot number
 * pages inside the document (no CSS `target-counter()`), but every internal link it prints becomes
 * a named destination (`/Dests` in the catalog: `/chapter-3 [12 0 R /XYZ …]`) on a page object
 * whose place in the page tree (`/Pages` → `/Kids`) is its page number. So the book is printed
 * once, the chapters' pages read back, written into the contents, and printed again.
 * Chromium (Skia) writes these objects uncompressed and without object streams.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** `N 0 obj … endobj` bodies by object number. */
function objects(pdf: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const match of pdf.matchAll(/(?:^|[\r\n])(\d+) 0 obj\b([\s\S]*?)endobj/g)) {
    found.set(Number(match[1]), match[2]!);
  }
  return found;
}

/** The object numbers in a `[1 0 R 2 0 R]` array's text. */
const refs = (text: string): number[] => [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

/**
 * The page (from 1) of every named destination in a PDF Chromium printed, e.g.
 * `{ 'chapter-1': 3, 'chapter-2': 7 }`. Throws when the PDF is not shaped as Chromium writes it.
 */
export function destinationPages(bytes: Uint8Array): Map<string, number> {
  const pdf = Buffer.from(bytes).toString('latin1');
  const all = objects(pdf);
  const catalog = [...all.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
  const pagesRef = catalog && /\/Pages\s+(\d+) 0 R/.exec(catalog)?.[1];
  const destsRef = catalog && /\/Dests\s+(\d+) 0 R/.exec(catalog)?.[1];
  if (!pagesRef) throw new Error('PDF 里找不到页面树（/Catalog → /Pages）');
  // Pages in reading order: a depth-first walk of the page tree.
  const order = new Map<number, number>();
  const walk = (id: number) => {
    const body = all.get(id) ?? '';
    if (/\/Type\s*\/Pages\b/.test(body)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body)?.[1] ?? '';
      for (const kid of refs(kids)) walk(kid);
    } else order.set(id, order.size + 1);
  };
  walk(Number(pagesRef));
  const pages = new Map<string, number>();
  if (!destsRef) return pages;
  const dests = all.get(Number(destsRef)) ?? '';
  for (const match of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+) 0 R/g)) {
    const name = match[1]!.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
    const page = order.get(Number(match[2]));
    if (page !== undefined) pages.set(name, page);
  }
  return pages;
}

/** Options of Chromium's PDF printing, as `page.pdf()` takes them. */
type PdfOptions = Parameters<Page['pdf']>[0];

/**
 * Prints `/print/` (open in `page`, print media on) with page numbers in its contents: prints,
 * reads each chapter's page, writes it after the chapter's entry (`.print-contents__page`), and
 * prints again until the numbers hold (they do the second time unless the numbers lengthen the
 * contents by a page). Returns the PDF and the numbers by chapter id.
 */
export async function printWithContentsPages(
  page: Page,
  options: PdfOptions,
): Promise<{ pdf: Buffer; pages: Map<string, number> }> {
  const { path, ...rest } = options ?? {};
  let pdf = await page.pdf(rest);
  for (let pass = 0; pass < 3; pass++) {
    const pages = destinationPages(pdf);
    const numbers = Object.fromEntries(pages);
    const changed = await page.evaluate((numbers) => {
      let changed = false;
      for (const link of document.querySelectorAll<HTMLAnchorElement>('.print-contents a[href^="#"]')) {
        const number = numbers[link.getAttribute('href')!.slice(1)];
        if (number === undefined) continue;
        let span = link.parentElement!.querySelector<HTMLElement>('.print-contents__page');
        if (!span) {
          span = document.createElement('span');
          span.className = 'print-contents__page';
          link.after(span);
        }
        if (span.textContent !== String(number)) {
          span.textContent = String(number);
          changed = true;
        }
      }
      return changed;
    }, numbers);
    if (!changed) {
      if (path) writeFileSync(path, pdf);
      return { pdf, pages };
    }
    pdf = await page.pdf(rest);
  }
  throw new Error('目录页码在三次打印后仍未稳定');
}
