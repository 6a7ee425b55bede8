import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { contentDir } from '../../lib/content-dir.mjs';
import { conceptNames, conceptsFor } from '../../lib/concepts-schema.ts';
import { buildPageIndex, type IndexOptions, type PageIndex } from './page-index.ts';

/**
 * Where the site's pages live, relative to the project root (the working directory of `astro build`):
 * src/content/docs, or the folder of a test build (`BOOK_CONTENT_DIR`, src/lib/content-dir.mjs).
 */
export const DEFAULT_DOCS_DIR = contentDir(process.env);
/** How long a loaded index is trusted before the folder is checked for changes again (dev server edits). */
const RECHECK_MS = 1000;
/**
 * …and at least this many times as long as the last check took. A check lists and stats every page, so
 * with a fixed period a build that runs longer as the vault grows would check more often too: its cost
 * would grow with the square of the vault (2,000 notes under load: millions of `stat` calls). Tied to its
 * own duration, checking costs at most 1/RECHECK_RATIO of the time, at any size.
 */
const RECHECK_RATIO = 20;

interface CacheEntry {
  readonly signature: string;
  readonly index: PageIndex;
  checkedAt: number;
  /** Milliseconds until the next check. */
  trustMs: number;
}
/**
 * Shared through globalThis: the config's copy of this module (remark plugin) and the bundled copy
 * (Backlinks.astro, prerendered in the same process) then build the index once between them.
 */
const CACHE_KEY = Symbol.for('process-thread-book.wikilinks.page-index');
const shared = globalThis as typeof globalThis & { [CACHE_KEY]?: Map<string, CacheEntry> };
const cache = (shared[CACHE_KEY] ??= new Map<string, CacheEntry>());

/** Every `.md`/`.mdx` file below `dir`, as sorted paths relative to it; folders starting with `_` or `.` are skipped. */
export function listPageFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/i.test(entry.name)) files.push(relative(dir, full).replace(/\\/g, '/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** A fingerprint of the folder's pages (names, sizes, modification times): it changes when any page does. */
function signatureOf(dir: string, files: readonly string[]): string {
  return files
    .map((file) => {
      const stat = statSync(join(dir, file));
      return `${file}:${stat.size}:${stat.mtimeMs}`;
    })
    .join('\n');
}

/**
 * The index of the pages below `dir`, built once and shared by link resolution, backlinks and checks.
 * It is rebuilt only when a page file is added, removed or changed (checked at most once a second).
 */
export function loadPageIndex(dir: string = DEFAULT_DOCS_DIR, options: IndexOptions = {}): PageIndex {
  const absolute = resolve(dir);
  const key = `${absolute}\n${options.smartypants ? 'smartypants' : 'plain'}`;
  const cached = cache.get(key);
  const now = Date.now();
  if (cached && now - cached.checkedAt < cached.trustMs) return cached.index;
  const files = listPageFiles(absolute);
  const signature = signatureOf(absolute, files);
  const trustMs = Math.max(RECHECK_MS, RECHECK_RATIO * (Date.now() - now));
  if (cached && cached.signature === signature) {
    cached.checkedAt = Date.now();
    cached.trustMs = trustMs;
    return cached.index;
  }
  // The concept list names the pages that explain each concept: `[[spinlock]]` links to its page.
  const concepts = new Map<string, string[]>();
  for (const concept of conceptsFor(dir))
    concepts.set(concept.page, [...(concepts.get(concept.page) ?? []), ...conceptNames(concept)]);
  const index = buildPageIndex(
    files.map((file) => ({ file, source: readFileSync(join(absolute, file), 'utf8') })),
    options,
    concepts,
  );
  cache.set(key, { signature, index, checkedAt: Date.now(), trustMs });
  return index;
}
