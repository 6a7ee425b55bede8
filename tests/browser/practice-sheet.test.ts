/**
 * The lecturer's sheet in Chromium: rendered from the URL parameters by the same generators as the
 * CLI (compared problem by problem), a bad parameter named on the page, the form, and the printed
 * PDF with the answer key starting on a new page (saved beside the screenshots for a person to read).
 */
import { readFileSync, writeFileSync } from 'node:fs';
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
import { parseSheetParams, problemDigest, sheetProblems } from '../../src/sim/practice/index.ts';
import { runPracticeCli } from '../../src/sim/practice/cli.ts';
import { linkPages } from './pdf-links.ts';

const run = browserAvailable();
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

describe.runIf(run)('practice sheet in Chromium', () => {
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

  test('renders the problems of the query, the same as Node and the CLI, with the key on a new printed page', async () => {
    // every kind once at the hardest level, then the first again: the browser's generators against Node's
    const query = { kinds: 'all', n: '8', seed: '3000000000', level: '3' };
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${site.url}practice/sheet/?${new URLSearchParams(query)}`);
    await page.locator('.practice-sheet[data-hydrated="true"]').waitFor({ timeout: 20_000 });
    const parsed = parseSheetParams(query);
    if (!parsed.ok) throw new Error(parsed.errors.join('；'));
    const expected = sheetProblems(parsed.value);
    await expect
      .poll(() =>
        page
          .locator('.practice-sheet__problem')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-digest'))),
      )
      .toEqual(expected.map(problemDigest));
    // the CLI prints the same problems for the same parameters
    const cli = JSON.parse(
      runPracticeCli(['all', '--count', '8', '--seed', '3000000000', '--level', '3', '--answer', '--json'])
        .stdout,
    ) as {
      problems: unknown[];
    };
    expect(cli.problems).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(await page.locator('.practice-sheet__answers').count()).toBe(8);
    expect(await page.locator('.practice-sheet__meta code').textContent()).toBe(
      'npm run sim -- practice linear-translate,x86-split,tlb-trace,switch-cr3,ipc-cost,task-stacks,switch-steps --seed 3000000000 --count 8 --level 3 --answer',
    );

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.practice-sheet__form').isVisible()).toBe(false);
    const breakBefore = await page
      .locator('.practice-sheet__key')
      .evaluate((el) => getComputedStyle(el).breakBefore);
    expect(breakBefore).toBe('page');
    await page.screenshot({ path: screenshotPath('practice-sheet-print'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(screenshotPath('practice-sheet').replace(/\.png$/, '.pdf'), pdf);
    // PDF pages: the problems take at least one, the key starts on a later one
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    await context.close();
  });

  // Issue 20: problem 5's heading was printed on page 3 and its table on page 4.
  test.each([
    'kinds=all&n=14&seed=1&level=3',
    'kinds=all&n=14&seed=2024&level=2',
    'kinds=tlb-trace,switch-steps,switch-cr3&n=9&seed=77&level=3',
  ])('printed to A4, no problem spans two pages: %s', async (query) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${site.url}practice/sheet/?${query}`);
    await page.locator('.practice-sheet[data-hydrated="true"]').waitFor({ timeout: 20_000 });
    // a marker link at the top and one at the bottom of every problem; the PDF says where each was printed
    const count = await page.locator('.practice-sheet__problem').evaluateAll((els) => {
      els.forEach((el, i) => {
        for (const where of ['top', 'bottom']) {
          const a = document.createElement('a');
          a.href = `https://marker.invalid/${i + 1}-${where}`;
          a.textContent = '·';
          if (where === 'top') el.prepend(a);
          else el.append(a);
        }
      });
      return els.length;
    });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = linkPages(pdf);
    const spans: string[] = [];
    for (let i = 1; i <= count; i++) {
      const top = pages.get(`https://marker.invalid/${i}-top`);
      const bottom = pages.get(`https://marker.invalid/${i}-bottom`);
      expect(top, `problem ${i} top marker`).toHaveLength(1);
      expect(bottom, `problem ${i} bottom marker`).toHaveLength(1);
      if (top![0] !== bottom![0]) spans.push(`第 ${i} 题：第 ${top![0]}–${bottom![0]} 页`);
    }
    expect(spans).toEqual([]);
    await context.close();
  });

  test('seeds=0: the student pages print no seed and no command, the key keeps both', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${site.url}practice/sheet/?kinds=ipc-cost,tlb-trace&n=4&seed=2024&level=2&seeds=0`);
    await page.locator('.practice-sheet[data-hydrated="true"]').waitFor({ timeout: 20_000 });
    const problems = (await page.locator('.practice-sheet__problems').textContent())!;
    expect(problems).not.toContain('种子');
    expect(problems).not.toContain('2024');
    const beforeKey = await page.evaluate(() => {
      const key = document.querySelector('.practice-sheet__key')!;
      return [...document.querySelectorAll('code')].filter(
        (c) => c.compareDocumentPosition(key) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).length;
    });
    expect(beforeKey).toBe(0);
    expect(await page.locator('.practice-sheet__key code').textContent()).toBe(
      'npm run sim -- practice ipc-cost,tlb-trace --seed 2024 --count 4 --level 2 --answer',
    );
    expect(await page.locator('.practice-sheet__key').textContent()).toContain('种子 2025');
    expect(await page.locator('input[name="seeds"]').isChecked()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: screenshotPath('practice-sheet-seeds-0-print'), fullPage: true });
    await context.close();
  });

  test('axe-core finds no violations on the sheet, light and dark (the blanks were labelled spans)', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await newContext(browser, { colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${site.url}practice/sheet/?kinds=all&n=7&seed=5&level=2`);
      await page.locator('.practice-sheet[data-hydrated="true"]').waitFor({ timeout: 20_000 });
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (c: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        const result = await axe.run(document);
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
      });
      expect(violations, scheme).toEqual([]);
      await context.close();
    }
  });

  test('a bad parameter is named on the page and the default sheet is shown', async () => {
    const context = await newContext(browser, { width: 360 });
    const page = await context.newPage();
    await page.goto(`${site.url}practice/sheet/?kinds=tlb,linear-translate&n=500`);
    await page.locator('.practice-sheet[data-hydrated="true"]').waitFor({ timeout: 20_000 });
    const alert = await page.getByRole('alert').textContent();
    expect(alert).toContain('kinds：没有题型 「tlb」');
    expect(alert).toContain('n：应为 1 到 50 之间的整数，收到「500」');
    expect(await page.locator('.practice-sheet__problem').count()).toBe(7);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await context.close();
  });

  test('the form builds the query: checked kinds, count, seed and level', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${site.url}practice/sheet/`);
    await page.locator('.practice-sheet[data-hydrated="true"]').waitFor({ timeout: 20_000 });
    for (const box of await page.locator('input[name="kinds"]').all()) {
      if (['x86-split', 'task-stacks'].includes((await box.getAttribute('value'))!)) continue;
      await box.uncheck();
    }
    await page.locator('input[name="n"]').fill('3');
    await page.locator('input[name="seed"]').fill('99');
    await page.locator('select[name="level"]').selectOption('3');
    await page.getByRole('button', { name: '生成练习卷' }).click();
    await page.waitForURL(/seed=99/);
    await page.locator('.practice-sheet[data-hydrated="true"]').waitFor();
    await expect
      .poll(() =>
        page
          .locator('.practice-sheet__problem')
          .evaluateAll((els) =>
            els.map((e) => `${e.getAttribute('data-kind')}:${e.getAttribute('data-seed')}`),
          ),
      )
      .toEqual(['x86-split:99', 'task-stacks:100', 'x86-split:101']);
    await context.close();
  });
});
