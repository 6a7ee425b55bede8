/**
 * Reads a built site (`dist/`) for the site checks: every HTML page as a hast tree,
 * its URL path (with the base path), and helpers to resolve links to files.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { toBasePath } from '../../src/lib/base.ts';

/** One built page. */
export interface BuiltPage {
  /** File inside dist, e.g. `basics/process-and-thread/index.html`. */
  file: string;
  /** URL path with the base, e.g. `/os-book/basics/process-and-thread/`. */
  url: string;
  html: string;
  tree: Root;
}

/** A built site: its folder, base path and pages. */
export interface BuiltSite {
  dir: string;
  base: string;
  pages: BuiltPage[];
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Loads every HTML page of a build. Throws a readable error when the build is missing. */
export function loadSite(dir: string, base: string): BuiltSite {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${dir}/ 中没有构建结果：先运行 npm test（它会构建两次）或 npm run build。`);
  }
  const prefix = toBasePath(base);
  const pages = walk(root)
    .filter((f) => f.endsWith('.html'))
    .map((full) => {
      const file = relative(root, full).split(sep).join('/');
      const url = prefix + file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '');
      const html = readFileSync(full, 'utf8');
      return { file, url, html, tree: fromHtml(html) };
    });
  return { dir: root, base: prefix, pages };
}

/** Every file of a build whose name ends with one of `extensions`, as paths inside it (`_astro/x.js`). */
export function builtFiles(site: BuiltSite, extensions: readonly string[]): string[] {
  return walk(site.dir)
    .filter((f) => extensions.some((ext) => f.endsWith(ext)))
    .map((full) => relative(site.dir, full).split(sep).join('/'));
}

/** Maps a URL path under the base to the file that a static host would serve, or null. */
export function fileForUrl(site: BuiltSite, urlPath: string): string | null {
  if (!urlPath.startsWith(site.base)) return null;
  const rel = decodeURIComponent(urlPath.slice(site.base.length));
  const candidates = [join(site.dir, rel), join(site.dir, rel, 'index.html'), join(site.dir, `${rel}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}
