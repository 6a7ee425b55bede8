/**
 * What a reader sees and can do with each interactive figure, in Chromium against the built dist/:
 * the server-rendered figure without JavaScript, hydration, stepping and playing, a shared URL
 * that reproduces a step, the error box for a bad parameter, the embed page inside an <iframe>,
 * axe-core, and screenshots in light and dark. Figures not yet on their chapter page are skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
import { FIGURES, type FigureEntry } from '../../src/components/figures/registry.ts';
import { figureScenario, tlbFlushPropsSchema } from '../../src/components/figures/TlbFlush.tsx';
import { initTlbSim, runTlbSim, summarizeTlbMetrics } from '../../src/sim/tlb/index.ts';
import { figureCosts, summarizeCosts } from '../../src/components/figures/TaskCost.tsx';

/** The figures whose chapter page in dist/ contains their frame. */
function builtFigures(): FigureEntry[] {
  return FIGURES.filter((figure) => {
    const file = join('dist', figure.chapter, 'index.html');
    return existsSync(file) && readFileSync(file, 'utf8').includes(`data-figure="${figure.id}"`);
  });
}

/** Whether a figure has the step player (its URL takes `step`); slider figures such as TaskCost do not. */
const stepped = (figure: FigureEntry) => figure.params.some((p) => p.name === 'step');

const run = browserAvailable();
const figures = builtFigures();
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** The frame of a figure on the page. */
const frameOf = (page: Page, id: string) => page.locator(`figure[data-figure="${id}"]`).first();
/** The narration text of a figure. */
const narrationOf = (page: Page, id: string) =>
  frameOf(page, id).locator('[aria-live="polite"]').textContent();
/** The step indicator text (`第 2 / 9 步`). */
const stepOf = (page: Page, id: string) => frameOf(page, id).locator('.figure-frame__step').textContent();

/** Screenshots a figure alone, with Starlight's sticky header and mobile contents bar out of the way. */
async function shootFigure(page: Page, id: string, name: string): Promise<void> {
  await page.addStyleTag({
    content:
      '.header, mobile-starlight-toc nav { position: static !important; } mobile-starlight-toc, starlight-menu-button { display: none; }',
  });
  await frameOf(page, id).screenshot({ path: screenshotPath(name) });
}

/** Opens a figure's chapter (with an optional query) and waits until the figure has hydrated. */
async function openHydrated(page: Page, site: StaticSite, figure: FigureEntry, query = ''): Promise<void> {
  await page.goto(`${site.url}${figure.chapter}${query}`);
  const frame = frameOf(page, figure.id);
  await frame.scrollIntoViewIfNeeded();
  await frame.and(page.locator('[data-hydrated="true"]')).waitFor({ timeout: 20_000 });
}

describe.runIf(run)('interactive figures in Chromium', () => {
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

  test('the gallery shows a live preview, the tag and the parameters of every figure', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${site.url}figures/`);
    expect(await page.locator('main h1').first().textContent()).toBe('交互图一览');
    for (const figure of figures) {
      const frame = frameOf(page, figure.id);
      await frame.scrollIntoViewIfNeeded();
      await frame.and(page.locator('[data-hydrated="true"]')).waitFor({ timeout: 20_000 });
      const section = page.locator('main').getByText(`<${figure.tag} client:visible />`);
      expect(await section.count()).toBe(1);
      for (const param of figure.params) {
        expect(
          await page.locator('main td code', { hasText: new RegExp(`^${param.name}$`) }).count(),
        ).toBeGreaterThan(0);
      }
    }
    await page.screenshot({ path: screenshotPath('figures-gallery'), fullPage: false });
    await context.close();
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
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          frame.getByRole('button', { name: '下载 SVG' }).click(),
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
        await frame.getByRole('button', { name: '下载 SVG' }).click();
        await expect.poll(() => frame.getByRole('status').textContent()).toContain('没有可下载的 SVG');
      }
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

    test('the embed page works inside an <iframe> with only same-origin requests', async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      const before = site.requests.length;
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
      await context.close();
    });

    test('embed options: transparent background and presenter type size', async () => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(`${site.url}embed/${figure.id}/`);
      const plain = await page.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        size: parseFloat(getComputedStyle(document.documentElement).fontSize),
      }));
      expect(plain.bg).not.toBe('rgba(0, 0, 0, 0)');
      await page.goto(`${site.url}embed/${figure.id}/?transparent=1&presenter=1&theme=light`);
      const styled = await page.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        frame: getComputedStyle(document.querySelector('.figure-frame')!).backgroundColor,
        size: parseFloat(getComputedStyle(document.documentElement).fontSize),
        lang: document.documentElement.lang,
      }));
      expect(styled).toEqual({
        bg: 'rgba(0, 0, 0, 0)',
        frame: 'rgba(0, 0, 0, 0)',
        size: plain.size * 1.5,
        lang: 'zh-CN',
      });
      await context.close();
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
          const options = tlbFlushPropsSchema.parse({ policy, seed });
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
