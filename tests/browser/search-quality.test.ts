/**
 * Search quality, measured as a reader meets it: every query of a set is typed into the search box of
 * the built book in Chromium, and the page that must come first is looked for among the result pages
 * shown. Two sets: the dev set (scripts/lib/search-queries.ts, which the ranking was tuned on) and the
 * frozen test set (tests/browser/search/test-queries.ts, written blind by someone who had not seen the
 * ranking or the dev set, and never tuned on). Reports precision at 1 (P@1) and mean reciprocal rank
 * (MRR, a page not shown counts 0), overall and per kind, writes test-results/search-quality-<set>.json,
 * and fails below P@1 0.9 or MRR 0.95 on either set.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, newContext, serveDist, type StaticSite } from './harness.ts';
import { openSearch, runQuery } from '../../scripts/lib/search-box.ts';
import { loadTestSet, SEARCH_CASES, type SearchCase } from '../../scripts/lib/search-queries.ts';
import { scoreQueries, type Scored } from './search/score.ts';

const run = browserAvailable();
const THRESHOLDS = { p1: 0.9, mrr: 0.95 };
const testSet = await loadTestSet();
const sets: [string, readonly SearchCase[]][] = [['dev', SEARCH_CASES]];
if (testSet) sets.push(['test', testSet]);

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

  test.each(sets)(
    `%s set: P@1 ≥ ${THRESHOLDS.p1}, MRR ≥ ${THRESHOLDS.mrr}`,
    async (name, cases) => {
      expect(cases.length).toBeGreaterThanOrEqual(60);
      const answers = [];
      for (const c of cases) answers.push(await runQuery(page, c.query, new URL(site.url).pathname));
      const scored: Scored = scoreQueries(cases, answers);
      console.log(`\n搜索质量（${name}）：${scored.report}`);
      mkdirSync('test-results', { recursive: true });
      writeFileSync(`test-results/search-quality-${name}.json`, JSON.stringify(scored, null, 2));
      expect(scored.p1, `P@1 ${scored.p1.toFixed(3)}`).toBeGreaterThanOrEqual(THRESHOLDS.p1);
      expect(scored.mrr, `MRR ${scored.mrr.toFixed(3)}`).toBeGreaterThanOrEqual(THRESHOLDS.mrr);
    },
    300_000,
  );
});
