/**
 * The gallery /figures/ and the scene links: every figure with a live preview, its tag and its
 * parameters; every scene with a server-rendered thumbnail and working copy buttons; no sideways
 * scrolling from 360 to 1920 px; a chapter's scene link opens the figure at that scene.
 */
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
import { builtFigures, frameOf, stepOf } from './figures-helpers.ts';

const run = browserAvailable();
const figures = builtFigures();

describe.runIf(run)('the figure gallery and scenes', () => {
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
      // Each scene: a server-rendered thumbnail with a drawing, a link into the chapter, the copy buttons.
      for (const scene of figure.scenes) {
        const card = page.locator(`#scene-${figure.id}-${scene.id}`);
        expect(
          await card.locator('.figure-thumb svg, .figure-thumb table').count(),
          scene.id,
        ).toBeGreaterThan(0);
        expect(await card.locator('h4 a').getAttribute('href')).toContain(
          `${figure.chapter}?fig=${figure.id}`,
        );
        expect(await card.getByRole('button', { name: '复制链接' }).count()).toBe(1);
        expect(await card.getByRole('button', { name: '复制嵌入代码' }).count()).toBe(1);
      }
      for (const param of figure.params) {
        expect(
          await page.locator('main td code', { hasText: new RegExp(`^${param.name}$`) }).count(),
        ).toBeGreaterThan(0);
      }
    }
    await page.screenshot({ path: screenshotPath('figures-gallery'), fullPage: false });
    await context.close();
  });

  test.each([360, 768, 1280, 1920])('the gallery does not scroll sideways at %i px', async (width) => {
    const context = await newContext(browser, { width, height: 900 });
    const page = await context.newPage();
    await page.goto(`${site.url}figures/`);
    const wide = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      // Anything that sticks out of the viewport, for the failure message.
      out: [...document.querySelectorAll('main *')]
        .filter(
          (e) =>
            e.getBoundingClientRect().right > innerWidth + 1 &&
            !e.closest('.figure-frame__stage, .scene-card__thumb, pre, .expressive-code') &&
            // On a phone the player bar is one row that scrolls sideways inside itself, by design.
            !e.parentElement?.closest('.figure-frame__toolbar'),
        )
        .slice(0, 3)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
    }));
    expect(wide).toEqual({ page: width, out: [] });
    if (width === 360)
      await page.screenshot({ path: screenshotPath('figures-gallery-360px'), fullPage: false });
    await context.close();
  });

  test('the copy buttons of a scene copy an absolute link and iframe code', async () => {
    const context = await newContext(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(site.url).origin,
    });
    const page = await context.newPage();
    await page.goto(`${site.url}figures/`);
    const figure = figures[0]!;
    const card = page.locator(`#scene-${figure.id}-${figure.scenes[0]!.id}`);
    await card.getByRole('button', { name: '复制链接' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.*\?fig=/);
    await card.getByRole('button', { name: '复制嵌入代码' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\//);
    await context.close();
  });

  test.each(figures.map((f) => [f.id, f] as const))(
    '%s: its chapter links to its scenes, which open there',
    async (_, figure) => {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(`${site.url}${figure.chapter}`);
      const links = page.locator('.scene-links a');
      expect(await links.count()).toBe(figure.scenes.length);
      const scene = figure.scenes.find((s) => s.params.step !== undefined) ?? figure.scenes[0]!;
      await page.locator('.scene-links a', { hasText: scene.title }).click();
      const frame = frameOf(page, figure.id);
      await frame.and(page.locator('[data-hydrated="true"]')).waitFor({ timeout: 20_000 });
      if (scene.params.step !== undefined) {
        await expect.poll(() => stepOf(page, figure.id)).toMatch(new RegExp(`第 ${scene.params.step} /`));
      }
      expect(await frame.getByRole('alert').count()).toBe(0);
      await context.close();
    },
  );
});
