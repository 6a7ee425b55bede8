/**
 * Checks on what the build adds after Astro (src/integrations): the search index and lexicon, the
 * link previews' data, the printed book and the tags pages, at `/` and under the sub-path.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { parseLexicon } from '../../src/search/lexicon.ts';
import { readBookPages } from '../../src/integrations/book-pages.ts';
import { tagUrl } from '../../src/lib/tags.ts';
import { loadSite } from './dist.ts';

const SUB_PATH = process.env.SITE_SUB_PATH ?? '/os-book';
const builds: [string, string][] = [
  ['dist', '/'],
  ['dist-base', SUB_PATH],
];

describe.each(builds)('build data of %s (base %s)', (dir, base) => {
  const site = loadSite(dir, base);
  const book = readBookPages('src/content/docs', base);
  const lexicon = parseLexicon(JSON.parse(readFileSync(join(dir, 'search', 'lexicon.json'), 'utf8')));

  test('the lexicon lists every indexed page once, with the base in its URL and its Pagefind fragment', () => {
    const urls = lexicon.pages.map((p) => p.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.sort()).toEqual(book.map((p) => p.url).sort());
    for (const page of lexicon.pages)
      expect(existsSync(join(dir, 'pagefind', 'fragment', `${page.id}.pf_fragment`))).toBe(true);
  });

  test('the index holds page content only: no backlinks, no previous/next links, no tags, print and tag pages left out', () => {
    for (const file of readdirSync(join(dir, 'pagefind', 'fragment'))) {
      const fragment = JSON.parse(
        gunzipSync(readFileSync(join(dir, 'pagefind', 'fragment', file)))
          .subarray(12)
          .toString(),
      );
      const text = String(fragment.content).replace(/\u200b/g, '');
      expect(text, fragment.url).not.toContain('反向链接');
      expect(text, fragment.url).not.toMatch(/上一页|下一页/);
      expect(fragment.url).not.toMatch(/^\/(print|tags)\//);
    }
  });

  test('every page has link-preview data with its title', () => {
    for (const page of book) {
      const slug = page.path.replace(/^\/+|\/+$/g, '') || 'index';
      const preview = JSON.parse(readFileSync(join(dir, 'previews', `${slug}.json`), 'utf8'));
      expect(preview.title, page.file).toBe(page.title);
    }
  });

  test('the preview script is on pages with wiki links only', () => {
    for (const page of site.pages) {
      const links = selectAll('.sl-markdown-content a.wikilink', page.tree).length;
      const script = select('book-link-previews', page.tree) !== undefined;
      if (page.file.startsWith('print/')) expect(script).toBe(false);
      else expect(script, page.file).toBe(links > 0);
    }
  });

  test('in the printed book, every id an SVG style selects or a url(#…) names exists (no diagram prints unstyled)', () => {
    const print = site.pages.find((p) => p.file === 'print/index.html')!;
    const ids = new Set(selectAll('[id]', print.tree).map((e) => String(e.properties.id)));
    const missing = new Set<string>();
    let checked = 0;
    for (const style of selectAll('svg style', print.tree)) {
      for (const [, id] of toString(style).matchAll(/#(mermaid-[\w-]+|chapter-\d+--[\w-]+)/g)) {
        checked += 1;
        if (!ids.has(id!)) missing.add(id!);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect([...missing]).toEqual([]);
  });
  test('the printed book has every printable chapter once, in sidebar order, without hydration', () => {
    const print = site.pages.find((p) => p.file === 'print/index.html')!;
    const titles = selectAll('.print-chapter__title', print.tree).map((h) => toString(h));
    const printable = book.filter((p) => p.print);
    expect(titles.sort()).toEqual(printable.map((p) => p.title).sort());
    expect(selectAll('.print-chapter astro-island, .print-chapter script', print.tree)).toEqual([]);
    const sidebar = selectAll(
      '#starlight__sidebar a[href]',
      site.pages.find((p) => p.file === 'index.html')!.tree,
    ).map((a) => decodeURI(String(a.properties.href)));
    const order = selectAll('.print-contents a', print.tree).map((a) => toString(a));
    const expected = sidebar.flatMap((href) =>
      book.filter((p) => p.print && p.url === href).map((p) => p.title),
    );
    expect(order.slice(0, expected.length)).toEqual(expected);
  });

  test('every tag of every page has its page, linked from the page', () => {
    for (const page of book) {
      for (const tag of page.tags) {
        const url = tagUrl(tag, base);
        expect(
          site.pages.some((p) => p.url === url),
          `${page.file}: ${tag}`,
        ).toBe(true);
        const built = site.pages.find((p) => p.url === page.url)!;
        expect(
          selectAll('.book-tags a', built.tree).some((a) => a.properties.href === url),
          page.file,
        ).toBe(true);
      }
    }
  });
});
