/**
 * Taking a figure offline from its toolbar, in Chromium: full screen, the SVG, a PNG at twice the
 * drawing's size, and one self-contained HTML file at the current step that works from file://
 * with every network request blocked.
 */
import { readFileSync, writeFileSync } from 'node:fs';
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
import { builtFigures, frameOf, narrationOf, openHydrated, stepped } from './figures-helpers.ts';
import { EXPORT_MARGIN_PX } from '../../src/components/figures/frame/view-export.ts';

const run = browserAvailable();
const figures = builtFigures();

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

/**
 * The text a reader sees in a figure, whitespace removed: every shown text of the frame but its
 * toolbar, its status line and its controls (what the downloads leave out); the HTML first, then
 * each drawing, which is the order of the exported SVG (panels, then the drawings over them).
 */
function visibleText(page: Page, id: string): Promise<string> {
  return page.evaluate((id) => {
    const frame = document.querySelector(`figure[data-figure="${id}"]`)!;
    const skip =
      'style, script, title, .figure-frame__toolbar, .figure-frame__status, [data-figure-controls]';
    const read = (root: Element, inSvg: boolean) => {
      let out = '';
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement!;
        if (parent.closest(skip) || (!inSvg && parent.closest('svg'))) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        if (
          range.getClientRects().length === 0 ||
          (!parent.checkVisibility({ visibilityProperty: true }) &&
            getComputedStyle(parent).display !== 'contents')
        )
          continue;
        out += n.textContent ?? '';
      }
      return out;
    };
    let text = read(frame, false);
    for (const svg of frame.querySelectorAll('svg')) {
      if (!svg.ownerSVGElement && !svg.closest(skip) && svg.getClientRects().length > 0)
        text += read(svg, true);
    }
    return text.replace(/\s+/g, '');
  }, id);
}

describe.runIf(run)('figure downloads', () => {
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

  test('at least one figure is on its chapter page', () => {
    expect(figures.map((f) => f.id)).not.toEqual([]);
  });

  describe.each(figures)('$tag ($id)', (figure) => {
    test('full screen works from the toolbar', async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await openHydrated(page, site, figure);
      const frame = frameOf(page, figure.id);
      await frame.getByRole('button', { name: '全屏' }).click();
      await expect
        .poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('data-figure')))
        .toBe(figure.id);
      await frame.getByRole('button', { name: '退出全屏' }).click();
      await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
      await context.close();
    });

    test('the SVG holds every text on screen but the controls, with its paint order, and no more', async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await openHydrated(page, site, figure, stepped(figure) ? `?fig=${figure.id}&step=3` : '');
      const frame = frameOf(page, figure.id);
      const shown = await visibleText(page, figure.id);
      const outlined = await page.evaluate(
        (id) =>
          [...document.querySelectorAll(`figure[data-figure="${id}"] svg text`)].filter((t) =>
            getComputedStyle(t).paintOrder.startsWith('stroke'),
          ).length,
        figure.id,
      );
      await frame.locator('summary', { hasText: '下载' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        frame.getByRole('button', { name: 'SVG 矢量图' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^${figure.id}(-step-\\d+)?\\.svg$`));
      const markup = readFileSync(await download.path(), 'utf8');
      // Booleans, not the markup itself: a failure should not print a 200 KB SVG.
      expect({
        xml: markup.startsWith('<?xml'),
        namespace: markup.includes('xmlns="http://www.w3.org/2000/svg"'),
        inlined: /style="[^"]*fill:/.test(markup),
        variables: markup.includes('var(--'),
        kib: Math.ceil(markup.length / 1024) <= 1024,
        paintOrder: outlined === 0 || /paint-order:\s*stroke/.test(markup),
      }).toEqual({
        xml: true,
        namespace: true,
        inlined: true,
        variables: false,
        kib: true,
        paintOrder: true,
      });
      const exported = await page.evaluate((markup) => {
        const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
        let out = '';
        const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.parentElement?.closest('style, title, script')) continue;
          // Hidden in the picture (an SVG element the figure hides at this step) is not shown.
          let hidden = false;
          for (let e: Element | null = n.parentElement; e; e = e.parentElement) {
            if (/(display:\s*none|visibility:\s*hidden)/.test(e.getAttribute('style') ?? '')) hidden = true;
          }
          if (!hidden) out += n.textContent ?? '';
        }
        return out.replace(/\s+/g, '');
      }, markup);
      expect(exported).toEqual(shown);
      await context.close();
    });

    test('the PNG is at least 1920 px wide, the whole view, cropped to its content', async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await openHydrated(page, site, figure);
      const frame = frameOf(page, figure.id);
      await frame.locator('summary', { hasText: '下载' }).click();
      const [svgFile] = await Promise.all([
        page.waitForEvent('download'),
        frame.getByRole('button', { name: 'SVG 矢量图' }).click(),
      ]);
      const svgWidth = Number(
        /<svg[^>]* width="([\d.]+)"/.exec(readFileSync(await svgFile.path(), 'utf8'))?.[1],
      );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        frame.getByRole('button', { name: /^PNG/ }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^${figure.id}(-step-\\d+)?\\.png$`));
      const file = readFileSync(await download.path());
      writeFileSync(screenshotPath(`download-${figure.id}`), file);
      const size = pngSize(file);
      expect(size.width).toBeGreaterThanOrEqual(1920);
      // The blank border on each side, in CSS pixels of the view: never more than the margin.
      const blank = await page.evaluate(async (data) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const { data: px } = context.getImageData(0, 0, image.width, image.height);
        const at = (x: number, y: number) => (y * image.width + x) * 4;
        const bg = [px[0], px[1], px[2]];
        const differs = (x: number, y: number) =>
          Math.abs(px[at(x, y)]! - bg[0]!) +
            Math.abs(px[at(x, y) + 1]! - bg[1]!) +
            Math.abs(px[at(x, y) + 2]! - bg[2]!) >
          24;
        const row = (y: number) =>
          Array.from({ length: image.width }, (_, x) => x).some((x) => differs(x, y));
        const col = (x: number) =>
          Array.from({ length: image.height }, (_, y) => y).some((y) => differs(x, y));
        let top = 0;
        while (top < image.height && !row(top)) top++;
        let bottom = 0;
        while (bottom < image.height && !row(image.height - 1 - bottom)) bottom++;
        let left = 0;
        while (left < image.width && !col(left)) left++;
        let right = 0;
        while (right < image.width && !col(image.width - 1 - right)) right++;
        return { top, bottom, left, right };
      }, file.toString('base64'));
      const scale = size.width / svgWidth;
      for (const side of ['top', 'bottom', 'left', 'right'] as const) {
        expect(blank[side] / scale, side).toBeLessThanOrEqual(EXPORT_MARGIN_PX + 2);
      }
      await context.close();
    });

    test('one offline HTML file at the current step works from file:// with the network blocked', async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await openHydrated(page, site, figure);
      const frame = frameOf(page, figure.id);
      if (stepped(figure)) {
        await frame.getByRole('button', { name: '前进一步' }).click();
        await frame.getByRole('button', { name: '前进一步' }).click();
      }
      const expected = await narrationOf(page, figure.id);
      await frame.locator('summary', { hasText: '下载' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        frame.getByRole('button', { name: /^离线网页/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${figure.id}.html`);
      const file = screenshotPath(`offline-${figure.id}`).replace(/\.png$/, '.html');
      writeFileSync(file, readFileSync(await download.path()));
      await context.close();

      const offline = await newContext(browser, { width: 1280, height: 720 });
      const blocked: string[] = [];
      await offline.route('**/*', (route) => {
        const url = route.request().url();
        if (url.startsWith('file:')) return route.continue();
        blocked.push(url);
        return route.abort();
      });
      await offline.setOffline(true);
      const view = await offline.newPage();
      const errors: string[] = [];
      view.on('pageerror', (e) => errors.push(e.message));
      await view.goto(`file://${file}`);
      const shown = frameOf(view, figure.id);
      await shown.and(view.locator('[data-hydrated="true"]')).waitFor({ timeout: 20_000 });
      await expect.poll(() => narrationOf(view, figure.id)).toBe(expected);
      if (stepped(figure)) {
        await shown.getByRole('button', { name: '前进一步' }).click();
        await expect.poll(() => shown.locator('.figure-frame__step').textContent()).toMatch(/第 3 \//);
      }
      expect({ blocked, errors }).toEqual({ blocked: [], errors: [] });
      await view.screenshot({ path: screenshotPath(`offline-${figure.id}`) });
      await offline.close();
    });
  });
});
