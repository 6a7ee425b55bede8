/**
 * Search part of `npm run perf`, in Chromium against the built site served with gzip as a static host
 * would: how long a reader waits, from the keystroke to the results being drawn (the box's 40 ms
 * typing pause included), for the first query typed as soon as the box opens and then for every
 * query of both quality sets (dev and, when present, test), and how many bytes a typical query makes
 * the reader download on a fresh visit (the Pagefind index files and the lexicon; the search code is
 * counted apart).
 */
import { launchBrowser } from '../lib/browser.ts';
import { openSearch, runQuery } from '../lib/search-box.ts';
import { loadTestSet, SEARCH_CASES } from '../lib/search-queries.ts';

/** Targets, keystroke to drawn results: p90 over the query sets, the first query; index bytes for a typical query. */
export const SEARCH_TARGETS = { p90Ms: 150, firstMs: 300, typicalIndexKiB: 300 };

/** Every query of the dev set and, when it is in the tree, the frozen test set (only timed here). */
async function allQueries() {
  return [...SEARCH_CASES, ...((await loadTestSet()) ?? [])].map((c) => c.query);
}

/** Typical queries for the byte count: Chinese, English, a question. */
const TYPICAL = ['内核线程', '写时复制', 'page table', '进程和线程的区别', 'fork'];

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Measures search on the site at `siteUrl` (ending in `/`, served with gzip). */
export async function measureSearch(siteUrl) {
  const base = new URL(siteUrl).pathname;
  const browser = await launchBrowser();
  try {
    const bytes = [];
    for (const query of TYPICAL) {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(`${siteUrl}basics/process-and-thread/`, { waitUntil: 'networkidle' });
      const seen = [];
      page.on('requestfinished', async (request) => {
        const url = new URL(request.url());
        const sizes = await request.sizes().catch(() => undefined);
        if (sizes)
          seen.push({
            path: url.pathname.slice(base.length),
            bytes: sizes.responseBodySize + sizes.responseHeadersSize,
          });
      });
      await openSearch(page);
      await runQuery(page, query, base);
      await page.waitForLoadState('networkidle');
      const index = seen.filter((r) => r.path.startsWith('pagefind/') || r.path.startsWith('search/'));
      const code = seen.filter((r) => r.path.startsWith('_astro/'));
      bytes.push({
        query,
        indexBytes: index.reduce((sum, r) => sum + r.bytes, 0),
        codeBytes: code.reduce((sum, r) => sum + r.bytes, 0),
        files: index.length,
      });
      await context.close();
    }

    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${siteUrl}basics/process-and-thread/`, { waitUntil: 'networkidle' });
    await openSearch(page);
    const first = await runQuery(page, '上下文切换', base);
    const answers = [];
    for (const query of await allQueries()) answers.push(await runQuery(page, query, base));
    await context.close();
    const answered = answers.map((a) => a.pageMs);
    const worker = answers.map((a) => a.workerMs);
    return {
      queries: answers.length,
      firstMs: first.pageMs,
      p50: quantile(answered, 0.5),
      p90: quantile(answered, 0.9),
      max: Math.max(...answered),
      workerP50: quantile(worker, 0.5),
      workerP90: quantile(worker, 0.9),
      bytes,
    };
  } finally {
    await browser.close();
  }
}
