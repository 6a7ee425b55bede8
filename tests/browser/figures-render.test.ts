/**
 * Each figure on its chapter page: readable with JavaScript off, hydrating without a layout shift,
 * axe-clean in light and dark (with screenshots), and no sideways scrolling at 360 and 1920 px.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchBrowser, newContext, serveDist, type StaticSite } from './harness.ts';
import { builtFigures, frameOf, narrationOf, openHydrated, shootFigure } from './figures-helpers.ts';

const run = browserAvailable();
const figures = builtFigures();
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

describe.runIf(run)('figures render on the server, hydrate without a shift, and pass axe', () => {
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
    test('is rendered on the server and readable with JavaScript disabled', async () => {
      const context = await newContext(browser, { javaScript: false });
      const page = await context.newPage();
      await page.goto(`${site.url}${figure.chapter}`);
      const frame = frameOf(page, figure.id);
      await frame.scrollIntoViewIfNeeded();
      expect(await frame.isVisible()).toBe(true);
      expect(await frame.locator('figcaption').textContent()).toBe(figure.title);
      expect((await narrationOf(page, figure.id))?.trim()).not.toBe('');
      const stage = frame.locator('.figure-frame__stage');
      expect((await stage.boundingBox())?.height ?? 0).toBeGreaterThan(100);
      expect(await stage.locator('svg, table, [role="img"]').count()).toBeGreaterThan(0);
      await context.close();
    });

    test('hydration does not shift the layout: the frame keeps its server-rendered size', async () => {
      const size = async (javaScript: boolean) => {
        const context = await newContext(browser, { javaScript });
        const page = await context.newPage();
        if (javaScript) await openHydrated(page, site, figure);
        else await page.goto(`${site.url}${figure.chapter}`);
        const box = await frameOf(page, figure.id).boundingBox();
        await context.close();
        return { width: Math.round(box!.width), height: Math.round(box!.height) };
      };
      const server = await size(false);
      const hydrated = await size(true);
      expect(Math.abs(hydrated.height - server.height)).toBeLessThanOrEqual(2);
      expect(hydrated.width).toBe(server.width);
    });

    test.each(['light', 'dark'] as const)('axe finds no violations; screenshot in %s', async (scheme) => {
      const context = await newContext(browser, { colorScheme: scheme });
      const page = await context.newPage();
      await page.addInitScript((theme) => localStorage.setItem('starlight-theme', theme), scheme);
      await openHydrated(page, site, figure);
      expect(await page.getAttribute('html', 'data-theme')).toBe(scheme);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async (selector) => {
        type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };
        const axe = (
          window as unknown as { axe: { run: (s: string) => Promise<{ violations: Violation[] }> } }
        ).axe;
        const result = await axe.run(selector);
        // One readable line per rule: which rule, how bad, and the elements it found.
        return result.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      }, `figure[data-figure="${figure.id}"]`);
      expect(violations).toEqual([]);
      await shootFigure(page, figure.id, `figure-${figure.id}-${scheme}`);
      await context.close();
    });

    test.each([360, 1920])('fits a %i px wide screen without horizontal scrolling', async (width) => {
      const context = await newContext(browser, { width, height: width > 1000 ? 1080 : 740 });
      const page = await context.newPage();
      await openHydrated(page, site, figure);
      const box = await frameOf(page, figure.id).boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width + 1);
      // Wide tables may scroll inside their own box; the page itself must not, and every other
      // button must be on screen.
      const outside = await page.evaluate(
        ({ selector, width }) => {
          const scrollsX = (el: Element | null): boolean => {
            for (let e = el; e; e = e.parentElement) {
              if (['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth)
                return true;
            }
            return false;
          };
          const buttons = [...document.querySelectorAll(`${selector} button`)];
          return {
            pageWidth: document.documentElement.scrollWidth,
            off: buttons
              .filter((b) => b.getBoundingClientRect().right > width + 1 && !scrollsX(b.parentElement))
              .map((b) => b.textContent?.trim() || b.getAttribute('aria-label')),
          };
        },
        { selector: `figure[data-figure="${figure.id}"]`, width },
      );
      expect(outside).toEqual({ pageWidth: width, off: [] });
      await shootFigure(page, figure.id, `figure-${figure.id}-${width}px`);
      await context.close();
    });
  });
});
