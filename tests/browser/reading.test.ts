/**
 * Reading aids in Chromium: link previews (mouse hover and keyboard focus, none on touch, no script
 * on pages without wiki links), tags and the tags pages, copyable heading links, a contents list that
 * follows the reading position, a page opened at an anchor shows that anchor. Screenshots:
 * reading-*.png in test-results/screenshots.
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

describe.runIf(run)('reading aids', () => {
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

  test('hovering a link to a section shows the page title, the section and its opening lines', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${site.url}design/reliability/`);
    const link = page.locator('.sl-markdown-content a.wikilink[href*="/communication/signals/#"]').first();
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    const card = page.locator('.link-preview:not([hidden])');
    await card.waitFor();
    expect(await card.locator('.link-preview__title').textContent()).toBe('信号');
    expect(await card.locator('.link-preview__section').textContent()).toBe('§ 信号与多线程');
    expect((await card.locator('.link-preview__text').textContent())!.length).toBeGreaterThan(20);
    expect(await link.getAttribute('aria-describedby')).toBe('book-link-preview');
    await page.screenshot({ path: screenshotPath('reading-preview-section'), fullPage: false });
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  test('focusing a link from the keyboard shows its page with description and first figure; Esc hides it', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${site.url}basics/process-and-thread/`);
    const link = page.locator('.sl-markdown-content a.wikilink[href$="/basics/address-space/"]').first();
    await link.focus();
    const card = page.locator('.link-preview:not([hidden])');
    await card.waitFor();
    expect(await card.locator('.link-preview__title').textContent()).toBe('虚拟地址空间与内存共享');
    expect(await card.locator('.link-preview__figure').textContent()).toBe('图：虚拟地址空间布局');
    await page.screenshot({ path: screenshotPath('reading-preview-page'), fullPage: false });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    await page.context().close();
  });

  test('a tap on a touch screen follows the link without a preview', async () => {
    const context = await browser.newContext({
      hasTouch: true,
      isMobile: true,
      viewport: { width: 390, height: 800 },
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await page.goto(`${site.url}basics/process-and-thread/`);
    await page.evaluate(() => {
      (window as unknown as { previewSeen: boolean }).previewSeen = false;
      new MutationObserver(() => {
        const card = document.querySelector('.link-preview');
        if (card && !(card as HTMLElement).hidden)
          (window as unknown as { previewSeen: boolean }).previewSeen = true;
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
    });
    const link = page.locator('.sl-markdown-content a.wikilink').first();
    await link.scrollIntoViewIfNeeded();
    const href = await link.getAttribute('href');
    await link.tap();
    await page.waitForURL((url) => url.pathname === new URL(href!, site.url).pathname);
    expect(
      await page.evaluate(() => (window as unknown as { previewSeen?: boolean }).previewSeen ?? false),
    ).toBe(false);
    await context.close();
  });

  test('a page without wiki links loads no preview script', async () => {
    const page = await (await newContext(browser)).newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${site.url}tags/`);
    expect(await page.locator('book-link-previews').count()).toBe(0);
    expect(scripts.some((url) => /preview/i.test(url))).toBe(false);
    await page.context().close();
  });

  test('a page shows its tags; a tag leads to its page listing the tagged pages; the tags page lists all', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${site.url}basics/linux-threads/`);
    const tags = page.locator('.book-tags a');
    expect(await tags.allTextContents()).toEqual(['#基础', '#Linux', '#内核', '#线程']);
    await page.screenshot({ path: screenshotPath('reading-tags-on-page'), fullPage: false });
    await tags.filter({ hasText: '#内核' }).click();
    await page.waitForURL(/\/tags\/%E5%86%85%E6%A0%B8\/$|\/tags\/内核\/$/);
    expect(await page.locator('main h1').textContent()).toBe('标签：内核');
    expect(await page.locator('.tagged-pages a').allTextContents()).toContain(
      'Linux 中的线程：轻量级进程、clone 与内核线程',
    );
    await page.screenshot({ path: screenshotPath('reading-tag-page'), fullPage: false });
    await page.goto(`${site.url}tags/`);
    expect(await page.locator('.tag-cloud li').count()).toBeGreaterThan(20);
    await page.screenshot({ path: screenshotPath('reading-tags-page'), fullPage: false });
    await page.context().close();
  });

  test('a heading anchor copies the section address and says so', async () => {
    const context = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(site.url).origin,
    });
    const page = await context.newPage();
    await page.goto(`${site.url}basics/linux-threads/`);
    const anchor = page.locator('.sl-anchor-link').first();
    await anchor.focus();
    await page.keyboard.press('Enter');
    await page.locator('.book-copied:not([hidden])').waitFor();
    expect(await page.locator('.book-copied').textContent()).toBe('已复制本节链接');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL((await anchor.getAttribute('href'))!, page.url()).href);
    await context.close();
  });

  test('the contents list follows the reading position, scrolling itself to keep it in view', async () => {
    const page = await (await newContext(browser, { height: 600 })).newPage();
    await page.goto(`${site.url}study/exercises/`);
    // A section late in the contents, not the last (the page may end before the last reaches the top).
    const links = page.locator('.right-sidebar starlight-toc a');
    const count = await links.count();
    const target = Math.floor(count * 0.8);
    const href = (await links.nth(target).getAttribute('href'))!;
    await page
      .locator(`[id="${decodeURIComponent(href.slice(1))}"]`)
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.mouse.wheel(0, 50);
    const current = page.locator('.right-sidebar starlight-toc a[aria-current="true"]');
    await expect
      .poll(
        async () =>
          links.evaluateAll((all) => all.findIndex((a) => a.getAttribute('aria-current') === 'true')),
        { timeout: 5000 },
      )
      .toBeGreaterThanOrEqual(target - 1);
    const inView = await current.evaluate((link) => {
      const box = link.closest('.right-sidebar')!.getBoundingClientRect();
      const rect = link.getBoundingClientRect();
      return rect.top >= box.top && rect.bottom <= box.bottom;
    });
    expect(inView).toBe(true);
    await page.screenshot({ path: screenshotPath('reading-toc-follows'), fullPage: false });
    await page.context().close();
  });

  // Chapters lay out their later blocks only near the screen (src/styles/rendering.css); with estimated
  // heights above it, the jump to an anchor landed 1,000 px or more off (the TLB figure's scene links).
  test.each([
    ['switching/tlb-page-tables/?fig=tlb-flush&step=3#figure-tlb-flush', 'figure[data-figure="tlb-flush"]'],
    ['communication/ipc-overview/#figure-ipc-compare', 'figure[data-figure="ipc-compare"]'],
    ['study/exercises/#practice-task-stacks', '#practice-task-stacks'],
  ])('a page opened at an anchor (%s) shows that anchor at the top', async (path, selector) => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const { top, height } = await page
      .locator(selector)
      .first()
      .evaluate((el) => ({ top: el.getBoundingClientRect().top, height: innerHeight }));
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(height / 3);
    await page.context().close();
  });
});
