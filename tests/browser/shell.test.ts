/**
 * What a new reader does with the book shell: open the home page, move through the
 * sidebar, switch to dark mode, search a Chinese term and reach its page, use the
 * mobile menu. Screenshots of each page type go to test-results/screenshots.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  browserAvailable,
  launchBrowser,
  newContext,
  screenshotPath,
  serveDist,
  type StaticSite,
} from './harness.ts';

const run = browserAvailable();

describe.runIf(run)('book shell in Chromium', () => {
  let browser: Browser;
  let site: StaticSite;

  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveDist('dist', '/');
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test('the home page opens in Chinese with a sidebar and a search box', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(site.url);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect.poll(() => page.locator('#starlight__sidebar a[href]').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('book-search button[data-open-search]').first().isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('home-light'), fullPage: true });
    await context.close();
  });

  test('the sidebar leads to a chapter, and next/previous links continue the book', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(site.url);
    const link = page.locator('#starlight__sidebar a[href*="/basics/"]').first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
    expect(await page.locator('main h1').first().textContent()).toBeTruthy();
    const next = page.locator('.pagination-links a[rel="next"]');
    expect(await next.count()).toBe(1);
    await page.screenshot({ path: screenshotPath('chapter-light'), fullPage: false });
    await next.click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).not.toBe(href);
    await context.close();
  });

  test('the prerequisites chapter comes before part one, with its diagrams drawn', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(site.url);
    const hrefs = await page
      .locator('#starlight__sidebar a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const prelude = hrefs.findIndex((h) => h.includes('/prelude/'));
    expect(prelude).toBeGreaterThanOrEqual(0);
    expect(prelude).toBeLessThan(hrefs.findIndex((h) => h.includes('/basics/')));
    await page.goto(`${site.url}prelude/prerequisites/`);
    expect(await page.locator('main .book-mermaid svg').count()).toBe(4);
    await page.screenshot({ path: screenshotPath('prerequisites'), fullPage: true });
    await context.close();
  });

  test('dark mode can be switched on and is remembered on the next page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${site.url}basics/process-and-thread/`);
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.screenshot({ path: screenshotPath('chapter-dark'), fullPage: false });
    await page.goto(site.url);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await context.close();
  });

  test('searching a Chinese term finds its page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(site.url);
    await page.locator('book-search button[data-open-search]').first().click();
    const input = page.locator('book-search dialog[open] input[type="search"]');
    await input.fill('上下文切换');
    const first = page.locator('book-search .book-search-page').first();
    await first.waitFor({ timeout: 20_000 });
    // The search box speaks Chinese (its strings are in src/content/i18n/zh-CN.json).
    expect(await page.locator('book-search [role="status"]').textContent()).toMatch(/找到 \d+ 个页面/);
    await page.screenshot({ path: screenshotPath('search-results'), fullPage: false });
    const href = await first.getAttribute('href');
    await first.click();
    await page.waitForURL((url) => href !== null && url.pathname === new URL(href, site.url).pathname);
    expect(await page.locator('main').textContent()).toContain('上下文切换');
    await context.close();
  });

  test('on a 360 px phone the menu opens and shows the chapters', async () => {
    const context = await newContext(browser, { width: 360, height: 740 });
    const page = await context.newPage();
    await page.goto(`${site.url}basics/process-and-thread/`);
    const toggle = page.locator('button[popovertarget="starlight__sidebar"]');
    await toggle.click();
    await expect
      .poll(() => page.locator('#starlight__sidebar a[href*="/switching/"]').first().isVisible())
      .toBe(true);
    await page.screenshot({ path: screenshotPath('mobile-menu'), fullPage: false });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    expect(overflow).toBe(false);
    await context.close();
  });

  test('a missing page shows the Chinese 404 page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const response = await page.goto(`${site.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.screenshot({ path: screenshotPath('not-found'), fullPage: false });
    await context.close();
  });

  test('the pages ask for nothing outside the site and nothing missing', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const external: string[] = [];
    const failed: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.url.replace(/\/$/, '').replace(/\/[^/]*$/, ''))) external.push(r.url());
    });
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    for (const path of ['', 'basics/process-and-thread/', 'switching/tlb-page-tables/']) {
      await page.goto(site.url + path);
      await page.waitForLoadState('networkidle');
    }
    expect(external).toEqual([]);
    expect(failed).toEqual([]);
    await context.close();
  });
});
