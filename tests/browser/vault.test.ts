/**
 * The imported fixture vault (tests/fixtures/vault → dist-fixtures/vault/) in Chromium, as a reader
 * sees it: callouts as asides (folding ones as <details>), embeds, KaTeX math with its fonts,
 * pictures from the attachments folder, tags, the browser-drawn Mermaid diagram. Screenshots go to
 * test-results/screenshots/vault-*.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURE_DIST } from '../../scripts/lib/fixture-site.mjs';
import {
  browserAvailable,
  launchBrowser,
  newContext,
  SCREENSHOT_DIR,
  serveDist,
  type StaticSite,
} from './harness.ts';

describe.skipIf(!browserAvailable())('the imported vault in Chromium', () => {
  let browser: Browser;
  let site: StaticSite;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    site = await serveDist(FIXTURE_DIST);
    browser = await launchBrowser();
    page = await (await newContext(browser, { height: 900 })).newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  /** Opens a page of the vault and waits until it has settled. */
  async function open(slug: string): Promise<void> {
    await page.goto(`${site.url}vault/${slug}/`, { waitUntil: 'networkidle' });
  }

  test('callouts are the site’s asides; `-` starts folded, `+` open; the title is kept', async () => {
    await open('callouts');
    const asides = await page.locator('.sl-markdown-content .starlight-aside').count();
    expect(asides).toBe(17);
    expect(
      await page.locator('details.note-callout[data-callout="question"]').getAttribute('open'),
    ).toBeNull();
    expect(await page.locator('details.note-callout[data-callout="success"]').getAttribute('open')).toBe('');
    await expect(
      page.locator('details[data-callout="question"] .starlight-aside__content').isVisible(),
    ).resolves.toBe(false);
    await page.locator('details[data-callout="question"] summary').click();
    await expect(
      page.locator('details[data-callout="question"] .starlight-aside__content').isVisible(),
    ).resolves.toBe(true);
    await page
      .locator('aside[data-callout="tip"]')
      .first()
      .screenshot({ path: `${SCREENSHOT_DIR}/vault-callout.png` });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/vault-callouts-page.png`, fullPage: true });
  });

  // https://help.obsidian.md/embeds: an embedded audio file gets a player, a PDF a viewer (`#height=400`).
  test('audio and PDF embeds are players whose files the site serves', async () => {
    await open('embeds');
    const audio = page.locator('.note-media--audio audio').first();
    // The fixture's bell.wav is 800 samples at 8 kHz: 0.1 s, read from the file the site serves.
    await expect
      .poll(() => audio.evaluate((a) => (a as HTMLAudioElement).duration), { timeout: 10_000 })
      .toBeCloseTo(0.1, 2);
    expect(await page.locator('.note-media--audio').count()).toBe(2);
    const pdf = page.locator('.note-media--pdf iframe');
    expect(await pdf.getAttribute('height')).toBe('400');
    const href = await page.locator('.note-media--pdf a').getAttribute('href');
    const response = await page.request.get(new URL(href!, site.url).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await page
      .locator('.note-media--audio')
      .first()
      .screenshot({ path: `${SCREENSHOT_DIR}/vault-audio.png` });
  });

  test('embeds show the other note’s text, and pictures from the attachments folder load at their size', async () => {
    await open('embeds');
    expect(await page.locator('.note-embed').count()).toBeGreaterThanOrEqual(5);
    await expect(page.locator('.note-embed').nth(1).innerText()).resolves.toContain(
      '第二节的内容：被其它笔记嵌入。',
    );
    const pictures = await page.locator('.sl-markdown-content img').evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).map((img) => ({
        loaded: img.complete && img.naturalWidth > 0,
        width: img.getAttribute('width'),
      })),
    );
    expect(pictures.length).toBeGreaterThanOrEqual(4);
    expect(pictures.every((picture) => picture.loaded)).toBe(true);
    expect(pictures.map((picture) => picture.width)).toContain('300');
    await page
      .locator('.note-embed')
      .nth(1)
      .screenshot({ path: `${SCREENSHOT_DIR}/vault-embed.png` });
    await page.locator('img[alt="photo"]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/vault-attachment-image.png` });
  });

  test('math is drawn at build time with KaTeX’s own fonts, and the page runs no script for it', async () => {
    await open('数学');
    expect(await page.locator('.katex').count()).toBe(3);
    const font = await page
      .locator('.katex')
      .first()
      .evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toContain('KaTeX_Main');
    await page.evaluate(() => document.fonts.ready);
    expect(
      await page.evaluate(() =>
        [...document.fonts].some((f) => f.family.includes('KaTeX') && f.status === 'loaded'),
      ),
    ).toBe(true);
    expect(site.requests.some((path) => path.endsWith('.woff2') && path.includes('/_katex/'))).toBe(true);
    await page.locator('.sl-markdown-content').screenshot({ path: `${SCREENSHOT_DIR}/vault-math.png` });
  });

  test('tags: inline ones as chips, and all of them in the page’s tags', async () => {
    await open('欢迎');
    expect(await page.locator('.sl-markdown-content .note-tag').allInnerTexts()).toEqual([
      '#入门',
      '#嵌套/标签',
    ]);
    expect(await page.locator('.sl-markdown-content mark').innerText()).toBe('高亮的文字');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/vault-tags.png`, fullPage: true });
  });

  test('a diagram the build could not draw is drawn by Mermaid on that page only', async () => {
    await open('mermaid');
    await page.locator('pre.book-mermaid-client svg').waitFor({ timeout: 30_000 });
    await open('callouts');
    expect(site.requests.filter((path) => path.includes('/_mermaid/')).length).toBeGreaterThan(0);
    const before = site.requests.length;
    await open('数学');
    expect(site.requests.slice(before).some((path) => path.includes('/_mermaid/'))).toBe(false);
  });

  test('no note opened a dialog', () => {
    expect(dialogs).toEqual([]);
  });
});
