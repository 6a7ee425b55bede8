/**
 * `npm run import -- <vault> <out> --site --title T --lang en|zh [--home Note]`: the imported vault becomes
 * a site of its own instead of pages of the book. The build reads `vault-site.json` at the project root
 * (src/lib/vault-site.mjs): title, interface language, the folder of the pages; the vault's home note is
 * served at `/` (front matter `slug: index`, which Astro's loader and the link index both read).
 * Importing without `--site` removes the file, so the book stays the default.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { splitFrontMatter } from '../markdown/front-matter.ts';
import { VAULT_SITE_FILE, parseVaultSite } from '../lib/vault-site.mjs';

/** What `--site` asks for. */
export interface SiteRequest {
  readonly title: string;
  readonly lang: 'en' | 'zh';
  /** The home note, by name or path (`Home`, `Start here.md`); default: Home, index or README at the vault's root. */
  readonly home?: string | undefined;
}

/** A page the importer wrote: the note it came from and its file below the output folder. */
export interface WrittenPage {
  readonly note: string;
  readonly page: string;
}

const stem = (path: string): string => path.replace(/\.md$/i, '').toLowerCase();

/**
 * The page of the home note: `home` when given (name or path), else Home, index or README at the root,
 * else the first note at the root (the site needs a page at `/`), else the first note.
 */
export function findHomePage(pages: readonly WrittenPage[], home?: string): WrittenPage | undefined {
  if (home !== undefined) {
    const wanted = stem(home.trim());
    return (
      pages.find((page) => stem(page.note) === wanted) ??
      pages.find((page) => stem(page.note).split('/').at(-1) === wanted)
    );
  }
  for (const name of ['home', 'index', 'readme']) {
    const found = pages.find((page) => stem(page.note) === name);
    if (found) return found;
  }
  return pages.find((page) => !page.note.includes('/')) ?? pages[0];
}

/**
 * Puts `slug: index` into a page's front matter, so it is served at the site's root; a `slug:` the
 * front matter had is replaced, and the body is never touched (a line `slug: x` in it stays text).
 */
export function withIndexSlug(text: string): string {
  const { yaml, body } = splitFrontMatter(text);
  if (yaml === null) return `---\nslug: index\n---\n\n${text}`;
  const kept = yaml === '' ? [] : yaml.split('\n').filter((line) => !/^slug:/.test(line));
  return `---\nslug: index\n${kept.map((line) => `${line}\n`).join('')}---\n${body}`;
}

/**
 * Writes `vault-site.json` into `root` for the pages written into `outDir` (an import with `site` set,
 * which wrote the home note's page with `slug: index`). Returns the home page, or throws a sentence
 * when `--home` names no note.
 */
export function publishAsSite(
  root: string,
  outDir: string,
  pages: readonly WrittenPage[],
  request: SiteRequest,
): WrittenPage | undefined {
  const home = findHomePage(pages, request.home);
  if (request.home !== undefined && !home)
    throw new Error(`--home ${request.home}: no such note in the vault`);
  const config = {
    title: request.title,
    lang: request.lang,
    contentDir: relative(root, outDir).replace(/\\/g, '/'),
    ...(home ? { home: home.page } : {}),
  };
  parseVaultSite(config, VAULT_SITE_FILE);
  const file = join(root, VAULT_SITE_FILE);
  const text = `${JSON.stringify(config, null, 2)}\n`;
  // Unchanged bytes are not written again: a watched import must not restart the dev server's config.
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  return home;
}

/** Removes `vault-site.json` from `root` (an import into the book); true when there was one. */
export function removeSiteConfig(root: string): boolean {
  const file = join(root, VAULT_SITE_FILE);
  if (!existsSync(file)) return false;
  rmSync(file);
  return true;
}
