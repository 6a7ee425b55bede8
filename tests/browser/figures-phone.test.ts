/**
 * Each figure on a phone (360×740, a chapter page): the player stays next to the drawing it
 * changes, so a tap's effect is on screen: with the drawing scrolled to the top of the screen, the
 * player's buttons are whole on screen too, and stepping does not move the page. Touch targets:
 * the player's buttons 44×44 px or more; radio buttons, checkboxes and dropdowns 24×24 px or more
 * (WCAG 2.2, success criterion 2.5.8 Target Size (Minimum)). Screenshots: phone-<id>.png.
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
import { builtFigures, frameOf, openHydrated, stepOf, stepped } from './figures-helpers.ts';

const run = browserAvailable();
const figures = builtFigures();

/** Where the drawing and the player are on screen, in CSS pixels of the viewport. */
async function placesOf(page: Page, id: string) {
  return frameOf(page, id).evaluate((frame) => {
    const drawing =
      frame.querySelector('svg[data-figure-main]') ?? frame.querySelector('.figure-frame__stage svg')!;
    const d = drawing.getBoundingClientRect();
    const buttons = [
      ...frame.querySelectorAll('.figure-frame__toolbar .figure-frame__group:first-child button'),
    ];
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    return { drawing: box(drawing), drawingHeight: d.height, buttons: buttons.map(box), scrollY };
  });
}

describe.runIf(run)('figures on a phone (360×740)', () => {
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

  describe.each(figures)('$tag ($id)', (figure) => {
    test.runIf(stepped(figure))('the player is on screen beside the drawing it changes', async () => {
      const context = await newContext(browser, { width: 360, height: 740 });
      const page = await context.newPage();
      await openHydrated(page, site, figure);
      // The drawing's top just under Starlight's sticky header, as a reader scrolls to it.
      await frameOf(page, figure.id).evaluate((frame) => {
        const drawing =
          frame.querySelector('svg[data-figure-main]') ?? frame.querySelector('.figure-frame__stage svg')!;
        // Starlight's sticky header and, on a phone, its sticky contents bar under it.
        const header = Math.max(
          0,
          ...[...document.querySelectorAll('header.header, mobile-starlight-toc summary')].map(
            (e) => e.getBoundingClientRect().bottom,
          ),
        );
        scrollBy(0, drawing.getBoundingClientRect().top - header - 8);
      });
      await page.waitForTimeout(100);
      const before = await placesOf(page, figure.id);
      expect(before.buttons.length).toBeGreaterThanOrEqual(4);
      for (const b of before.buttons) {
        expect(b.top, 'player button above the screen').toBeGreaterThanOrEqual(0);
        expect(b.bottom, 'player button below the screen').toBeLessThanOrEqual(740);
      }
      // The drawing is on screen at the same time (at least its first 150 px, or all of it).
      expect(before.drawing.top).toBeLessThan(740 - Math.min(150, before.drawingHeight));
      const gap = Math.max(0, before.buttons[0]!.top - before.drawing.bottom);
      console.log(
        `${figure.id}: drawing ${Math.round(before.drawing.top)}–${Math.round(before.drawing.bottom)} px, player at ${Math.round(before.buttons[0]!.top)} px (gap ${Math.round(gap)} px)`,
      );
      await page.screenshot({ path: screenshotPath(`phone-${figure.id}`) });
      const step = await stepOf(page, figure.id);
      await frameOf(page, figure.id).getByRole('button', { name: '前进一步' }).click();
      await expect.poll(() => stepOf(page, figure.id)).not.toBe(step);
      const after = await placesOf(page, figure.id);
      expect(Math.abs(after.scrollY - before.scrollY), 'stepping moved the page').toBeLessThanOrEqual(1);
      await context.close();
    });

    test('touch targets: player buttons 44 px, radio buttons, checkboxes and dropdowns 24 px', async () => {
      const context = await newContext(browser, { width: 360, height: 740 });
      const page = await context.newPage();
      await openHydrated(page, site, figure);
      const small = await frameOf(page, figure.id).evaluate((frame) => {
        const sizeOf = (e: Element) => {
          const r = e.getBoundingClientRect();
          return { w: Math.round(r.width * 10) / 10, h: Math.round(r.height * 10) / 10 };
        };
        const visible = (e: Element) => e.checkVisibility() && e.getBoundingClientRect().width > 0;
        const named = (e: Element) =>
          `${e.tagName.toLowerCase()}${e.getAttribute('type') ? `[${e.getAttribute('type')}]` : ''} ${e.getAttribute('aria-label') ?? e.closest('label')?.textContent?.trim().slice(0, 16) ?? ''}`;
        const out: string[] = [];
        for (const e of frame.querySelectorAll(
          '.figure-frame__toolbar .figure-frame__group:first-child button',
        )) {
          const s = sizeOf(e);
          if (visible(e) && (s.w < 44 || s.h < 44)) out.push(`${named(e)} ${s.w}×${s.h}`);
        }
        for (const e of frame.querySelectorAll('input[type=radio], input[type=checkbox], select')) {
          const s = sizeOf(e);
          if (visible(e) && (s.w < 24 || s.h < 24)) out.push(`${named(e)} ${s.w}×${s.h}`);
        }
        return out;
      });
      expect(small).toEqual([]);
      await context.close();
    });
  });
});
