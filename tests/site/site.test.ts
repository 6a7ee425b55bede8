/**
 * Checks on the built site, as a static host would serve it: at `/` (dist/) and under
 * a sub-path (dist-base/, built by `npm test` with BASE_PATH). No browser needed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { builtFiles, fileForUrl, loadSite, type BuiltSite } from './dist.ts';
import { FIGURES } from '../../src/components/figures/registry.ts';

/** The component names of the figure islands. */
const FIGURE_TAGS = new Set(FIGURES.map((f) => f.tag));
/** The component names of the practice islands: one file per kind, and the sheet. */
const PRACTICE_ISLANDS = [
  ...readdirSync('src/components/practice/islands')
    .filter((f) => f.endsWith('.tsx'))
    .map((f) => f.replace(/\.tsx$/, '')),
  'PracticeSheet',
];

const SUB_PATH = process.env.SITE_SUB_PATH ?? '/os-book';
const builds: [string, string][] = [
  ['dist', '/'],
  ['dist-base', SUB_PATH],
];

/** Every URL a page refers to, with the attribute it came from. */
function references(tree: Element | import('hast').Root): { attr: string; value: string }[] {
  const out: { attr: string; value: string }[] = [];
  for (const el of selectAll('[href], [src], [srcset]', tree)) {
    for (const attr of ['href', 'src'] as const) {
      const v = el.properties[attr];
      if (typeof v === 'string') out.push({ attr: `${el.tagName}[${attr}]`, value: v });
    }
    const srcset = el.properties.srcSet;
    if (typeof srcset === 'string' || Array.isArray(srcset)) {
      for (const part of String(srcset).split(',')) {
        const url = part.trim().split(/\s+/)[0];
        if (url) out.push({ attr: `${el.tagName}[srcset]`, value: url });
      }
    }
  }
  return out;
}

const idCache = new Map<string, Set<string>>();

/** The element ids of the built HTML file `file` (an absolute path), read once. */
function ids(site: BuiltSite, file: string): Set<string> {
  let found = idCache.get(file);
  if (!found) {
    const page = site.pages.find((p) => `${site.dir}/${p.file}` === file);
    found = new Set(page ? selectAll('[id]', page.tree).map((el) => String(el.properties.id)) : []);
    idCache.set(file, found);
  }
  return found;
}

/** Static `import` targets of a built JS file, relative to it. */
function jsImports(fromUrl: string, code: string): string[] {
  const found = [...code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!);
  return found.map((spec) => new URL(spec, `http://x${fromUrl}`).pathname);
}

/** Every JS file a page loads up front (module scripts and what they import statically). */
function reachableJs(site: BuiltSite, pageUrl: string, tree: import('hast').Root): Set<string> {
  const seen = new Set<string>();
  const queue = selectAll('script[src]', tree).map(
    (s) => new URL(String(s.properties.src), `http://x${pageUrl}`).pathname,
  );
  for (const s of selectAll('script:not([src])', tree)) {
    queue.push(...jsImports(pageUrl, toString(s)));
  }
  while (queue.length > 0) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const file = fileForUrl(site, url);
    if (file) queue.push(...jsImports(url, readFileSync(file, 'utf8')));
  }
  return seen;
}

describe.each(builds)('built site %s (base %s)', (dir, base) => {
  const site = loadSite(dir, base);
  const content = site.pages.filter((p) => !p.file.startsWith('embed/') && p.file !== '404.html');

  test('has the book pages', () => {
    expect(content.length).toBeGreaterThanOrEqual(2);
  });

  test.each(site.pages.map((p) => [p.file, p] as const))('%s: lang, title and description', (_file, page) => {
    expect(select('html', page.tree)?.properties.lang).toBe('zh-CN');
    expect(toString(select('title', page.tree) ?? { type: 'root', children: [] }).trim()).not.toBe('');
    const description = select('meta[name="description"]', page.tree)?.properties.content;
    expect(typeof description === 'string' && description.trim().length > 0).toBe(true);
  });

  test("no page or script cites the team's reference.md, which readers cannot open", () => {
    // Sources must be ones a reader can follow (a man page, a kernel file, a project README),
    // in the text, in a link, or in the data a figure's script carries (the source of a table
    // cell). So every HTML page (the offline figures under embed/ too) and every script counts.
    const files = builtFiles(site, ['.html', '.js', '.mjs']);
    expect(files.filter((f) => /^_astro\/.+\.js$/.test(f)).length).toBeGreaterThan(0);
    expect(files.filter((f) => /^embed\/[^/]+\/offline\.html$/.test(f)).length).toBeGreaterThan(0);
    const citing = files.filter((f) => /reference\.md/i.test(readFileSync(join(site.dir, f), 'utf8')));
    expect(citing).toEqual([]);
  });

  test('every internal link, anchor and asset resolves', () => {
    const broken: string[] = [];
    for (const page of site.pages) {
      for (const { attr, value } of references(page.tree)) {
        if (/^(https?:)?\/\//.test(value) || /^(mailto|data|javascript|blob):/.test(value)) continue;
        const url = new URL(value, `http://x${page.url}`);
        if (value.startsWith('#') || url.pathname === page.url) {
          const anchor = decodeURIComponent(url.hash.slice(1));
          if (anchor && anchor !== '_top' && !ids(site, `${site.dir}/${page.file}`).has(anchor)) {
            broken.push(`${page.file}: ${attr}="${value}" → 本页没有 id="${anchor}"`);
          }
          continue;
        }
        const file = fileForUrl(site, url.pathname);
        if (!file) {
          broken.push(`${page.file}: ${attr}="${value}" → 找不到 ${url.pathname}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && file.endsWith('.html') && !ids(site, file).has(anchor)) {
          broken.push(`${page.file}: ${attr}="${value}" → 目标页没有 id="${anchor}"`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test('every internal URL carries the base path', () => {
    const outside: string[] = [];
    for (const page of site.pages) {
      for (const { attr, value } of references(page.tree)) {
        if (value.startsWith('/') && !value.startsWith('//') && !value.startsWith(site.base)) {
          outside.push(`${page.file}: ${attr}="${value}"`);
        }
      }
    }
    expect(outside).toEqual([]);
  });

  test('pages without figures ship no framework JavaScript', () => {
    const islandPages = content.filter((p) => p.html.includes('<astro-island'));
    const framework = new Set<string>();
    for (const page of islandPages) {
      for (const island of selectAll('astro-island', page.tree)) {
        const renderer = island.properties.rendererUrl ?? island.properties['renderer-url'];
        if (typeof renderer === 'string') framework.add(new URL(renderer, `http://x${page.url}`).pathname);
      }
    }
    const offenders: string[] = [];
    for (const page of content.filter((p) => !p.html.includes('<astro-island'))) {
      const js = reachableJs(site, page.url, page.tree);
      for (const url of js) {
        if (framework.has(url) || /preact|signals/i.test(url)) offenders.push(`${page.file} loads ${url}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  test('no island downloads zod, figure or practice: zod loads only to word a refused value (frame/options-schema.ts)', () => {
    const islandPages = site.pages.filter((p) => p.html.includes('<astro-island'));
    expect(islandPages.length).toBeGreaterThan(0);
    const offenders = new Set<string>();
    const walked = new Set<string>();
    let scanned = 0;
    for (const page of islandPages) {
      // Every island of the page: its component and its renderer, and what they import statically.
      const queue: string[] = [];
      for (const island of selectAll('astro-island', page.tree)) {
        const name = /"name":"(\w+)"/.exec(String(island.properties.opts ?? ''))?.[1];
        if (name) walked.add(name);
        for (const key of ['componentUrl', 'rendererUrl', 'component-url', 'renderer-url']) {
          const url = island.properties[key];
          if (typeof url === 'string') queue.push(new URL(url, `http://x${page.url}`).pathname);
        }
      }
      const seen = reachableJs(site, page.url, page.tree);
      while (queue.length > 0) {
        const url = queue.pop()!;
        const file = fileForUrl(site, url);
        if (!file || seen.has(url)) continue;
        seen.add(url);
        queue.push(...jsImports(url, readFileSync(file, 'utf8')));
      }
      for (const url of seen) {
        const file = fileForUrl(site, url);
        if (!file) continue;
        scanned++;
        // zod names each of its classes `$Zod…` (core.$constructor), in minified code too.
        if (readFileSync(file, 'utf8').includes('$ZodType')) offenders.add(`${page.file} loads ${url}`);
      }
    }
    // The walk met every figure and every practice island (one per kind, and the sheet).
    expect([...walked]).toEqual(expect.arrayContaining([...FIGURE_TAGS, ...PRACTICE_ISLANDS]));
    expect(scanned).toBeGreaterThan(islandPages.length);
    expect([...offenders]).toEqual([]);
  });
});

describe('sitemap', () => {
  test('is written when SITE_URL is set, with absolute URLs under the base path', () => {
    const index = readFileSync('dist-base/sitemap-index.xml', 'utf8');
    expect(index).toContain(`https://example.org${SUB_PATH}/sitemap-0.xml`);
    const map = readFileSync('dist-base/sitemap-0.xml', 'utf8');
    expect(map).toContain(`https://example.org${SUB_PATH}/basics/process-and-thread/`);
  });
});
