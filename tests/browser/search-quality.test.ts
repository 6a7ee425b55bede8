/**
 * Search quality, measured as a reader meets it: every query of tests/browser/search/queries.ts is
 * typed into the search box of the built book in Chromium, and the page that must come first is
 * looked for among the result pages shown. Reports precision at 1 and mean reciprocal rank (a page
 * not shown counts 0), writes test-results/search-quality.json, and fails below P@1 0.9 or MRR 0.95.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, newContext, serveDist, type StaticSite } from './harness.ts';
import { SEARCH_CASES } from './search/queries.ts';
import { openSearch, runQuery, type QueryAnswer } from './search/run-query.ts';

const run = browserAvailable();
const THRESHOLDS = { p1: 0.9, mrr: 0.95 };

describe.runIf(run)('search quality', () => {
  let browser: Browser;
  let site: StaticSite;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveDist('dist', '/');
    page = await (await newContext(browser)).newPage();
    await page.goto(`${site.url}basics/process-and-thread/`);
    await openSearch(page);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test(`${SEARCH_CASES.length} queries: P@1 ≥ ${THRESHOLDS.p1}, MRR ≥ ${THRESHOLDS.mrr}`, async () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(60);
    const rows: (QueryAnswer & { expect: string; kind: string; rank: number })[] = [];
    for (const c of SEARCH_CASES) {
      const answer = await runQuery(page, c.query, new URL(site.url).pathname);
      rows.push({ ...answer, expect: c.expect, kind: c.kind, rank: answer.pages.indexOf(c.expect) + 1 });
    }
    const p1 = rows.filter((r) => r.rank === 1).length / rows.length;
    const mrr = rows.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0) / rows.length;
    const byKind = Object.fromEntries(
      [...new Set(rows.map((r) => r.kind))].map((kind) => {
        const of = rows.filter((r) => r.kind === kind);
        return [kind, `${of.filter((r) => r.rank === 1).length}/${of.length}`];
      }),
    );
    const misses = rows.filter((r) => r.rank !== 1);
    console.log(
      `\n搜索质量：${rows.length} 个查询，P@1 = ${p1.toFixed(3)}，MRR = ${mrr.toFixed(3)}；各类第一名命中：${JSON.stringify(byKind)}`,
    );
    for (const miss of misses) {
      console.log(
        `  未排第一：「${miss.query}」应为 ${miss.expect}，排第 ${miss.rank || '—'}；前三：${miss.pages.slice(0, 3).join('，')}`,
      );
    }
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/search-quality.json', JSON.stringify({ p1, mrr, byKind, rows }, null, 2));
    expect(p1, `P@1 ${p1.toFixed(3)}`).toBeGreaterThanOrEqual(THRESHOLDS.p1);
    expect(mrr, `MRR ${mrr.toFixed(3)}`).toBeGreaterThanOrEqual(THRESHOLDS.mrr);
  });
});
