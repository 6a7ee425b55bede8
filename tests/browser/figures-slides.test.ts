/**
 * Every figure on a slide: each embed view listed on `/figures/` (each figure's default view and
 * every named scene, read from the registry) in an iframe on a host page, as a lecturer's deck
 * holds it. Measured as drawn (see text-measure.ts):
 * - 1280×720, `presenter=1`: every visible text of the figure is 14 px or more and none is cut off;
 * - 800×450: `presenter=1` never makes the drawing's text smaller than without it, and with it
 *   nothing is under 10 px; nothing is cut off in either mode;
 * - 640×360, `presenter=1`, and `controls=0`: nothing cut off (the smallest size is reported).
 * The numbers per view go to test-results/slides-text.json; screenshots of every view at
 * 1280×720 and 800×450 in presenter mode go to test-results/screenshots/slide-*.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import {
  browserAvailable,
  launchBrowser,
  newContext,
  screenshotPath,
  serveDist,
  type StaticSite,
} from './harness.ts';
import { measureTexts, reportOf, type TextReport } from './text-measure.ts';
import { FIGURES } from '../../src/components/figures/registry.ts';

const run = browserAvailable();

/** One embed view: a figure's default or one of its scenes, with the query that opens it. */
interface View {
  name: string;
  figure: string;
  query: string;
}

/** Every view the gallery lists: the default of each figure, then its scenes. */
const VIEWS: View[] = FIGURES.flatMap((figure) => [
  { name: `${figure.id}`, figure: figure.id, query: '' },
  ...figure.scenes.map((scene) => ({
    name: `${figure.id}~${scene.id}`,
    figure: figure.id,
    query: new URLSearchParams(scene.params).toString(),
  })),
]);

/**
 * `SLIDES_VIEWS=memory-layout,tlb-flush~compare` measures only the views whose name starts with one
 * of these (the whole run takes minutes); unset, every view.
 */
const ONLY = process.env.SLIDES_VIEWS?.split(',').filter(Boolean) ?? [];
const MEASURED = ONLY.length === 0 ? VIEWS : VIEWS.filter((v) => ONLY.some((o) => v.name.startsWith(o)));

/** The frames each view is measured in: size, embed options, and the smallest text asked for. */
const CASES = [
  { key: 'slide', width: 1280, height: 720, options: 'presenter=1', minimum: 14, shot: true },
  { key: 'small', width: 800, height: 450, options: '', minimum: 0, shot: false },
  { key: 'small-presenter', width: 800, height: 450, options: 'presenter=1', minimum: 10, shot: true },
  { key: 'tiny-presenter', width: 640, height: 360, options: 'presenter=1', minimum: 0, shot: false },
  {
    key: 'slide-clean',
    width: 1280,
    height: 720,
    options: 'presenter=1&controls=0',
    minimum: 14,
    shot: false,
  },
  { key: 'small-clean', width: 800, height: 450, options: 'controls=0', minimum: 0, shot: false },
] as const;

type CaseKey = (typeof CASES)[number]['key'];

/**
 * Where a view does not meet the rule yet (issue 18 stays open for these): the smallest size it
 * reaches today and how many texts are still cut off, so it can only get better. The 800×450
 * presenter frames of task-cost need a slide drawing of their own. Delete an
 * entry when its view meets the rule: the test then fails until it is deleted, so the list never
 * claims a gap that is gone.
 */
const KNOWN: Readonly<Record<string, Partial<Record<CaseKey, { min?: number; cut?: number }>>>> = {
  'tlb-flush~thread-switch': { 'tiny-presenter': { cut: 1 } },
  'tlb-flush~compare': { 'small-clean': { cut: 3 } },
  'task-cost': { 'small-presenter': { min: 8.3 } },
  'task-cost~hundred': { 'small-presenter': { min: 8.3 } },
  'task-cost~small-stacks': { 'small-presenter': { min: 8.3 } },
  'task-cost~ten-million': { 'small-presenter': { min: 8.8 } },
};
/** A case's report, and the smallest text of the drawing alone (the stage). */
type Measured = TextReport & { stageMin: number };

/** Opens one view in an iframe of the given size on a blank host page and waits for the fit. */
async function openFramed(
  page: Page,
  site: StaticSite,
  view: View,
  c: (typeof CASES)[number],
): Promise<Frame> {
  const query = [view.query, c.options].filter(Boolean).join('&');
  const src = `${site.url}embed/${view.figure}/${query ? `?${query}` : ''}`;
  await page.setContent(
    `<!doctype html><html lang="zh-CN"><body style="margin:0;background:#333">` +
      `<iframe src="${src}" title="${view.name}" width="${c.width}" height="${c.height}" style="border:0;display:block"></iframe></body></html>`,
  );
  const frame = page.frames()[1]!;
  await frame.locator('[data-hydrated="true"]').waitFor({ timeout: 20_000 });
  await frame.locator('.figure-frame__stage[data-zoom]').waitFor({ timeout: 10_000 });
  // The fitter runs in requestAnimationFrame after the last resize; fonts may re-lay the text out.
  await frame.evaluate(() => document.fonts.ready);
  await frame.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.waitForTimeout(120);
  return frame;
}

describe.runIf(run)('every figure view on a slide', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let site: StaticSite;
  const results: Record<string, Partial<Record<CaseKey, Measured>>> = {};

  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveDist('dist', '/');
    context = await newContext(browser, { width: 1300, height: 740 });
    page = await context.newPage();
  });
  afterAll(async () => {
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/slides-text.json', `${JSON.stringify(results, null, 2)}\n`);
    await context?.close();
    await browser?.close();
    await site?.close();
  });

  test('the views are read from the registry: every figure and every scene', () => {
    expect(new Set(VIEWS.map((v) => v.figure)).size).toBe(FIGURES.length);
    expect(VIEWS.length).toBe(FIGURES.length + FIGURES.reduce((n, f) => n + f.scenes.length, 0));
  });

  test.each(MEASURED)('$name', async (view) => {
    const measured: Partial<Record<CaseKey, Measured>> = {};
    results[view.name] = measured;
    for (const c of CASES) {
      const frame = await openFramed(page, site, view, c);
      const report = reportOf(await measureTexts(frame), c.minimum);
      const stage = reportOf(await measureTexts(frame, '.figure-frame__stage'), c.minimum);
      measured[c.key] = { ...report, stageMin: stage.min };
      if (c.shot) {
        await page.screenshot({
          path: screenshotPath(`slide-${view.name}-${c.width}x${c.height}-presenter`),
          clip: { x: 0, y: 0, width: c.width, height: c.height },
        });
      }
      const where = `${view.name} ${c.width}×${c.height} ${c.options}`;
      const known = KNOWN[view.name]?.[c.key];
      if (known?.cut === undefined) {
        expect.soft(report.cut, `${where}: cut off or covered`).toEqual([]);
      } else {
        expect
          .soft(report.cut.length, `${where}: known cut-offs ${report.cut.join(', ')}`)
          .toBeLessThanOrEqual(known.cut);
        expect
          .soft(report.cut.length, `${where}: no longer cut off: delete it from KNOWN`)
          .toBeGreaterThan(0);
      }
      if (c.minimum > 0) {
        const floor = known?.min ?? c.minimum;
        expect
          .soft(
            report.min,
            `${where}: ${report.under} of ${report.count} texts under ${c.minimum} px, smallest “${report.minText}”`,
          )
          .toBeGreaterThanOrEqual(floor);
        if (known?.min !== undefined) {
          expect
            .soft(report.min, `${where}: meets ${c.minimum} px now: delete it from KNOWN`)
            .toBeLessThan(c.minimum);
        }
      }
    }
    // Presenter mode enlarges: the drawing's own text is never smaller than without it.
    expect
      .soft(
        measured['small-presenter']!.stageMin,
        `${view.name} 800×450: drawing text with presenter=1 vs without`,
      )
      .toBeGreaterThanOrEqual(measured.small!.stageMin - 0.05);
  });
});
