/**
 * The JavaScript a practice island costs, measured in Chromium: gzip bytes of every script a page
 * loads once its island has hydrated, minus the scripts a text page (the book's shell) loads.
 * The budget is the figures' one: ≤ 35 KiB beyond the shell for a chapter with one practice island.
 * Each kind is measured alone on the exercises page (the other islands are below the fold and stay
 * unhydrated), plus a real chapter that ends with one island of the heaviest kind.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { browserAvailable, launchBrowser, newContext, serveDist, type StaticSite } from './harness.ts';
import { PRACTICE_KINDS, type PracticeKind } from '../../src/sim/practice/index.ts';

const run = browserAvailable();
const BUDGET_KIB = 35;
const SHELL_PAGE = 'basics/process-and-thread/';

describe.runIf(run)('practice island JavaScript budget', () => {
  let browser: Browser;
  let site: StaticSite;
  let shell: Set<string>;

  /** Opens `path`, optionally scrolls one island into view and waits for it; returns script URL → gzip bytes. */
  async function scripts(path: string, kind?: PracticeKind): Promise<Map<string, number>> {
    const context = await newContext(browser, { height: 480 });
    const page = await context.newPage();
    const loaded = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      loaded.set(response.url(), gzipSync(await response.body()).length);
    });
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
    if (kind) {
      const island = page.locator(`section[data-practice="${kind}"]`);
      // Its top at the top of a short viewport: the islands above and below stay out of view, unhydrated.
      await island.evaluate((el) => scrollTo(0, el.getBoundingClientRect().top + scrollY + 1));
      await island.and(page.locator('[data-hydrated="true"]')).waitFor({ timeout: 20_000 });
      await page.waitForLoadState('networkidle');
      const hydrated = await page.locator('astro-island:not([ssr])').count();
      expect(hydrated, `islands hydrated on ${path}`).toBe(1);
    }
    await context.close();
    return loaded;
  }

  const extra = (all: Map<string, number>) =>
    [...all].filter(([url]) => !shell.has(url)).reduce((s, [, b]) => s + b, 0);

  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveDist('dist', '/');
    shell = new Set((await scripts(SHELL_PAGE)).keys());
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  test.each(PRACTICE_KINDS.map((k) => [k]))(
    'one %s island stays within 35 KiB gzip beyond the shell',
    async (kind) => {
      const bytes = extra(await scripts('study/exercises/', kind));
      console.log(`practice ${kind}: ${(bytes / 1024).toFixed(1)} KiB gzip beyond the shell`);
      expect(bytes).toBeGreaterThan(0);
      expect(bytes).toBeLessThanOrEqual(BUDGET_KIB * 1024);
    },
  );

  test.each([['switching/switch-cost/', 'switch-cr3']] as const)(
    'the chapter %s with its one island (the heaviest kind) stays within budget',
    async (chapter, kind) => {
      const bytes = extra(await scripts(chapter, kind));
      console.log(`chapter /${chapter} (${kind}): ${(bytes / 1024).toFixed(1)} KiB gzip beyond the shell`);
      expect(bytes).toBeLessThanOrEqual(BUDGET_KIB * 1024);
    },
  );
});
