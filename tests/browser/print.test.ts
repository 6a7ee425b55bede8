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
import { destinationPages, printWithContentsPages } from '../../scripts/lib/pdf-pages.ts';
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

  test('figures print what they show: no controls, step names and table headers kept, no local addresses', async () => {
    const figures = page.locator('.print-chapter figure[data-figure]');
    expect(await figures.count()).toBeGreaterThan(0);
    expect(
      await page
        .locator(
          '.print-chapter figure[data-figure] :is(button, input, select, [data-figure-controls], [role="toolbar"])',
        )
        .count(),
    ).toBe(0);
    const text = (await figures.allTextContents()).join('\n');
    for (const leftover of ['切换方式', '点击列标题排序', '复制链接', '下载'])
      expect(text).not.toContain(leftover);
    // The IPC table keeps its header row; the context-switch steps keep their names.
    const headers = await page
      .locator('.print-chapter figure[data-figure="ipc-compare"] thead th')
      .allTextContents();
    expect(headers.map((h) => h.trim())).toContain('系统调用');
    expect(headers.every((h) => h.trim() !== '')).toBe(true);
    const steps = await page
      .locator('.print-chapter figure[data-figure="context-switch"] .ctx-steps li')
      .allTextContents();
    expect(steps.length).toBeGreaterThan(3);
    for (const step of steps) expect(step.trim()).toMatch(/\S{2,}/);
    // No link leads to the server that printed the book.
    const local = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('.print-chapter a[href]')]
        .map((a) => a.getAttribute('href')!)
        .filter((href) => href.startsWith('/') || /^https?:\/\/(127\.0\.0\.1|localhost)/.test(href)),
    );
    expect(local).toEqual([]);
  });

  test(
    'printed: each chapter starts a new page; navigation is hidden; tables fit the page width',
    { timeout: 240_000 },
    async () => {
      await page.emulateMedia({ media: 'print' });
      const styles = await page.evaluate(() => ({
        breakBefore: getComputedStyle(document.querySelector('.print-chapter')!).breakBefore,
        header: getComputedStyle(document.querySelector('header.header')!).display,
      }));
      expect(styles).toEqual({ breakBefore: 'page', header: 'none' });
      // A4 with Chromium's default margins leaves about 673 CSS px for the text.
      await page.setViewportSize({ width: 673, height: 950 });
      const table = page.locator('.print-chapter figure[data-figure="ipc-compare"] table').first();
      const fit = await table.evaluate((t) => {
        const content = t.closest('.sl-markdown-content')!.getBoundingClientRect();
        const box = t.getBoundingClientRect();
        const small = Math.min(
          ...[...t.querySelectorAll('th, td')].map((c) => parseFloat(getComputedStyle(c).fontSize)),
        );
        return {
          inside: box.right <= content.right + 1 && box.left >= content.left - 1,
          smallestPt: (small * 72) / 96,
        };
      });
      expect(fit.inside).toBe(true);
      expect(fit.smallestPt).toBeGreaterThanOrEqual(8);
      await table.scrollIntoViewIfNeeded();
      await table.screenshot({ path: screenshotPath('print-ipc-table') });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.locator('.print-chapter').nth(2).scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath('print-media-chapter'), fullPage: false });
      // Print media stays on for the next test, so the long page is laid out for print only once.
    },
  );

  test(
    'Chromium prints it to PDF as npm run pdf does, with page numbers in the contents',
    { timeout: 400_000 },
    async () => {
      mkdirSync('test-results', { recursive: true });
      const pdf = 'test-results/book.pdf';
      const { pages } = await printWithContentsPages(page, {
        path: pdf,
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
      });
      const keys = await page.locator('.print-chapter').evaluateAll((sections) => sections.map((s) => s.id));
      const numbers = keys.map((key) => pages.get(key));
      expect(numbers.every((n) => typeof n === 'number')).toBe(true);
      // Each chapter starts on a later page than the one before.
      expect(numbers.every((n, i) => i === 0 || n! > numbers[i - 1]!)).toBe(true);
      const shown = await page.locator('.print-contents .print-contents__page').allTextContents();
      expect(shown).toEqual(numbers.map(String));
      // The file holds the same numbers (the printing that was written is the one read back).
      expect([...destinationPages(readFileSync(pdf)).entries()].filter(([k]) => keys.includes(k))).toEqual(
        keys.map((k) => [k, pages.get(k)]),
      );
      if (spawnSync('pdftoppm', ['-v']).error) {
        console.warn('没有 pdftoppm（Debian：apt-get install poppler-utils），跳过把 PDF 页面转成 PNG。');
        return;
      }
      // The contents page, the first page of a chapter, and a page with a figure.
      const ipcChapter = await page
        .locator('.print-chapter:has(figure[data-figure="ipc-compare"])')
        .evaluate((s) => s.id);
      const ipcPage = pages.get(ipcChapter)!;
      for (const [n, name] of [
        [1, 'contents'],
        [9, 'chapter-start'],
        [11, 'figure'],
        [ipcPage, 'ipc-chapter'],
        [ipcPage + 1, 'ipc-chapter-2'],
        [ipcPage + 2, 'ipc-chapter-3'],
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
    },
  );
});
