/**
 * Shared harness for the browser tests: Chromium and the static server (from scripts/lib/browser.ts,
 * which `npm run pdf` and `npm run perf` use too), the fixture site and the screenshot folder.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIXTURE_DIST, FIXTURE_HINT } from '../../scripts/lib/fixture-site.mjs';
import { serveDist, type StaticSite } from '../../scripts/lib/browser.ts';

export {
  CHROME_FLAGS,
  browserAvailable,
  chromePath,
  launchBrowser,
  newContext,
  serveDist,
  type StaticSite,
} from '../../scripts/lib/browser.ts';

/** Where screenshots go; the test run keeps this folder for a person to look at. */
export const SCREENSHOT_DIR = resolve('test-results/screenshots');

/** The fixture site (hostile pages and the imported test vault), built by scripts/build-fixtures.mjs. */
export { FIXTURE_DIST };

/** Serves the fixture site at `/`; throws with the command to run when it was not built. */
export async function serveFixtures(): Promise<StaticSite> {
  if (!existsSync(join(resolve(FIXTURE_DIST), 'index.html'))) {
    throw new Error(`${FIXTURE_DIST}/index.html 不存在：${FIXTURE_HINT}`);
  }
  return serveDist(FIXTURE_DIST, '/');
}

/** Makes sure the screenshot folder exists and returns the path for `name.png`. */
export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}
