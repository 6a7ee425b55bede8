/**
 * The search lexicon: the book's own names for things (page titles, aliases, the concept list's
 * names, headings), built at build time next to the Pagefind index and read by the search in the browser.
 * It lets the search cut queries the way the index was cut (`long`), put the page a name belongs to
 * first (a title or an alias is the author saying "this is the page for X"), correct a one-character
 * typo, and suggest nearby names when nothing is found. Pure data and functions: no DOM, no Node APIs.
 */

/** What a page is to search. */
export type PageKind = 'chapter' | 'summary' | 'glossary';

/**
 * Where a name comes from; earlier kinds are stronger evidence that the page is *the* page for it.
 * `concept`: a name of a concept in the book's concept list (src/content/concepts.yaml), given to the
 * page that explains it.
 */
export type NameSource = 'title' | 'alias' | 'concept' | 'heading';

/** One page of the lexicon. */
export interface LexiconPage {
  /** Pagefind's id for the page (its fragment's hash), which search results carry. */
  readonly id: string;
  /** Site-absolute URL with the base, e.g. `/basics/linux-threads/`. */
  readonly url: string;
  readonly title: string;
  readonly kind: PageKind;
}

/** One name: its text as written, the page (index into `pages`), where it comes from, and its heading id for headings. */
export interface LexiconName {
  readonly text: string;
  readonly page: number;
  readonly source: NameSource;
  readonly anchor?: string;
}

/**
 * A colloquial phrasing of a concept: a query that contains every one of `words` (as keys, see
 * nameKey) is about the concept explained on `page` (`['互相', '等', '锁']` → the page on deadlock).
 */
export interface LexiconPhrase {
  readonly words: readonly string[];
  readonly page: number;
}

/** The file the build writes (`/search/lexicon.json`). */
export interface Lexicon {
  readonly version: 2;
  readonly pages: readonly LexiconPage[];
  readonly names: readonly LexiconName[];
  readonly phrases: readonly LexiconPhrase[];
  /** Index words of three or more Han characters (see index-terms.ts). */
  readonly long: readonly string[];
}

/**
 * The key a name is compared under: normalized text without spaces, so `Named Pipe`, `namedpipe` and
 * `named-pipe` meet, as do `内核 线程` and `内核线程`. `nameKey('P/V 操作')` → `pv操作`.
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_]+/gu, '');
}

/** The strength of a source, for ranking pages that a query names exactly (lower is stronger). */
export const SOURCE_RANK: Readonly<Record<NameSource, number>> = {
  title: 0,
  alias: 1,
  concept: 1,
  heading: 3,
};

/** Checks the shape of a parsed lexicon file and says which field is wrong. */
export function parseLexicon(value: unknown): Lexicon {
  const fail = (field: string): never => {
    throw new Error(`search/lexicon.json：字段 ${field} 的格式不对`);
  };
  if (typeof value !== 'object' || value === null) return fail('(根)');
  const data = value as Record<string, unknown>;
  if (data.version !== 2) fail('version');
  if (!Array.isArray(data.pages)) fail('pages');
  if (!Array.isArray(data.names)) fail('names');
  if (!Array.isArray(data.phrases)) fail('phrases');
  if (!Array.isArray(data.long) || !data.long.every((w) => typeof w === 'string')) fail('long');
  const pages = data.pages as unknown[];
  pages.forEach((page, i) => {
    const p = page as Record<string, unknown>;
    if (typeof p?.id !== 'string' || typeof p.url !== 'string' || typeof p.title !== 'string')
      fail(`pages[${i}]`);
    if (!['chapter', 'summary', 'glossary'].includes(p.kind as string)) fail(`pages[${i}].kind`);
  });
  (data.names as unknown[]).forEach((name, i) => {
    const n = name as Record<string, unknown>;
    if (typeof n?.text !== 'string' || typeof n.page !== 'number' || n.page < 0 || n.page >= pages.length) {
      fail(`names[${i}]`);
    }
    if (typeof n.source !== 'string' || !(n.source in SOURCE_RANK)) fail(`names[${i}].source`);
  });
  (data.phrases as unknown[]).forEach((phrase, i) => {
    const p = phrase as Record<string, unknown>;
    if (!Array.isArray(p?.words) || !p.words.every((w) => typeof w === 'string' && w !== ''))
      fail(`phrases[${i}].words`);
    if (typeof p.page !== 'number' || p.page < 0 || p.page >= pages.length) fail(`phrases[${i}].page`);
  });
  return value as Lexicon;
}
