/**
 * The embed pages a lecturer puts on a slide: inside an <iframe> with only same-origin requests
 * and no 404 (favicon included), the display options, and the fit to the frame: at every slide
 * size and in an 800×450 iframe nothing scrolls, the narration and the player are on screen and
 * nothing is cut off; at 1280×720 no text is under 14 px. At 360 px each figure re-lays out so no
 * label is under 11 px. Screenshots: each figure at 1280×720 in presenter mode and at 360 px.
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
import {
  builtFigures,
  frameOf,
  openEmbed,
  openHydrated,
  shootFigure,
  smallestText,
  stepped,
} from './figures-helpers.ts';

const run = browserAvailable();
const figures = builtFigures();

/** The slide sizes of the issue: 4:3, 16:9 and the common laptop panel. */
const SLIDES = [
  [1024, 768],
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const;

/** How the page fits: scroll sizes, and whether narration, player and drawing are whole on screen. */
async function fitOf(page: Page) {
  return page.evaluate(() => {
    const inside = (selector: string) => {
      const e = document.querySelector(selector);
      if (!e || e.getClientRects().length === 0) return false;
      const r = e.getBoundingClientRect();
      return r.top >= -1 && r.left >= -1 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1;
    };
    const fit = document.querySelector('.figure-frame__fit')!;
    return {
      height: document.documentElement.scrollHeight <= innerHeight,
      width: document.documentElement.scrollWidth <= innerWidth,
      narration: inside('.figure-frame__narration'),
      player: document.querySelector('.figure-frame__play')
        ? inside('.figure-frame__play')
        : inside('.figure-frame__toolbar'),
      stage: inside('.figure-frame__stage'),
      notCut: fit.scrollHeight <= fit.clientHeight + 1 && fit.scrollWidth <= fit.clientWidth + 1,
      // No box inside the figure hides part of its content behind a scroll bar or a clip.
      clipped: [...fit.querySelectorAll('*')]
        .filter((e) => {
          const style = getComputedStyle(e);
          const clips = (v: string) => v !== 'visible';
          return (
            (clips(style.overflowY) && e.scrollHeight > e.clientHeight + 1) ||
            (clips(style.overflowX) && e.scrollWidth > e.clientWidth + 1)
          );
        })
        .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`),
    };
  });
}

const FITS = {
  height: true,
  width: true,
  narration: true,
  player: true,
  stage: true,
  notCut: true,
  clipped: [],
};

describe.runIf(run)('embed pages', () => {
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
    test('the embed page works inside an <iframe> with only same-origin requests', async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      const before = site.requests.length;
      const notFound: string[] = [];
      page.on('response', (response) => {
        if (response.status() >= 400)
          notFound.push(`${response.status()} ${new URL(response.url()).pathname}`);
      });
      const src = `${site.url}embed/${figure.id}/?${stepped(figure) ? 'step=1&' : ''}theme=dark`;
      await page.setContent(
        `<!doctype html><html lang="zh-CN"><body><h1>外部页面</h1>` +
          `<iframe src="${src}" title="${figure.title}" width="800" height="620"></iframe></body></html>`,
      );
      const inner = page.frameLocator('iframe').locator(`figure[data-figure="${figure.id}"]`);
      await inner
        .and(page.frameLocator('iframe').locator('[data-hydrated="true"]'))
        .waitFor({ timeout: 20_000 });
      expect((await inner.locator('[aria-live="polite"]').textContent())?.trim()).not.toBe('');
      if (stepped(figure)) {
        await expect.poll(() => inner.locator('.figure-frame__step').textContent()).toMatch(/第 1 \//);
        await inner.getByRole('button', { name: '前进一步' }).click();
        await expect.poll(() => inner.locator('.figure-frame__step').textContent()).toMatch(/第 2 \//);
      }
      const html = page.frames()[1]!;
      expect(await html.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await html.evaluate(() => document.cookie)).toBe('');
      expect(await context.cookies()).toEqual([]);
      const served = site.requests.slice(before);
      expect(served.length).toBeGreaterThan(0);
      expect(served.every((path) => path.startsWith(new URL(site.url).pathname))).toBe(true);
      await page.screenshot({ path: screenshotPath(`figure-${figure.id}-embed`) });
      expect(notFound).toEqual([]);
      await context.close();
    });

    test('embed options: transparent background and presenter type size', async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await openEmbed(page, site, figure);
      // The frame's own text (title, narration, player); the drawing's is measured in figures-slides.
      const plain = await page.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        size: parseFloat(getComputedStyle(document.querySelector('.figure-frame__narration')!).fontSize),
      }));
      expect(plain.bg).not.toBe('rgba(0, 0, 0, 0)');
      await openEmbed(page, site, figure, '?transparent=1&presenter=1&theme=light');
      const styled = await page.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        frame: getComputedStyle(document.querySelector('.figure-frame')!).backgroundColor,
        size: parseFloat(getComputedStyle(document.querySelector('.figure-frame__narration')!).fontSize),
        lang: document.documentElement.lang,
        slide: document.querySelector<HTMLElement>('.figure-frame')!.dataset.slide,
      }));
      expect(styled).toEqual({
        bg: 'rgba(0, 0, 0, 0)',
        frame: 'rgba(0, 0, 0, 0)',
        size: styled.size,
        lang: 'zh-CN',
        slide: expect.stringMatching(/^(stack|side|wide|compact|plain)$/),
      });
      // Presenter mode never sets the frame's text smaller; it is larger unless that would shrink the drawing.
      expect(styled.size).toBeGreaterThanOrEqual(plain.size);
      await context.close();
    });

    test('fits every slide size, presenter mode too; text at 1280×720 is 14 px or more', async () => {
      const context = await newContext(browser, { width: 1280, height: 720 });
      const page = await context.newPage();
      for (const query of ['', '?presenter=1']) {
        await openEmbed(page, site, figure, query);
        // One load per mode: a resize is what a projector or a resized window does, and the figure must follow it.
        for (const [width, height] of [...SLIDES, [1280, 720] as const]) {
          await page.setViewportSize({ width, height });
          await page.evaluate(
            () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))),
          );
          const size = `${width}×${height}${query}`;
          expect({ size, ...(await fitOf(page)) }).toEqual({ size, ...FITS });
        }
        const smallest = await smallestText(page, '.figure-frame');
        expect(smallest.px, `${query}: “${smallest.text}”`).toBeGreaterThanOrEqual(14);
        if (query) await page.screenshot({ path: screenshotPath(`embed-${figure.id}-1280x720-presenter`) });
      }
      await context.close();
    });

    test('fits an 800×450 iframe', async () => {
      const context = await newContext(browser, { width: 1000, height: 700 });
      const page = await context.newPage();
      await page.setContent(
        `<!doctype html><html lang="zh-CN"><body style="margin:0">` +
          `<iframe src="${site.url}embed/${figure.id}/" title="${figure.title}" width="800" height="450" style="border:0"></iframe></body></html>`,
      );
      const frame = page.frames()[1]!;
      await frame.locator('.figure-frame__stage[data-zoom]').waitFor({ timeout: 20_000 });
      await page.waitForTimeout(200);
      const inner = await frame.evaluate(() => ({
        height: document.documentElement.scrollHeight <= innerHeight,
        width: document.documentElement.scrollWidth <= innerWidth,
        size: `${innerWidth}×${innerHeight}`,
      }));
      expect(inner).toEqual({ height: true, width: true, size: '800×450' });
      await page.screenshot({
        path: screenshotPath(`embed-${figure.id}-iframe-800x450`),
        clip: { x: 0, y: 0, width: 800, height: 450 },
      });
      await context.close();
    });

    test('controls=0 leaves a clean picture and its narration; the keyboard still steps', async () => {
      const context = await newContext(browser, { width: 1280, height: 720 });
      const page = await context.newPage();
      await openEmbed(page, site, figure, '?controls=0');
      expect(await page.locator('.figure-frame__toolbar').isVisible()).toBe(false);
      expect(await page.locator('[data-figure-controls]:visible').count()).toBe(0);
      expect(await page.locator('.figure-frame__narration').isVisible()).toBe(true);
      expect(await fitOf(page)).toEqual({ ...FITS, player: false });
      if (stepped(figure)) {
        await frameOf(page, figure.id).focus();
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => page.locator('.figure-frame__step').textContent()).toMatch(/第 1 \//);
      }
      await context.close();
    });

    test.runIf(stepped(figure))('autoplay=1 and speed play the figure on their own', async () => {
      const context = await newContext(browser, { width: 1280, height: 720 });
      const page = await context.newPage();
      await openEmbed(page, site, figure, '?autoplay=1&speed=4');
      expect(await page.locator('.figure-frame__toolbar select').inputValue()).toBe('4');
      await expect
        .poll(() => page.locator('.figure-frame__step').textContent(), { timeout: 5_000 })
        .not.toMatch(/第 0 \//);
      await page.goto(`${site.url}embed/${figure.id}/?speed=3`);
      await page.locator('[data-hydrated="true"]').waitFor({ timeout: 20_000 });
      await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 }).toContain('speed');
      await context.close();
    });

    test('at 360 px the figure re-lays out: no label under 11 px, no sideways page', async () => {
      const context = await newContext(browser, { width: 360, height: 740 });
      const page = await context.newPage();
      await openHydrated(page, site, figure);
      await page.waitForTimeout(200);
      const smallest = await smallestText(page, `figure[data-figure="${figure.id}"]`);
      expect(smallest.px, `“${smallest.text}”`).toBeGreaterThanOrEqual(11);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(360);
      await shootFigure(page, figure.id, `figure-${figure.id}-360px`);
      await context.close();
    });
  });
});
