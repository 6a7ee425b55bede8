/**
 * The search box as a reader uses it with the keyboard alone: `/` and Ctrl/⌘+K open it, the arrow
 * keys move through pages and sections, Enter opens a section at its heading with the words marked,
 * Esc closes; a typo is corrected and said so; nothing found says what to try. Screenshots go to
 * test-results/screenshots (search-*.png).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  browserAvailable,
  launchBrowser,
  newContext,
  screenshotPath,
  serveDist,
  type StaticSite,
} from './harness.ts';
import { answerTo, openSearch, runQuery } from './search/run-query.ts';

const run = browserAvailable();

describe.runIf(run)('search box', () => {
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

  async function chapter(path = 'basics/process-and-thread/'): Promise<Page> {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${site.url}${path}`);
    return page;
  }
  const dialogOpen = (page: Page) =>
    page.locator('book-search dialog').evaluate((d) => (d as HTMLDialogElement).open);

  test('/ opens the box with the field focused; Esc closes it; Ctrl+K and ⌘+K toggle it', async () => {
    const page = await chapter();
    await page.locator('main h1').click();
    await page.keyboard.press('/');
    expect(await dialogOpen(page)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(false);
    await page.keyboard.press('Control+k');
    expect(await dialogOpen(page)).toBe(true);
    await page.keyboard.press('Control+k');
    expect(await dialogOpen(page)).toBe(false);
    await page.keyboard.press('Meta+k');
    expect(await dialogOpen(page)).toBe(true);
    await page.context().close();
  });

  test('typing / in a field of the page does not open the box', async () => {
    const page = await chapter('basics/address-space/');
    const field = page.locator('main input, main select').first();
    if ((await field.count()) === 0) return;
    await field.focus();
    await page.keyboard.press('/');
    expect(await dialogOpen(page)).toBe(false);
    await page.context().close();
  });

  test('by keyboard alone: arrows reach a section, Enter opens it at its heading with the words marked', async () => {
    const page = await chapter();
    await openSearch(page);
    const answered = answerTo(page, '内核线程');
    await page.keyboard.type('内核线程');
    await answered;
    await page.screenshot({ path: screenshotPath('search-kernel-thread'), fullPage: false });
    const input = page.locator('book-search input');
    // The first option (the best page) is active; the next is its first section.
    const first = await input.getAttribute('aria-activedescendant');
    expect(await page.locator(`#${first}`).getAttribute('class')).toBe('book-search-page');
    await page.keyboard.press('ArrowDown');
    const active = page.locator(`#${await input.getAttribute('aria-activedescendant')}`);
    expect(await active.getAttribute('class')).toBe('book-search-section');
    expect(await active.getAttribute('aria-selected')).toBe('true');
    const title = (await active.locator('.book-search-title').textContent())!;
    const href = (await active.getAttribute('href'))!;
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === new URL(href, site.url).pathname);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-search-highlight'));
    const url = new URL(page.url());
    expect(url.searchParams.has('highlight')).toBe(false);
    const heading = page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`);
    expect((await heading.textContent())?.trim()).toBe(title);
    const box = await heading.boundingBox();
    expect(box && box.y >= 0 && box.y < 800).toBe(true);
    const marked = await page.evaluate(() => {
      const highlight = CSS.highlights.get('book-search');
      return highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
    });
    expect(marked.length).toBeGreaterThan(0);
    expect(marked.every((text) => text === '内核线程')).toBe(true);
    await page.screenshot({ path: screenshotPath('search-opened-section'), fullPage: false });
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => CSS.highlights.has('book-search'))).toBe(false);
    await page.context().close();
  });

  test('a typo is corrected and the box says what it searched', async () => {
    const page = await chapter();
    await openSearch(page);
    const answer = await runQuery(page, '守护进城', new URL(site.url).pathname);
    expect(answer.corrected).toBe('守护进程');
    expect(answer.pages[0]).toBe('design/daemon/');
    expect(await page.locator('book-search [role="status"]').textContent()).toContain(
      '按「守护进程」搜索（输入的是「守护进城」）',
    );
    await page.context().close();
  });

  test('nothing found: the box says so and offers nearby names and the glossary, reachable with Tab', async () => {
    const page = await chapter();
    await openSearch(page);
    const answer = await runQuery(page, '死所', new URL(site.url).pathname);
    expect(answer.total).toBe(0);
    const status = page.locator('book-search [role="status"]');
    expect(await status.textContent()).toContain('没有找到与「死所」相关的页面');
    const links = status.locator('a');
    expect(await links.allTextContents()).toContain('死锁');
    expect(await links.last().getAttribute('href')).toMatch(/study\/glossary\/$/);
    await page.screenshot({ path: screenshotPath('search-nothing-found'), fullPage: false });
    // Tab from the field: the cancel button, then the suggestions.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="status"]') !== null)).toBe(true);
    await page.context().close();
  });

  test('only part of a query found: the pages with part of it, and a note saying so', async () => {
    const page = await chapter();
    await openSearch(page);
    const answer = await runQuery(page, '线程池调优参数', new URL(site.url).pathname);
    expect(answer.total).toBeGreaterThan(0);
    expect(await page.locator('book-search [role="status"]').textContent()).toContain('只含其中一部分');
    await page.context().close();
  });
});
