/**
 * The printable book in Chromium: `/print/` holds every chapter in order with figures in their
 * server-rendered state and no hydration, each chapter starts a new page when printed, links within
 * the book point inside it, and Chromium prints it to a PDF (as `npm run pdf` does). When Debian's
 * poppler-utils (`pdftoppm`) is installed, three PDF pages are also saved as PNGs to look at
 * (print-pdf-page-*.png); without it that step is skipped with a note.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
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

const run = browserAvailable();

describe.runIf(run)('printable book', () => {
  let browser: Browser;
  let site: StaticSite;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveDist('dist', '/');
    page = await (await newContext(browser)).newPage();
    await page.goto(`${site.url}print/`, { waitUntil: 'networkidle' });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test('holds the chapters listed in its contents, in that order, with figures but no scripts to hydrate them', async () => {
    const contents = await page.locator('.print-contents a').allTextContents();
    const titles = await page.locator('.print-chapter__title').allTextContents();
    expect(titles.length).toBeGreaterThan(10);
    expect(titles).toEqual(contents);
    expect(await page.locator('.print-chapter figure[data-figure]').count()).toBeGreaterThan(0);
    expect(await page.locator('.print-chapter astro-island, .print-chapter script').count()).toBe(0);
    const frameworkScripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /preact|client\.|signals/i.test(name)),
    );
    expect(frameworkScripts).toEqual([]);
  });

  test('links within the book lead to the chapter in this page and name it', async () => {
    const link = page.locator('.print-chapter a.wikilink').first();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^#chapter-\d+/);
    expect(await page.locator(`[id="${href.slice(1)}"]`).count()).toBe(1);
    expect(await page.locator('.print-ref').first().textContent()).toMatch(/^（见(第 \d+ 章|本章)/);
  });

  test('printed: each chapter starts a new page; navigation and controls are hidden', async () => {
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => ({
      breakBefore: getComputedStyle(document.querySelector('.print-chapter')!).breakBefore,
      header: getComputedStyle(document.querySelector('header.header')!).display,
      button: getComputedStyle(
        document.querySelector('.print-chapter figure[data-figure] button') ?? document.body,
      ).display,
    }));
    expect(styles).toEqual({ breakBefore: 'page', header: 'none', button: 'none' });
    await page.locator('.print-chapter').nth(2).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('print-media-chapter'), fullPage: false });
    // Print media stays on for the next test, so the long page is laid out for print only once.
  });

  test('Chromium prints it to PDF (the first 24 pages here; npm run pdf prints the whole book)', async () => {
    mkdirSync('test-results', { recursive: true });
    const pdf = 'test-results/book-start.pdf';
    await page.pdf({
      path: pdf,
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      pageRanges: '1-24',
    });
    const bytes = readFileSync(pdf).toString('latin1');
    const pages = (bytes.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBe(24);
    if (spawnSync('pdftoppm', ['-v']).error) {
      console.warn('没有 pdftoppm（Debian：apt-get install poppler-utils），跳过把 PDF 页面转成 PNG。');
      return;
    }
    // The contents page, the first page of a chapter, and a page with a figure.
    for (const [n, name] of [
      [1, 'contents'],
      [9, 'chapter-start'],
      [11, 'figure'],
    ] as const) {
      const prefix = screenshotPath(`print-pdf-page-${name}`).replace(/\.png$/, '');
      const result = spawnSync('pdftoppm', [
        '-png',
        '-r',
        '70',
        '-singlefile',
        '-f',
        String(n),
        '-l',
        String(n),
        pdf,
        prefix,
      ]);
      expect(result.status, String(result.stderr)).toBe(0);
    }
  });
});
