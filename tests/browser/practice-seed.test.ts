/**
 * Practice islands and their seeds in Chromium: a new problem lands in the URL and the link
 * reproduces it (same digest as Node), a bad seed is reported, and axe-core finds nothing in a
 * checked island (light and dark). Every kind's Node-vs-browser comparison is in practice-sheet.test.ts.
 */
import { readFileSync } from 'node:fs';
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
import { generateProblem, nextSeed, problemDigest, type PracticeKind } from '../../src/sim/practice/index.ts';

const run = browserAvailable();
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const CHAPTER = 'switching/tlb-page-tables/';

const islandOf = (page: Page, kind: PracticeKind) => page.locator(`section[data-practice="${kind}"]`).first();

/** Opens a page and waits until the island of `kind` has hydrated. */
async function openIsland(page: Page, site: StaticSite, path: string, kind: PracticeKind): Promise<void> {
  await page.goto(`${site.url}${path}`);
  const island = islandOf(page, kind);
  await island.scrollIntoViewIfNeeded();
  await island.and(page.locator('[data-hydrated="true"]')).waitFor({ timeout: 20_000 });
}

describe.runIf(run)('practice seeds in Chromium', () => {
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

  test('a new problem with the keyboard: the seed follows nextSeed and lands in the URL', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openIsland(page, site, 'switching/switch-cost/', 'switch-cr3');
    const island = islandOf(page, 'switch-cr3');
    await island.getByRole('button', { name: '换一题' }).focus();
    await page.keyboard.press('Enter');
    const seed = nextSeed(1);
    await expect.poll(() => island.getAttribute('data-seed')).toBe(String(seed));
    const url = new URL(page.url());
    expect(url.searchParams.get('fig')).toBe('practice-switch-cr3');
    expect(url.searchParams.get('seed')).toBe(String(seed));
    expect(await island.locator('[aria-live="polite"]').textContent()).toContain(`种子 ${seed}`);
    await island.locator('select').selectOption('3');
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('3');
    // the shared link reproduces the problem on a fresh page
    await openIsland(page, site, `switching/switch-cost/${new URL(page.url()).search}`, 'switch-cr3');
    expect(await islandOf(page, 'switch-cr3').getAttribute('data-digest')).toBe(
      problemDigest(generateProblem('switch-cr3', seed, { level: 3 })),
    );
    await context.close();
  });

  test('a bad seed in the URL is reported and the default problem stays usable', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openIsland(page, site, `${CHAPTER}?fig=practice-x86-split&seed=abc`, 'x86-split');
    const island = islandOf(page, 'x86-split');
    expect(await island.getByRole('alert').textContent()).toContain('seed 应为 0 到 4294967295 之间的整数');
    expect(await island.getAttribute('data-digest')).toBe(problemDigest(generateProblem('x86-split', 1)));
    await context.close();
  });

  test('axe-core finds no violations in a checked island, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await newContext(browser, { colorScheme: scheme });
      const page = await context.newPage();
      await openIsland(page, site, 'switching/context-switch/', 'switch-steps');
      await islandOf(page, 'switch-steps').getByRole('button', { name: '检查答案' }).click();
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (c: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        const result = await axe.run({ include: [['[data-practice]']] });
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, scheme).toEqual([]);
      if (scheme === 'dark')
        await islandOf(page, 'switch-steps').screenshot({ path: screenshotPath('practice-dark') });
      await context.close();
    }
  });
});
