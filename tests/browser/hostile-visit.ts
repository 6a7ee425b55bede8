/**
 * One visit to a page of the fixture site under watch (guard.ts), with the checks every page must
 * pass: it rendered, and after being poked no dialog fired, no request left the site, no script
 * error, no inline handler, no unsafe URL, no script with a payload, no frame/form/base/refresh.
 */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { isSafeUrl } from '../../src/plugins/safety/url-policy.ts';
import {
  embeddingElements,
  inlineHandlers,
  openGuarded,
  poke,
  urlAttributes,
  type GuardedPage,
} from './guard.ts';
import { screenshotPath, type StaticSite } from './harness.ts';

/** The URL attributes whose value (each candidate of a `srcset`) fails the allow-list. */
export function unsafeUrls(attributes: { where: string; attribute: string; value: string }[]) {
  return attributes.filter(({ attribute, value }) => {
    const urls =
      attribute === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
    const kind = ['href', 'xlink:href', 'action', 'formaction', 'ping'].includes(attribute) ? 'href' : 'src';
    return !urls.every((url) => isSafeUrl(url, kind));
  });
}

/** Text of the first element matching `selector`. */
export const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

/**
 * Opens `path`, pokes it, runs the page's own `checks`, saves `safety-<screenshot>.png`, then
 * asserts what must hold on every page.
 */
export async function visitHostile(
  browser: Browser,
  site: StaticSite,
  path: string,
  screenshot: string,
  checks: (g: GuardedPage) => Promise<void>,
): Promise<void> {
  const guarded = await openGuarded(browser, site, path);
  const { page } = guarded;
  try {
    expect(await page.locator('main h1').count(), `${path} did not render`).toBeGreaterThan(0);
    await poke(page);
    await checks(guarded);
    await page.screenshot({ path: screenshotPath(`safety-${screenshot}`), fullPage: true });
    expect(guarded.dialogs, 'dialogs').toEqual([]);
    expect(guarded.foreign, 'requests that left the site').toEqual([]);
    expect(guarded.errors, 'page errors').toEqual([]);
    expect(await inlineHandlers(page)).toEqual([]);
    expect(unsafeUrls(await urlAttributes(page))).toEqual([]);
    expect(
      await page.evaluate(() => [...document.scripts].filter((s) => s.text.includes('alert(')).length),
    ).toBe(0);
    expect(await embeddingElements(page)).toEqual([]);
  } finally {
    await guarded.close();
  }
}
