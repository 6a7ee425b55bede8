/**
 * Front matter never reaches a page as markup: hostile titles, descriptions, `head` entries, hero,
 * banner, sidebar and pagination strings of the fixture site (tests/fixtures/hostile, built by
 * scripts/build-fixtures.mjs) in Chromium. Screenshots: test-results/screenshots/safety-*.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, launchBrowser, serveFixtures, type StaticSite } from './harness.ts';
import { text, visitHostile } from './hostile-visit.ts';

const run = browserAvailable();

describe.runIf(run)('hostile front matter in Chromium', () => {
  let browser: Browser;
  let site: StaticSite;

  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveFixtures();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const visit = (path: string, screenshot: string, checks: Parameters<typeof visitHostile>[4]) =>
    visitHostile(browser, site, path, screenshot, checks);

  test('title and description reach <head> and the page as text', async () => {
    const title = "标题</title><script>alert('title')</script><img src=x onerror=alert('title-img')>";
    await visit('hostile/head-title/', 'head-title', async ({ page }) => {
      expect(await page.title()).toBe(`${title} | 进程与线程`);
      expect(await text(page, 'main h1')).toBe(title);
      expect(await page.getAttribute('meta[name="description"]', 'content')).toBe(
        `描述"><script>alert('description')</script>`,
      );
      expect(await page.locator('head img').count()).toBe(0);
    });
  });

  test('front-matter head entries: only harmless metadata and an escaped title are kept', async () => {
    await visit('hostile/head-entries/', 'head-entries', async ({ page }) => {
      expect(await page.title()).toBe(`替换的标题</title><script>alert('head-title')</script>`);
      expect(await page.getAttribute('meta[name="keywords"]', 'content')).toBe('"><script>alert(1)</script>');
      expect(await page.locator('link[href*="evil"], style:text-matches("evil")').count()).toBe(0);
    });
  });

  test('hero, banner, badge, sidebar, prev/next and edit link strings are text; their unsafe links are gone', async () => {
    await visit('hostile/front-matter/', 'front-matter', async ({ page }) => {
      expect(await text(page, '.hero h1')).toBe("英雄标题<img src=x onerror=alert('hero-title')>");
      expect(await text(page, '.hero .tagline')).toBe(
        "标语<script>alert('hero-tagline')</script><b>不是粗体</b>",
      );
      expect(await text(page, '.hero-html')).toBe("<img src=x onerror=alert('hero-image')>");
      expect(await page.locator('.hero b, .hero img, .sl-banner img, .sl-banner a').count()).toBe(0);
      expect(await page.locator('.hero .actions a').allInnerTexts()).toEqual(['正常按钮']);
      expect(await page.getAttribute('.hero .actions a', 'class')).toContain('ok-button');
      expect(await text(page, '.sl-banner')).toContain("横幅<img src=x onerror=alert('banner')>");
      expect(await page.locator('.pagination-links a').count()).toBe(0);
    });
    // The sidebar shows this page's label, badge and attributes on every other page.
    await visit('hostile/links/', 'sidebar', async ({ page }) => {
      const link = page.locator('#starlight__sidebar a[href$="/hostile/front-matter/"]');
      expect(await link.innerText()).toContain('侧栏<b>标签</b>');
      expect(await link.locator('.sl-badge').innerText()).toBe("<script>alert('badge')</script>徽章");
      expect(await link.getAttribute('class')).toContain('sidebar-ok');
      expect(await link.getAttribute('style')).toBeNull();
      await link.hover();
      await link.focus();
    });
  });
});
