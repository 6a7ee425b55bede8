/**
 * Opening a page that may be hostile: every dialog, every request that leaves the site, every
 * uncaught page error is recorded (and the request blocked), and `poke` fires the events an inline
 * handler could listen to. Used by the safety tests on the fixture site; any test may use it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newContext, type StaticSite } from './harness.ts';

/** A page opened under watch, and what it tried to do. */
export interface GuardedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Messages of `alert`/`confirm`/`prompt` dialogs (each dismissed). */
  readonly dialogs: string[];
  /** URLs the page asked for outside the site's origin (each blocked). */
  readonly foreign: string[];
  /** Uncaught errors thrown by scripts on the page. */
  readonly errors: string[];
  close(): Promise<void>;
}

/** Opens `path` of `site` in a fresh context, watching dialogs, requests and errors. */
export async function openGuarded(browser: Browser, site: StaticSite, path: string): Promise<GuardedPage> {
  const context = await newContext(browser);
  const origin = new URL(site.url).origin;
  const dialogs: string[] = [];
  const foreign: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
  return { page, context, dialogs, foreign, errors, close: () => context.close() };
}

/** Events an inline handler or an SVG animation could hang code on. */
const EVENTS = [
  'mouseover',
  'mouseenter',
  'mousemove',
  'pointerover',
  'focus',
  'focusin',
  'blur',
  'toggle',
  'load',
  'error',
  'animationstart',
  'transitionend',
  'input',
  'change',
];

/**
 * Fires {@link EVENTS} at every element of the page's content, hero, banner, sidebar links and
 * pagination, tabs through the page, opens every `<details>` and waits for late loads, so a handler
 * that survived would run now. Clicks nothing that navigates.
 */
export async function poke(page: Page): Promise<void> {
  await page.evaluate((events) => {
    const scope =
      '.sl-markdown-content, .hero, .sl-banner, #starlight__sidebar a, .pagination-links, main h1';
    for (const root of document.querySelectorAll(scope)) {
      for (const element of [root, ...root.querySelectorAll('*')]) {
        for (const type of events) element.dispatchEvent(new Event(type));
      }
    }
    for (const details of document.querySelectorAll<HTMLDetailsElement>('.sl-markdown-content details'))
      details.open = true;
  }, EVENTS);
  for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
  await page.waitForLoadState('networkidle');
  // So a full-page screenshot starts at the top (the site scrolls smoothly; jump instead).
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo({ top: 0, behavior: 'instant' });
  });
}

/**
 * Elements of the page outside the site's own search UI: Pagefind's search form, which the site
 * ships on every page, uses `action="javascript:void(0);"` and is not content.
 */
const OUTSIDE_SEARCH = '*:not(site-search, site-search *)';

/** Every attribute on the page that holds a URL the browser follows or loads, as `tag attr=value`. */
export async function urlAttributes(
  page: Page,
): Promise<{ where: string; attribute: string; value: string }[]> {
  return page.evaluate((scope) => {
    const names = [
      'href',
      'src',
      'srcset',
      'action',
      'formaction',
      'data',
      'poster',
      'xlink:href',
      'background',
      'ping',
    ];
    return [...document.querySelectorAll(scope)].flatMap((el) =>
      names.flatMap((attribute) => {
        const value = el.getAttribute(attribute);
        return value === null ? [] : [{ where: el.tagName.toLowerCase(), attribute, value }];
      }),
    );
  }, OUTSIDE_SEARCH);
}

/** Every inline event handler attribute (`on…`) left anywhere on the page, as `tag onx=value`. */
export async function inlineHandlers(page: Page): Promise<string[]> {
  return page.evaluate(
    (scope) =>
      [...document.querySelectorAll(scope)].flatMap((el) =>
        [...el.attributes]
          .filter((a) => /^on/i.test(a.name))
          .map((a) => `${el.tagName.toLowerCase()} ${a.name}=${a.value}`),
      ),
    OUTSIDE_SEARCH,
  );
}

/** How many elements that embed, submit or redirect (`iframe`, `form`, `base`, refresh…) the page holds outside search. */
export async function embeddingElements(page: Page): Promise<string[]> {
  return page.evaluate(
    (scope) =>
      [...document.querySelectorAll(scope)]
        .filter((el) => el.matches('iframe, frame, object, embed, applet, form, base, meta[http-equiv]'))
        .map((el) => el.outerHTML.slice(0, 120)),
    OUTSIDE_SEARCH,
  );
}
