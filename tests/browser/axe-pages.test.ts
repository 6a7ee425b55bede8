/**
 * axe on whole pages that figures-render.test.ts (one figure inside its chapter) does not cover:
 * each figure's embed page (its own document, with the <h1> an outline needs) and the printed
 * book `/print/` (every chapter in one document: landmark names, scrollable code, table headers).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchBrowser, newContext, serveDist, type StaticSite } from './harness.ts';
import { builtFigures, openEmbed } from './figures-helpers.ts';

const run = browserAvailable();
const figures = builtFigures();
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe's violations on the whole page, one readable line per rule. */
async function violationsOf(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (d: Document) => Promise<{ violations: Violation[] }> } })
      .axe;
    const result = await axe.run(document);
    return result.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  });
}

describe.runIf(run)('axe on whole pages', () => {
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

  test.each(figures)('the embed page of $id has an <h1> and no violations', async (figure) => {
    const context = await newContext(browser, { width: 1280, height: 720 });
    const page = await context.newPage();
    await openEmbed(page, site, figure, '?presenter=1');
    expect(await page.locator('h1').textContent()).toBe(figure.title);
    expect(await violationsOf(page)).toEqual([]);
    await context.close();
  });

  test('the printed book has no violations', { timeout: 180_000 }, async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${site.url}print/`, { waitUntil: 'networkidle' });
    expect(await violationsOf(page)).toEqual([]);
    await context.close();
  });
});
