/**
 * Shared pieces of the figure browser tests (figures-*.test.ts): which figures are built, how to
 * find a figure's frame, narration and step, open it hydrated, and screenshot it alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { screenshotPath, type StaticSite } from './harness.ts';
import { FIGURES, type FigureEntry } from '../../src/components/figures/registry.ts';

/** The figures whose chapter page in dist/ contains their frame. */
export function builtFigures(): FigureEntry[] {
  return FIGURES.filter((figure) => {
    const file = join('dist', figure.chapter, 'index.html');
    return existsSync(file) && readFileSync(file, 'utf8').includes(`data-figure="${figure.id}"`);
  });
}

/** Whether a figure has the step player (its URL takes `step`); slider figures such as TaskCost do not. */
export const stepped = (figure: FigureEntry): boolean => figure.params.some((p) => p.name === 'step');

/** The frame of a figure on the page. */
export const frameOf = (page: Page, id: string) => page.locator(`figure[data-figure="${id}"]`).first();
/** The narration text of a figure. */
export const narrationOf = (page: Page, id: string) =>
  frameOf(page, id).locator('[aria-live="polite"]').textContent();
/** The step indicator text (`第 2 / 9 步`). */
export const stepOf = (page: Page, id: string) =>
  frameOf(page, id).locator('.figure-frame__step').textContent();

/** Screenshots a figure alone, with Starlight's sticky header and mobile contents bar out of the way. */
export async function shootFigure(page: Page, id: string, name: string): Promise<void> {
  await page.addStyleTag({
    content:
      '.header, mobile-starlight-toc nav { position: static !important; } mobile-starlight-toc, starlight-menu-button { display: none; }',
  });
  await frameOf(page, id).screenshot({ path: screenshotPath(name) });
}

/** Opens a figure's chapter (with an optional query) and waits until the figure has hydrated. */
export async function openHydrated(
  page: Page,
  site: StaticSite,
  figure: FigureEntry,
  query = '',
): Promise<void> {
  await page.goto(`${site.url}${figure.chapter}${query}`);
  const frame = frameOf(page, figure.id);
  await frame.scrollIntoViewIfNeeded();
  await frame.and(page.locator('[data-hydrated="true"]')).waitFor({ timeout: 20_000 });
}

/** Opens a figure's embed page with a query and waits until it has hydrated and fitted itself. */
export async function openEmbed(
  page: Page,
  site: StaticSite,
  figure: FigureEntry,
  query = '',
): Promise<void> {
  await page.goto(`${site.url}embed/${figure.id}/${query}`);
  await page.locator('[data-hydrated="true"]').waitFor({ timeout: 20_000 });
  await page.locator('.figure-frame__stage[data-zoom]').waitFor({ timeout: 10_000 });
  // Two frames: the fitter runs in requestAnimationFrame after the last resize.
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

/**
 * The smallest text on screen in CSS pixels, with where it is: HTML text by computed size times
 * CSS zoom, SVG text by its size times the drawing's scale. Hidden and inert text (the gallery's
 * thumbnails) is not read; aria-hidden text is, since sighted readers see it.
 */
export async function smallestText(page: Page, root = 'body'): Promise<{ px: number; text: string }> {
  return page.evaluate((root) => {
    const leaves = [...document.querySelectorAll(`${root} *`)].filter((e) => {
      if (!(e instanceof HTMLElement || e instanceof SVGTextElement || e instanceof SVGTSpanElement))
        return false;
      if (e.closest('[inert], title, style, script, option')) return false;
      const own = [...e.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
      );
      return own && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    });
    let best = { px: Infinity, text: '' };
    for (const e of leaves) {
      const size = parseFloat(getComputedStyle(e).fontSize);
      let px: number;
      if (e instanceof SVGElement) {
        const m = (e as SVGGraphicsElement).getScreenCTM();
        px = size * (m ? Math.hypot(m.a, m.b) : 1);
      } else {
        px = size * ((e as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1);
      }
      if (px < best.px) best = { px, text: (e.textContent ?? '').trim().slice(0, 30) };
    }
    return best;
  }, root);
}
