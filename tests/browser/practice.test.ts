/**
 * Practice islands in Chromium against the built dist/: on every chapter of parts two and three,
 * server-rendered without JavaScript, answered right and wrong (and malformed) with the keyboard
 * only, with screenshots of a wrong answer and its worked solution (light 1280 px, dark 360 px).
 */
import { readFileSync } from 'node:fs';
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
import {
  PRACTICE_KINDS,
  generateProblem,
  problemDigest,
  type Part,
  type PracticeKind,
} from '../../src/sim/practice/index.ts';
import { malformedText, rightText, wrongText } from '../sim/practice/answer-text.ts';

const run = browserAvailable();
const CHAPTER = 'switching/tlb-page-tables/';

const islandOf = (page: Page, kind: PracticeKind) => page.locator(`section[data-practice="${kind}"]`).first();

/** Opens a page and waits until the island of `kind` has hydrated. */
async function openIsland(page: Page, site: StaticSite, path: string, kind: PracticeKind): Promise<void> {
  await page.goto(`${site.url}${path}`);
  const island = islandOf(page, kind);
  await island.scrollIntoViewIfNeeded();
  await island.and(page.locator('[data-hydrated="true"]')).waitFor({ timeout: 20_000 });
}

/**
 * Answers every part with the keyboard only: from the first field, type (or Space and arrows in a
 * radio group), then Tab to the next part; after the last part Tab reaches “检查答案” and Enter checks.
 * Each Tab is asserted to land in the next part, so the tab order is tested too.
 */
async function answerWithKeyboard(
  page: Page,
  kind: PracticeKind,
  parts: readonly Part[],
  text: (p: Part) => string,
) {
  const island = islandOf(page, kind);
  const focusedPart = () =>
    page.evaluate(() => document.activeElement?.closest('[data-part]')?.getAttribute('data-part'));
  await island.locator(`[data-part="${parts[0]!.id}"]`).locator('input').first().focus();
  for (const part of parts) {
    expect(await focusedPart()).toBe(part.id);
    if (part.input.type === 'choice') {
      const index = part.input.options.findIndex((o) => o.value === text(part));
      await page.keyboard.press('Space');
      for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight');
    } else {
      await page.keyboard.type(text(part));
    }
    await page.keyboard.press('Tab');
  }
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('检查答案');
  await page.keyboard.press('Enter');
}

/** Chapters of parts two and three, and the practice islands each ends with (read from the built HTML). */
const CHAPTERS = [
  'switching/context-switch/',
  'switching/tlb-page-tables/',
  'switching/switch-cost/',
  'communication/ipc-overview/',
  'communication/linux-pipe/',
  'communication/message-queue/',
  'communication/shared-memory-semaphore/',
  'communication/signals/',
  'communication/socket-mmap-frameworks/',
  'communication/thread-sync/',
];

describe('practice islands in the built pages', () => {
  test.each(CHAPTERS)('%s ends with a 练习 section of practice islands', (chapter) => {
    const html = readFileSync(join('dist', chapter, 'index.html'), 'utf8');
    // no chapter heading between 练习 and the last island: the islands close the chapter's text
    const practice = html.lastIndexOf('<h2 id="练习"');
    const lastIsland = html.lastIndexOf('data-practice="');
    expect(practice).toBeGreaterThan(0);
    expect(lastIsland).toBeGreaterThan(practice);
    expect(html.slice(practice + 1, lastIsland)).not.toContain('<h2');
    expect(html.slice(0, practice)).not.toContain('data-practice=');
  });

  test('the exercises page gathers all seven kinds', () => {
    const html = readFileSync(join('dist', 'study/exercises/index.html'), 'utf8');
    expect([...html.matchAll(/data-practice="([a-z0-9-]+)"/g)].map((m) => m[1])).toEqual([...PRACTICE_KINDS]);
  });
});

describe.runIf(run)('practice islands in Chromium', () => {
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

  test('without JavaScript the question, the fields and the answer key are there', async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    await page.goto(`${site.url}${CHAPTER}`);
    const island = islandOf(page, 'linear-translate');
    const problem = generateProblem('linear-translate', 1);
    expect(await island.getAttribute('data-digest')).toBe(problemDigest(problem));
    expect(await island.locator('input[type="text"]').count()).toBe(problem.parts.length);
    expect(await island.locator('button[type="submit"]').isDisabled()).toBe(true);
    await island.locator('details summary').click();
    expect(await island.locator('details').textContent()).toContain(problem.parts[0]!.answerText);
    await context.close();
  });

  test('answered right with the keyboard: every part is marked right and the result is announced', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const seed = 424242;
    await openIsland(
      page,
      site,
      `${CHAPTER}?fig=practice-tlb-trace&seed=${seed}&level=2#practice-tlb-trace`,
      'tlb-trace',
    );
    const problem = generateProblem('tlb-trace', seed, { level: 2 });
    const island = islandOf(page, 'tlb-trace');
    expect(await island.getAttribute('data-digest')).toBe(problemDigest(problem));
    await answerWithKeyboard(page, 'tlb-trace', problem.parts, rightText);
    const live = island.locator('[aria-live="polite"]');
    await expect.poll(() => live.textContent()).toContain('全部正确');
    const verdicts = await island
      .locator('[data-part]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
    expect(verdicts).toEqual(problem.parts.map(() => 'right'));
    await context.close();
  });

  test.each([
    ['light', 1280],
    ['dark', 360],
  ] as const)(
    'answered wrong (%s, %i px): wrong and malformed parts get a message, the worked solution shows',
    async (scheme, width) => {
      const context = await newContext(browser, { colorScheme: scheme, width, height: 900 });
      const page = await context.newPage();
      const seed = 7;
      await openIsland(
        page,
        site,
        `${CHAPTER}?fig=practice-linear-translate&seed=${seed}&level=1`,
        'linear-translate',
      );
      const problem = generateProblem('linear-translate', seed);
      const [first, second, ...rest] = problem.parts;
      const text = (p: Part) =>
        p === first ? wrongText(p) : p === second ? malformedText(p)! : rightText(p);
      await answerWithKeyboard(page, 'linear-translate', problem.parts, text);
      const island = islandOf(page, 'linear-translate');
      const part = (p: Part) => island.locator(`[data-part="${p.id}"]`);
      await expect.poll(() => part(first!).getAttribute('data-verdict')).toBe('wrong');
      expect(await part(first!).locator('.practice__solution').textContent()).toContain(
        first!.solution.at(-1)!,
      );
      expect(await part(first!).locator('input').getAttribute('aria-invalid')).toBe('true');
      expect(await part(second!).getAttribute('data-verdict')).toBe('malformed');
      expect(await part(second!).textContent()).toContain('「0xZZ」既不是地址也不是“无效”');
      for (const p of rest) expect(await part(p).getAttribute('data-verdict')).toBe('right');
      expect(await island.locator('[aria-live="polite"]').textContent()).toContain('1 处不对，1 处格式有误');
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      await page.addStyleTag({
        content: '.header, mobile-starlight-toc nav { position: static !important; }',
      });
      await island.screenshot({ path: screenshotPath(`practice-wrong-${scheme}-${width}`) });
      await context.close();
    },
  );
});
