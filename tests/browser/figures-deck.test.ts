/**
 * The keyboard contract with a host page (src/components/figures/frame/host-keys.ts), in a real
 * reveal.js deck on another origin: before any click the arrows drive the deck; after a click in
 * the figure they step the figure; at the last step → (and PageDown) go on to the next slide
 * through reveal.js's postMessage API; Escape gives the keyboard back to the deck, so the next →
 * moves the slide and not the figure. reveal.js binds its keys on its own document
 * (controllers/keyboard.js), which an iframe's key presses never reach: hence the messages.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import {
  browserAvailable,
  launchBrowser,
  newContext,
  screenshotPath,
  serveDist,
  type StaticSite,
} from './harness.ts';
import { builtFigures, stepped } from './figures-helpers.ts';
import { serveDeck, type Deck } from './deck.ts';

const run = browserAvailable();
const figures = builtFigures().filter(stepped);

/** The deck's current horizontal slide. */
const slideOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { deck: { getIndices(): { h: number } } }).deck.getIndices().h);
/** The figure's step and last step, from its step readout (`第 2 / 9 步`). */
async function stepIn(frame: FrameLocator): Promise<{ step: number; last: number }> {
  const text = (await frame.locator('.figure-frame__step').textContent()) ?? '';
  const match = /第\s*(\d+)\s*\/\s*(\d+)\s*步/.exec(text);
  if (!match) throw new Error(`no step readout: ${text}`);
  return { step: Number(match[1]), last: Number(match[2]) };
}

/**
 * Waits until the slide's figure has hydrated. reveal.js reloads a `data-src` iframe each time its
 * slide is shown, so the frame can be detached while we wait: a detached frame counts as not ready.
 */
async function hydratedIn(frame: FrameLocator): Promise<void> {
  await expect
    .poll(
      () =>
        frame
          .locator('[data-hydrated="true"]')
          .count()
          .catch(() => 0),
      { timeout: 20_000 },
    )
    .toBeGreaterThan(0);
}

describe.runIf(run)('a reveal.js deck on another origin', () => {
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

  test('at least one stepped figure is built', () => {
    expect(figures.map((f) => f.id)).not.toEqual([]);
  });

  describe.each(figures)('$id', (figure) => {
    let deck: Deck;
    beforeAll(async () => {
      deck = await serveDeck(site.url, [
        { heading: '开场' },
        { embed: `embed/${figure.id}/?presenter=1`, title: figure.title },
        { heading: '下一张' },
      ]);
    });
    afterAll(async () => deck?.close());

    test('arrows drive the deck, then the figure, then the deck again at the last step and after Escape', async () => {
      const context = await newContext(browser, { width: 1280, height: 720 });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(deck.url);
      expect(new URL(deck.url).origin).not.toBe(new URL(site.url).origin);
      await page.locator('html[data-ready]').waitFor();
      const frame = page.frameLocator('iframe');

      // Before any click: the deck's keys.
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => slideOf(page)).toBe(1);
      await hydratedIn(frame);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => slideOf(page)).toBe(2);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => slideOf(page)).toBe(1);
      expect((await stepIn(frame)).step).toBe(0);

      // A click in the figure: the arrows step the figure, the deck stays.
      const figureArea = frame.locator('.figure-frame__narration');
      await figureArea.click();
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await stepIn(frame)).step).toBe(1);
      expect(await slideOf(page)).toBe(1);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(async () => (await stepIn(frame)).step).toBe(0);
      // At step 0, ← is not the figure's: the deck goes back, and the next → is the deck's again.
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => slideOf(page)).toBe(0);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => slideOf(page)).toBe(1);

      // PageDown (a clicker) steps to the end, then moves the deck on.
      await hydratedIn(frame);
      await figureArea.click();
      const { last } = await stepIn(frame);
      for (let i = 0; i < last; i++) await page.keyboard.press('PageDown');
      await expect.poll(async () => (await stepIn(frame)).step).toBe(last);
      expect(await slideOf(page)).toBe(1);
      await page.screenshot({ path: screenshotPath(`deck-${figure.id}-last-step`) });
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => slideOf(page)).toBe(2);

      // Back on the slide (the frame kept its step): Escape gives the keyboard to the deck again,
      // though the figure could still step on.
      await page.keyboard.press('ArrowLeft');
      await expect.poll(() => slideOf(page)).toBe(1);
      await figureArea.click();
      await page.keyboard.press('ArrowLeft');
      await expect.poll(async () => (await stepIn(frame)).step).toBe(last - 1);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('IFRAME');
      expect(await page.evaluate(() => document.hasFocus())).toBe(true);
      expect((await stepIn(frame)).step).toBe(last - 1);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => slideOf(page)).toBe(2);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
});
