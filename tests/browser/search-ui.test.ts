/**
 * The search box as a reader uses it with the keyboard alone: `/` and Ctrl/⌘+K open it, the arrow
 * keys move through pages and sections, Enter opens a section at its heading with the words marked,
 * one Esc closes (even with text in the field, as the help line says); a typo is corrected and said
 * so; nothing found says what to try; on a phone (360×740) at least three result pages fit on the
 * first screen; dark mode. Screenshots go to test-results/screenshots (search-*.png).
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
import { answerTo, openSearch, runQuery } from '../../scripts/lib/search-box.ts';

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
    // With a query typed, one Escape still closes (the help line says so), and the query stays.
    await page.keyboard.press('/');
    await page.keyboard.type('fork');
    await page.keyboard.press('Escape');
    expect(await dialogOpen(page)).toBe(false);
    expect(await page.locator('book-search input').inputValue()).toBe('fork');
    expect(await page.locator('#book-search-help').textContent()).toContain('Esc 关闭');
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

  test('a word the book lacks: the pages with the rest, and a note naming the word', async () => {
    const page = await chapter();
    await openSearch(page);
    const answer = await runQuery(page, '线程池 红黑树', new URL(site.url).pathname);
    expect(answer.total).toBeGreaterThan(0);
    expect(await page.locator('book-search [role="status"]').textContent()).toContain('不含「红黑树」');
    await page.context().close();
  });

  test.each([
    ['heap-and-stack', '堆和栈', 'basics/address-space/'],
    ['spinlock', 'spinlock', 'communication/thread-sync/'],
    ['colloquial', '两个线程互相等对方的锁，程序就卡住不动了', 'communication/thread-sync/'],
  ])('%s: 「%s」 finds %s first, with no partial-match note', async (name, query, expected) => {
    const page = await chapter();
    await openSearch(page);
    const answer = await runQuery(page, query, new URL(site.url).pathname);
    expect(answer.pages[0]).toBe(expected);
    expect(await page.locator('book-search [role="status"]').textContent()).not.toContain('不含');
    await page.screenshot({ path: screenshotPath(`search-${name}`), fullPage: false });
    await page.context().close();
  });

  test.each(['light', 'dark'] as const)(
    'on a phone (360×740, %s): at least three result pages on the first screen',
    async (scheme) => {
      const context = await newContext(browser, { colorScheme: scheme, width: 360, height: 740 });
      const page = await context.newPage();
      await page.goto(`${site.url}basics/process-and-thread/`);
      await page.locator('book-search [data-open-search]').click();
      await page.locator('book-search dialog[open] input').waitFor();
      await runQuery(page, '进程', new URL(site.url).pathname);
      const bottoms = await page
        .locator('.book-search-group')
        .evaluateAll((groups) => groups.map((g) => g.getBoundingClientRect().bottom));
      expect(bottoms.length).toBeGreaterThanOrEqual(3);
      expect(bottoms[2]!).toBeLessThanOrEqual(740);
      await page.screenshot({ path: screenshotPath(`search-phone-${scheme}`), fullPage: false });
      await context.close();
    },
  );
});
