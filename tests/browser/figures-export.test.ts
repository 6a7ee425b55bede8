/**
 * Taking a figure offline from its toolbar, in Chromium: full screen, the SVG, a PNG at twice the
 * drawing's size, and one self-contained HTML file at the current step that works from file://
 * with every network request blocked.
 */
import { readFileSync, writeFileSync } from 'node:fs';
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
import { builtFigures, frameOf, narrationOf, openHydrated, stepped } from './figures-helpers.ts';

const run = browserAvailable();
const figures = builtFigures();

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
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
    test('full screen and SVG download work from the toolbar', async () => {
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
      const hasSvg = (await frame.locator('.figure-frame__stage svg').count()) > 0;
      if (hasSvg) {
        await frame.locator('summary', { hasText: '下载' }).click();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          frame.getByRole('button', { name: 'SVG 矢量图' }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(new RegExp(`^${figure.id}(-step-\\d+)?\\.svg$`));
        const file = await download.path();
        const markup = readFileSync(file, 'utf8');
        // Booleans, not the markup itself: a failure should not print a 200 KB SVG.
        expect({
          xml: markup.startsWith('<?xml'),
          namespace: markup.includes('xmlns="http://www.w3.org/2000/svg"'),
          inlined: /style="[^"]*fill:/.test(markup),
          variables: markup.includes('var(--'),
          kib: Math.ceil(markup.length / 1024) <= 512,
        }).toEqual({ xml: true, namespace: true, inlined: true, variables: false, kib: true });
      } else {
        await frame.locator('summary', { hasText: '下载' }).click();
        await frame.getByRole('button', { name: 'SVG 矢量图' }).click();
        await expect.poll(() => frame.getByRole('status').textContent()).toContain('没有可下载的 SVG');
      }
      await context.close();
    });

    test('PNG at twice the drawing’s size on screen', async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await openHydrated(page, site, figure);
      const frame = frameOf(page, figure.id);
      const svg = frame.locator('svg[data-figure-main]').first();
      if ((await svg.count()) === 0) return;
      const box = (await svg.boundingBox())!;
      await frame.locator('summary', { hasText: '下载' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        frame.getByRole('button', { name: /^PNG/ }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^${figure.id}(-step-\\d+)?\\.png$`));
      const size = pngSize(readFileSync(await download.path()));
      expect(Math.abs(size.width - Math.round(box.width * 2))).toBeLessThanOrEqual(1);
      expect(Math.abs(size.height - Math.round(box.height * 2))).toBeLessThanOrEqual(1);
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
