import { toPageSlug, type PageSlug } from '../../lib/paths.ts';
import { splitFrontMatter } from './front-matter.ts';
import { parsePageBody } from '../../markdown/parser.ts';
import {
  collectBlockIds,
  collectHeadings,
  collectLinks,
  type HeadingRecord,
  type OutgoingLink,
} from './page-source.ts';

/** One page of the book as link resolution sees it. */
export interface PageRecord {
  /** Path relative to the docs folder, with `/`: `basics/process-and-thread.mdx`. */
  readonly file: string;
  readonly slug: PageSlug;
  readonly title: string;
  readonly aliases: readonly string[];
  readonly headingAliases: Readonly<Record<string, string>>;
  readonly headings: readonly HeadingRecord[];
  /** Obsidian block ids (`^id`) of the page, without the caret. */
  readonly blocks: readonly string[];
  readonly links: readonly OutgoingLink[];
  /** Why the page could not be read fully (bad YAML, MDX syntax), if so. */
  readonly problem: string | undefined;
}

/**
 * How a name matched a page; earlier kinds win over later ones when a name fits several pages.
 * `concept`: a name the concept list (src/content/concepts.yaml) gives the page that explains it.
 */
export type MatchKind = 'path' | 'title' | 'file' | 'alias' | 'concept';
const MATCH_RANK: Record<MatchKind, number> = { path: 0, title: 1, file: 2, alias: 3, concept: 4 };

/** A page reachable under a normalised name, and how. */
export interface IndexEntry {
  readonly page: PageRecord;
  readonly via: MatchKind;
}

/** All pages, looked up by slug or by normalised name in constant time. */
export interface PageIndex {
  readonly pages: readonly PageRecord[];
  readonly bySlug: ReadonlyMap<string, PageRecord>;
  readonly byName: ReadonlyMap<string, readonly IndexEntry[]>;
}

/** A source file handed to the index: path relative to the docs folder and its text. */
export interface PageSource {
  readonly file: string;
  readonly source: string;
}

/**
 * The form names are compared in: NFKC (全角 `ＬＩＮＵＸ` → `LINUX`), lower case, single spaces, no trailing
 * `.md`, and SmartyPants undone (the site runs it before this plugin: `--` → `—`, `"` → `“`), so
 * `normalizeName(' Ｌｉｎｕｘ.md ')` → `linux` and `normalizeName('It’s — “x”')` → `it's - "x"`.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u2013\u2014]|-{2,}/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.mdx?$/, '');
}

/** How pages are read; must match the site's Markdown processor. */
export interface IndexOptions {
  /** Whether the site runs SmartyPants (`unified({ smartypants })` in astro.config.mjs). Default: false. */
  readonly smartypants?: boolean;
}

/** Reads one source file into a page record (pure: no file system). */
export function readPage({ file, source }: PageSource, options: IndexOptions = {}): PageRecord {
  const posixFile = file.replace(/\\/g, '/').replace(/^\.\//, '');
  const { data, body, problem: yamlProblem } = splitFrontMatter(source);
  const format = /\.mdx$/i.test(posixFile) ? 'mdx' : 'md';
  const { tree, problem: parseProblem } = parsePageBody(body, format, options.smartypants ?? false);
  const baseName =
    posixFile
      .replace(/\.mdx?$/i, '')
      .split('/')
      .at(-1) ?? posixFile;
  return {
    file: posixFile,
    slug: data.slug ? (data.slug.replace(/^\/+|\/+$/g, '') as PageSlug) : toPageSlug(posixFile),
    title: data.title ?? baseName,
    aliases: data.aliases,
    headingAliases: data.headingAliases,
    headings: collectHeadings(tree),
    blocks: collectBlockIds(tree),
    links: collectLinks(tree),
    problem: yamlProblem ?? parseProblem,
  };
}

/** The names a page answers to: its paths, title, file name (a folder's index: the folder name) and aliases. */
function namesOf(page: PageRecord): [string, MatchKind][] {
  const withoutExt = page.file.replace(/\.mdx?$/i, '');
  const segments = withoutExt.split('/');
  const isIndex = segments.at(-1)?.toLowerCase() === 'index';
  const folder = segments.length > 1 ? segments.at(-2) : undefined;
  const fileName = isIndex && folder ? folder : (segments.at(-1) ?? withoutExt);
  const names: [string, MatchKind][] = [
    [page.slug, 'path'],
    [withoutExt, 'path'],
    [page.title, 'title'],
    [fileName, 'file'],
    ...page.aliases.map((alias): [string, MatchKind] => [alias, 'alias']),
  ];
  if (isIndex && folder) names.push([segments.slice(0, -1).join('/'), 'path']);
  return names;
}

/**
 * Builds the index from page records: one map entry per distinct name, so lookups never scan.
 * `conceptNames` gives pages (by slug) more names, weaker than their own aliases.
 */
export function indexPages(
  pages: readonly PageRecord[],
  conceptNames: ReadonlyMap<string, readonly string[]> = new Map(),
): PageIndex {
  const bySlug = new Map<string, PageRecord>();
  const byName = new Map<string, IndexEntry[]>();
  for (const page of pages) {
    bySlug.set(page.slug, page);
    const seen = new Set<string>();
    const concepts = (conceptNames.get(page.slug) ?? []).map((name): [string, MatchKind] => [
      name,
      'concept',
    ]);
    for (const [name, via] of [...namesOf(page), ...concepts]) {
      const key = normalizeName(name);
      if (key === '' || seen.has(key)) continue;
      seen.add(key);
      const entries = byName.get(key);
      if (entries) entries.push({ page, via });
      else byName.set(key, [{ page, via }]);
    }
  }
  return { pages, bySlug, byName };
}

/** Reads every source and indexes it; `conceptNames` as for indexPages. */
export function buildPageIndex(
  sources: readonly PageSource[],
  options: IndexOptions = {},
  conceptNames?: ReadonlyMap<string, readonly string[]>,
): PageIndex {
  return indexPages(
    sources.map((source) => readPage(source, options)),
    conceptNames,
  );
}

/** The result of looking a name up: one page, none, or several equally good ones. */
export type PageLookup =
  | { readonly kind: 'found'; readonly page: PageRecord }
  | { readonly kind: 'missing' }
  | { readonly kind: 'ambiguous'; readonly pages: readonly PageRecord[]; readonly via: MatchKind };

/** Looks a normalised name up; when several pages share the best kind of match, reports them all. */
export function lookupName(index: PageIndex, name: string): PageLookup {
  const entries = index.byName.get(normalizeName(name));
  if (!entries || entries.length === 0) return { kind: 'missing' };
  const best = Math.min(...entries.map((entry) => MATCH_RANK[entry.via]));
  const winners = entries.filter((entry) => MATCH_RANK[entry.via] === best);
  const pages = [...new Set(winners.map((entry) => entry.page))];
  if (pages.length === 1 && pages[0]) return { kind: 'found', page: pages[0] };
  return { kind: 'ambiguous', pages, via: winners[0]?.via ?? 'title' };
}

/** Titles shared by more than one page, each with the files that share it. */
export function findDuplicateTitles(index: PageIndex): { title: string; files: string[] }[] {
  const byTitle = new Map<string, PageRecord[]>();
  for (const page of index.pages) {
    const key = normalizeName(page.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), page]);
  }
  return [...byTitle.values()]
    .filter((pages) => pages.length > 1)
    .map((pages) => ({ title: pages[0]?.title ?? '', files: pages.map((page) => page.file) }));
}
