/**
 * What a reader does with a figure on its chapter page: step, play, use the keyboard, share a link
 * that reproduces the step, see the error box for a bad parameter; the TLB counters equal the model.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchBrowser, newContext, serveDist, type StaticSite } from './harness.ts';
import { figureScenario } from '../../src/components/figures/tlb-flush/view-model.ts';
import { tlbOptions } from '../../src/components/figures/tlb-flush/options.ts';
import { figureCosts, summarizeCosts } from '../../src/components/figures/task-cost/view-model.ts';
import { initTlbSim, runTlbSim, summarizeTlbMetrics } from '../../src/sim/tlb/index.ts';
import {
  builtFigures,
  frameOf,
  narrationOf,
  openHydrated,
  shootFigure,
  stepOf,
  stepped,
} from './figures-helpers.ts';

const run = browserAvailable();
const figures = builtFigures();

describe.runIf(run)('figures step, share and restore their state', () => {
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
    test.runIf(stepped(figure))('hydrates, and step, back and play change the narration', async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await openHydrated(page, site, figure);
      const frame = frameOf(page, figure.id);
      const first = await narrationOf(page, figure.id);
      await frame.getByRole('button', { name: '前进一步' }).click();
      await expect.poll(() => narrationOf(page, figure.id)).not.toBe(first);
      await frame.getByRole('button', { name: '后退一步' }).click();
      await expect.poll(() => narrationOf(page, figure.id)).toBe(first);
      await frame.getByRole('button', { name: '播放' }).click();
      await expect.poll(() => narrationOf(page, figure.id), { timeout: 5_000 }).not.toBe(first);
      await frame.getByRole('button', { name: '暂停' }).click();
      await frame.getByRole('button', { name: '重置' }).click();
      await expect.poll(() => narrationOf(page, figure.id)).toBe(first);
      await context.close();
    });

    test.runIf(stepped(figure))('the keyboard steps the focused figure', async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await openHydrated(page, site, figure);
      const frame = frameOf(page, figure.id);
      await frame.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('PageDown');
      await expect.poll(() => stepOf(page, figure.id)).toMatch(/第 2 \//);
      await page.keyboard.press('Home');
      await expect.poll(() => stepOf(page, figure.id)).toMatch(/第 0 \//);
      await context.close();
    });

    test.runIf(stepped(figure))(
      'while it plays the frame never gets shorter, and lets go when it stops',
      async () => {
        const context = await newContext(browser);
        const page = await context.newPage();
        await openHydrated(page, site, figure);
        const frame = frameOf(page, figure.id);
        await frame.locator('.figure-frame__toolbar select').selectOption('4');
        // Watched for less than the run lasts at 4× (225 ms a step), so it never reaches its end.
        const last = Number(/\/ (\d+)/.exec((await stepOf(page, figure.id)) ?? '')![1]);
        const watch = Math.min(1500, (last - 1) * 225 - 100);
        // Heights after each step's layout, read in the page so no step is missed.
        const heights = page.evaluate(
          ({ id, watch }) =>
            new Promise<number[]>((ok) => {
              const figure = document.querySelector<HTMLElement>(`figure[data-figure="${id}"]`)!;
              const seen: number[] = [];
              const observer = new ResizeObserver(([entry]) => {
                seen.push(entry!.borderBoxSize[0]!.blockSize);
              });
              observer.observe(figure);
              setTimeout(() => {
                observer.disconnect();
                ok(seen);
              }, watch);
            }),
          { id: figure.id, watch },
        );
        await frame.getByRole('button', { name: '播放' }).click();
        const seen = await heights;
        expect(seen.length).toBeGreaterThan(0);
        for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]! - 0.5);
        if (await frame.getByRole('button', { name: '暂停' }).isVisible()) {
          await frame.getByRole('button', { name: '暂停' }).click();
        }
        await expect.poll(() => frame.evaluate((f) => (f as HTMLElement).style.minHeight)).toBe('');
        await context.close();
      },
    );

    test.runIf(stepped(figure))('a URL with state reproduces the step', async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await openHydrated(page, site, figure);
      const frame = frameOf(page, figure.id);
      await frame.getByRole('button', { name: '前进一步' }).click();
      await frame.getByRole('button', { name: '前进一步' }).click();
      await expect.poll(() => stepOf(page, figure.id)).toMatch(/第 2 \//);
      const expected = await narrationOf(page, figure.id);
      await openHydrated(page, site, figure, `?fig=${figure.id}&step=2`);
      await expect.poll(() => stepOf(page, figure.id)).toMatch(/第 2 \//);
      expect(await narrationOf(page, figure.id)).toBe(expected);
      await context.close();
    });

    test('the copied link reproduces what the reader sees', async () => {
      const context = await newContext(browser);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(site.url).origin,
      });
      const page = await context.newPage();
      await openHydrated(page, site, figure);
      const frame = frameOf(page, figure.id);
      if (stepped(figure)) {
        await frame.getByRole('button', { name: '前进一步' }).click();
        await expect.poll(() => stepOf(page, figure.id)).toMatch(/第 1 \//);
      }
      const expected = await narrationOf(page, figure.id);
      await frame.getByRole('button', { name: '复制链接' }).click();
      await expect.poll(() => frame.getByRole('status').textContent()).toContain('已复制链接');
      const link = await page.evaluate(() => navigator.clipboard.readText());
      expect(new URL(link).searchParams.get('fig')).toBe(figure.id);
      expect(new URL(link).hash).toBe(`#figure-${figure.id}`);
      await page.goto('about:blank');
      await page.goto(link);
      await frameOf(page, figure.id).and(page.locator('[data-hydrated="true"]')).waitFor({ timeout: 20_000 });
      await expect.poll(() => narrationOf(page, figure.id)).toBe(expected);
      await context.close();
    });

    test.runIf(figure.id === 'task-cost')("a task count in the URL gives the model's estimate", async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await openHydrated(page, site, figure, '?fig=task-cost&n=100&stack=65536');
      const expected = summarizeCosts(figureCosts({ n: 100, stack: 65536 }));
      await expect.poll(() => narrationOf(page, figure.id)).toBe(expected);
      await context.close();
    });

    test('a bad URL parameter shows the error box inside the figure', async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      const bad = stepped(figure) ? 'step' : figure.params[0]!.name;
      await openHydrated(page, site, figure, `?fig=${figure.id}&${bad}=nope`);
      const alert = frameOf(page, figure.id).getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain(bad);
      expect(await alert.isVisible()).toBe(true);
      await shootFigure(page, figure.id, `figure-${figure.id}-error`);
      await context.close();
    });

    test.runIf(figure.id === 'tlb-flush')(
      'the TLB counters equal the simulator metrics at the same step',
      async () => {
        const context = await newContext(browser);
        const page = await context.newPage();
        for (const [policy, seed, step] of [
          ['process-switch', 5, 37],
          ['process-switch-pcid', 9, 61],
        ] as const) {
          await openHydrated(page, site, figure, `?fig=tlb-flush&policy=${policy}&seed=${seed}&step=${step}`);
          await expect.poll(() => stepOf(page, figure.id)).toMatch(new RegExp(`第 ${step} /`));
          // The fast path of the model, not the island's recorded run: the same numbers by another route.
          const options = { ...tlbOptions.defaults, policy, seed };
          const m = runTlbSim(initTlbSim(figureScenario(options)), step).metrics;
          const summary = summarizeTlbMetrics(m);
          const counter = (key: string) =>
            frameOf(page, figure.id).locator(`[data-counter="${key}"]`).first().textContent();
          expect(await counter('hits')).toBe(String(m.hits));
          expect(await counter('misses')).toBe(String(m.misses));
          expect(await counter('walks')).toBe(`${m.walks}（${m.walkRefs}）`);
          expect(await counter('flushes')).toBe(`${m.flushes}（${m.flushedEntries}）`);
          expect(await counter('switches')).toBe(`${m.threadSwitches} / ${m.processSwitches}`);
          expect(await counter('cycles')).toBe(summary.cycles.toLocaleString('en'));
          expect(m.accesses).toBe(step);
        }
        await context.close();
      },
    );
  });
});
