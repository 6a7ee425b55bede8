/**
 * `npm run import -- <vault> <out> --site --title T --lang en|zh [--home Note]`: the imported vault becomes
 * a site of its own instead of pages of the book. The build reads `vault-site.json` at the project root
 * (src/lib/vault-site.mjs): title, interface language, the folder of the pages; the vault's home note is
 * served at `/` (front matter `slug: index`, which Astro's loader and the link index both read).
 * Importing without `--site` removes the file, so the book stays the default.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
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

/** Puts `slug: index` into a page's front matter, so it is served at the site's root. */
export function withIndexSlug(text: string): string {
  const body = text.replace(/^---\r?\n/, '');
  if (body === text) return `---\nslug: index\n---\n\n${text}`;
  return `---\nslug: index\n${body.replace(/^slug:.*\r?\n/m, '')}`;
}

/**
 * Writes `vault-site.json` into `root` for the pages written into `outDir`, and serves the home note at
 * `/`. Returns the home page, or throws a sentence when `--home` names no note.
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
  if (home) {
    const file = join(outDir, home.page);
    writeFileSync(file, withIndexSlug(readFileSync(file, 'utf8')));
  }
  const config = {
    title: request.title,
    lang: request.lang,
    contentDir: relative(root, outDir).replace(/\\/g, '/'),
    ...(home ? { home: home.page } : {}),
  };
  parseVaultSite(config, VAULT_SITE_FILE);
  writeFileSync(join(root, VAULT_SITE_FILE), `${JSON.stringify(config, null, 2)}\n`);
  return home;
}

/** Removes `vault-site.json` from `root` (an import into the book); true when there was one. */
export function removeSiteConfig(root: string): boolean {
  const file = join(root, VAULT_SITE_FILE);
  if (!existsSync(file)) return false;
  rmSync(file);
  return true;
}
