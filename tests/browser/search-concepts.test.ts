/**
 * Every concept the book explains is findable by its English course term: for each English name in
 * the concept list (src/content/concepts.yaml), typed into the search box of the built book in
 * Chromium, the page that explains the concept must come first. Names are searched once each; a name
 * two concepts of one page share is checked once.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { allConcepts, loadConcepts } from '../../src/lib/concepts-schema.ts';
import { browserAvailable, launchBrowser, newContext, serveDist, type StaticSite } from './harness.ts';
import { openSearch, runQuery } from '../../scripts/lib/search-box.ts';

const run = browserAvailable();
const cases = [
  ...new Map(
    allConcepts(loadConcepts()).flatMap((concept) =>
      concept.en.map((en) => [en.toLowerCase(), { query: en, expect: `${concept.page}/` }] as const),
    ),
  ).values(),
];

describe.runIf(run)('concepts by their English names', () => {
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

  test(`each of ${cases.length} English names ranks its concept's page first`, async () => {
    const misses: string[] = [];
    for (const c of cases) {
      const answer = await runQuery(page, c.query, new URL(site.url).pathname);
      if (answer.pages[0] !== c.expect)
        misses.push(
          `「${c.query}」应为 ${c.expect}，得到 ${answer.pages.slice(0, 3).join('，') || '（无结果）'}`,
        );
    }
    expect(misses, misses.join('\n')).toEqual([]);
  }, 300_000);
});
