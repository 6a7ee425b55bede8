/**
 * Drives the search box of a page in Chromium as a reader does (opens it with `/`, types a query) and
 * returns the result pages in the order shown, with the worker's own answer time. Shared by the search
 * tests (tests/browser/search-*.test.ts) and `npm run perf`.
 */
import type { Page } from 'playwright-core';

/** One answered query: the result pages' paths (below the base), the note shown, and timings. */
export interface QueryAnswer {
  readonly query: string;
  /** Paths of the result pages in order, without the base or the query string: `basics/linux-threads/`. */
  readonly pages: readonly string[];
  readonly total: number;
  readonly corrected: string | undefined;
  /** Time in the worker from request to answer (ms). */
  readonly workerMs: number;
  /** Time in the page from sending the query (after the typing pause) to the results being drawn (ms). */
  readonly answeredMs: number;
  /** Time from the input event to the results being drawn, including the box's typing pause (ms). */
  readonly pageMs: number;
}

/** Opens the search dialog with the `/` key and waits until it is ready for typing. */
export async function openSearch(page: Page): Promise<void> {
  await page
    .locator('main')
    .first()
    .click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('/');
  await page.locator('book-search dialog[open] input').waitFor();
}

/** Types `query` into the open dialog and reads the answer from the page. */
export async function runQuery(page: Page, query: string, base: string): Promise<QueryAnswer> {
  return page.evaluate(
    ({ query, base }) =>
      new Promise<QueryAnswer>((resolve, reject) => {
        const root = document.querySelector('book-search')!;
        const input = root.querySelector('input')!;
        const started = performance.now();
        const timeout = setTimeout(() => reject(new Error(`搜索「${query}」10 秒内没有结果`)), 10_000);
        root.addEventListener('book-search-results', function onResults(event) {
          const detail = (event as CustomEvent).detail as {
            query: string;
            total: number;
            corrected?: string;
            ms: number;
            answeredMs: number;
          };
          if (detail.query !== query) return;
          root.removeEventListener('book-search-results', onResults);
          clearTimeout(timeout);
          // The event comes after the list is drawn: read the pages as a reader sees them.
          const pages = [...root.querySelectorAll<HTMLAnchorElement>('.book-search-page')].map((a) =>
            new URL(a.href).pathname.slice(base.length),
          );
          resolve({
            query,
            pages,
            total: detail.total,
            corrected: detail.corrected,
            workerMs: detail.ms,
            answeredMs: detail.answeredMs,
            pageMs: performance.now() - started,
          });
        });
        input.value = query;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { query, base },
  );
}

/** Resolves when the box has drawn the answer to `query`; call before typing it. */
export function answerTo(page: Page, query: string): Promise<void> {
  return page.evaluate(
    (query) =>
      new Promise<void>((resolve) => {
        const root = document.querySelector('book-search')!;
        root.addEventListener('book-search-results', function onResults(event) {
          if ((event as CustomEvent<{ query: string }>).detail.query !== query) return;
          root.removeEventListener('book-search-results', onResults);
          resolve();
        });
      }),
    query,
  );
}
