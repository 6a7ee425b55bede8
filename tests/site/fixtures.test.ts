/**
 * Checks on the built fixture site (dist-fixtures/, hostile pages and the imported test vault) and
 * on its build log: nothing ran at build time, every removal was reported with file:line, no page
 * carries a handler or an unsafe URL, and the book's own dist/ has no fixture page.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { isSafeUrl } from '../../src/plugins/safety/url-policy.ts';
import { FIXTURE_DIST, FIXTURE_HINT, FIXTURE_LOG, PWNED_MARKER } from '../../scripts/lib/fixture-site.mjs';
import { loadSite } from './dist.ts';

if (!existsSync(`${FIXTURE_DIST}/index.html`)) throw new Error(`${FIXTURE_DIST}/ 不存在：${FIXTURE_HINT}`);
const site = loadSite(FIXTURE_DIST, '/');
const log = readFileSync(FIXTURE_LOG, 'utf8');

/** The URL properties hast gives the attributes a browser follows or loads. */
const URL_PROPERTIES = [
  'href',
  'src',
  'srcSet',
  'action',
  'formAction',
  'data',
  'poster',
  'xLinkHref',
  'ping',
];

describe('the fixture site build', () => {
  test('the note’s build-time payload (ESM export, {expression}, JSX) never ran', () => {
    expect(existsSync(PWNED_MARKER)).toBe(false);
    expect(log).not.toContain('expression threw at build time');
    expect(site.pages.filter((p) => p.url.startsWith('/vault/')).length).toBeGreaterThan(0);
  });

  // Lines are the file's own, front matter counted (the editor's line numbers).
  test.each([
    ['hostile/raw-html.md:31:1', 'raw HTML: <script> removed with its content'],
    ['hostile/raw-html.md:35:1', 'raw HTML: attribute onerror removed from <img>'],
    ['hostile/raw-html.md:37:1', 'raw HTML: attribute onload removed from <svg>'],
    ['hostile/raw-html.md:57:1', 'raw HTML: <iframe> removed with its content'],
    ['hostile/raw-html.md:61:1', 'raw HTML: <object> removed with its content'],
    ['hostile/raw-html.md:65:1', 'raw HTML: <form> removed, its content kept'],
    [
      'hostile/raw-html.md:75:1',
      'raw HTML: style "background-image: url(https://evil.invalid/span.png)" removed from <span>',
    ],
    [
      'hostile/links.md:10:6',
      'unsafe URL "javascript:alert(\'md-lower\')" in <a href>, <a> shown as plain text',
    ],
    [
      'hostile/links.md:31:1',
      'unsafe URL "jav\\tascript:alert(\'html-tab\')" in <a href>, <a> shown as plain text',
    ],
    [
      'hostile/links.md:41:3',
      'unsafe URL "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+" in <img src>, <img> shown as plain text',
    ],
    ['hostile/mdx-page.mdx:13:1', 'unsafe URL "jav\\tascript:alert(\'mdx-jsx-tab\')" in <a href> removed'],
    ['hostile/mdx-page.mdx:19:1', 'MDX: event handler onclick removed from <span>'],
    ['hostile/front-matter.md', 'front matter sidebar.attrs.onmouseover removed'],
    ['hostile/head-entries.md', 'front matter head <script> removed'],
  ])('the build log reports %s: %s', (where, message) => {
    expect(log).toContain(`${where}: warning: ${message}`);
  });

  // An imported page is generated: the warning also names the note's own line, where the author fixes it
  // (tests/fixtures/vault/Hostile.md: the <img onerror> is on line 24, the javascript: link on line 22,
  // the <script> inside 敌意笔记.md on line 6 after its front matter).
  test.each([
    ['Hostile.md', 'raw HTML: attribute onerror removed from <img>', 24],
    ['Hostile.md', 'unsafe URL "javascript:alert(6)" in <a href>, <a> shown as plain text', 22],
    ['敌意笔记.md', 'raw HTML: <script> removed with its content', 6],
  ])('an imported page’s warning names the note %s (%s) and its line %i', (note, message, line) => {
    const found = log.split('\n').find((l) => l.includes(`vault/${note}:`) && l.includes(message));
    expect(found).toMatch(new RegExp(`\\(note "${note}", line ${line}\\)$`));
  });
});

describe.each(site.pages.map((page) => [page.url, page] as const))('built fixture page %s', (_url, page) => {
  const elements = selectAll('*', page.tree) as Element[];

  test('no inline event handler', () => {
    const handlers = elements.flatMap((el) =>
      Object.keys(el.properties)
        .filter((p) => /^on[A-Z]/.test(p))
        .map((p) => `<${el.tagName} ${p}>`),
    );
    expect(handlers).toEqual([]);
  });

  test('every URL attribute passes the allow-list', () => {
    const unsafe = elements.flatMap((el) =>
      URL_PROPERTIES.flatMap((property) => {
        const value = el.properties[property];
        if (value === undefined || value === null) return [];
        const urls = Array.isArray(value) ? value.map(String) : [String(value)];
        const kind = ['src', 'srcSet', 'data', 'poster'].includes(property) ? 'src' : 'href';
        return urls
          .filter((url) => !isSafeUrl(url.trim().split(/\s+/)[0] ?? '', kind))
          .map((url) => `<${el.tagName} ${property}="${url}">`);
      }),
    );
    expect(unsafe).toEqual([]);
  });

  test('the <title> holds text only, and no script carries a payload', () => {
    expect(page.html).toMatch(/<title>[^<]*<\/title>/);
    const scripts = selectAll('script', page.tree).map((s) => JSON.stringify(s.children));
    expect(scripts.filter((s) => s.includes('alert('))).toEqual([]);
  });
});

describe('the book’s own build', () => {
  test.runIf(existsSync('dist/index.html'))('dist/ holds no fixture page', () => {
    expect(existsSync('dist/hostile')).toBe(false);
    expect(existsSync('dist/vault')).toBe(false);
  });
});
