/**
 * Builds the book's search index after the site is built: reads every page's HTML, gives Pagefind a
 * copy with the page's names and weights (prepare.ts), and writes the index to `<out>/pagefind/`
 * and the lexicon to `<out>/search/lexicon.json`. Two passes: the first only learns how Pagefind cuts
 * the book's Chinese (its long words), so the names written into the second are cut the same way.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { nameKey, type Lexicon, type LexiconName, type LexiconPhrase } from '../../search/lexicon.ts';
import { conceptNames, type Concept } from '../../lib/concepts-schema.ts';
import { toHeadingAnchor } from '../../lib/paths.ts';
import { longWordsOf, readFragment } from './long-words.ts';
import type { BookPage } from '../book-pages.ts';
import { EXCLUDED_SELECTORS, parsePage, type ParsedPage } from './prepare.ts';

/** Where to read and write, and how to report. */
export interface SearchIndexOptions {
  /** The built site (Astro's `outDir`). */
  readonly outDir: string;
  /** The book's pages (readBookPages: its sources under the site's base path). */
  readonly pages: readonly BookPage[];
  /** The concept list (src/lib/concepts-schema.ts); each concept's names go to the page that explains it. */
  readonly concepts: readonly Concept[];
  readonly log: (message: string) => void;
}

/** What was built, for the build log and the tests. */
export interface SearchIndexReport {
  readonly pages: number;
  readonly names: number;
  readonly longWords: number;
}

function check<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length > 0) throw new Error(`Pagefind（${step}）出错：${response.errors.join('；')}`);
  return response;
}

/** Builds the index and the lexicon; throws with the page and step on any problem. */
export async function buildSearchIndex(options: SearchIndexOptions): Promise<SearchIndexReport> {
  const entries: { page: BookPage; parsed: ParsedPage }[] = [];
  for (const page of options.pages) {
    const file = join(options.outDir, page.html);
    if (!existsSync(file)) throw new Error(`搜索索引：${page.file} 没有构建出 ${page.html}`);
    const html = readFileSync(file, 'utf8');
    // A page with `pagefind: false` in its front matter has no data-pagefind-body: leave it out.
    if (!html.includes('data-pagefind-body')) continue;
    entries.push({ page, parsed: parsePage(html, page.kind) });
  }

  const names = collectNames(entries, options.concepts);
  // Each page's names, grouped once (filtering the whole list per page grew with the square of the vault).
  const namesByPage = new Map<number, string[]>();
  for (const name of names) {
    if (name.source === 'heading') continue;
    const list = namesByPage.get(name.page);
    if (list) list.push(name.text);
    else namesByPage.set(name.page, [name.text]);
  }
  const namesOf = (i: number) => namesByPage.get(i) ?? [];

  try {
    const first = check(
      await pagefind.createIndex({ excludeSelectors: [...EXCLUDED_SELECTORS] }),
      'createIndex',
    );
    const firstIndex = first.index!;
    for (const { page, parsed } of entries) {
      check(
        await firstIndex.addHTMLFile({ url: page.path, content: parsed.forIndex([], new Set()) }),
        page.file,
      );
    }
    const longWords = longWordsOf(check(await firstIndex.getFiles(), 'getFiles').files);
    await firstIndex.deleteIndex();

    const long = new Set(longWords);
    const second = check(
      await pagefind.createIndex({ excludeSelectors: [...EXCLUDED_SELECTORS] }),
      'createIndex',
    );
    const index = second.index!;
    for (const [i, { page, parsed }] of entries.entries()) {
      check(
        await index.addHTMLFile({ url: page.path, content: parsed.forIndex(namesOf(i), long) }),
        page.file,
      );
    }
    const ids = new Map<string, string>();
    for (const file of check(await index.getFiles(), 'getFiles').files) {
      if (!file.path.endsWith('.pf_fragment')) continue;
      ids.set(readFragment(file).url, file.path.replace(/^.*\//, '').replace(/\.pf_fragment$/, ''));
    }
    check(await index.writeFiles({ outputPath: join(options.outDir, 'pagefind') }), 'writeFiles');

    const lexicon: Lexicon = {
      version: 2,
      pages: entries.map(({ page }) => {
        const id = ids.get(page.path);
        if (!id) throw new Error(`搜索索引：Pagefind 没有为 ${page.file}（${page.path}）写出 fragment`);
        return { id, url: page.url, title: page.title, kind: page.kind };
      }),
      names,
      phrases: collectPhrases(entries, options.concepts),
      long: longWords,
    };
    mkdirSync(join(options.outDir, 'search'), { recursive: true });
    writeFileSync(join(options.outDir, 'search', 'lexicon.json'), JSON.stringify(lexicon));
    options.log(`搜索索引：${entries.length} 页，${names.length} 个名称，${longWords.length} 个长词`);
    return { pages: entries.length, names: names.length, longWords: longWords.length };
  } finally {
    await pagefind.close();
  }
}

/** The index of the page a concept names, or an error naming the concept and its page. */
function conceptPage(
  entries: readonly { page: BookPage }[],
  concept: Concept,
  byPath: ReadonlyMap<string, number>,
): number {
  const target = byPath.get(`/${concept.page}/`);
  if (target === undefined)
    throw new Error(`概念表：「${concept.zh[0]}」的页面 ${concept.page} 不在书中（共 ${entries.length} 页）`);
  return target;
}

/** Every page's names: title, aliases, the names of the concepts it explains, headings. */
function collectNames(
  entries: readonly { page: BookPage; parsed: ParsedPage }[],
  concepts: readonly Concept[],
): LexiconName[] {
  const byPath = new Map(entries.map(({ page }, i) => [page.path, i]));
  const names: LexiconName[] = [];
  const seen = new Set<string>();
  const add = (name: LexiconName) => {
    const key = `${name.page}\n${name.source}\n${name.text}`;
    if (name.text.trim() === '' || seen.has(key)) return;
    seen.add(key);
    names.push(name);
  };
  entries.forEach(({ page, parsed }, i) => {
    add({ text: page.title, page: i, source: 'title' });
    for (const alias of page.aliases) add({ text: alias, page: i, source: 'alias' });
    for (const heading of parsed.headings)
      add({ text: heading.text, page: i, source: 'heading', anchor: heading.id });
  });
  for (const concept of concepts) {
    const page = conceptPage(entries, concept, byPath);
    const anchor = concept.heading === undefined ? {} : { anchor: toHeadingAnchor(concept.heading) };
    for (const text of conceptNames(concept)) add({ text, page, source: 'concept', ...anchor });
  }
  return names;
}

/** The concepts' colloquial phrasings, each as its words' keys and the page of its concept. */
function collectPhrases(
  entries: readonly { page: BookPage }[],
  concepts: readonly Concept[],
): LexiconPhrase[] {
  const byPath = new Map(entries.map(({ page }, i) => [page.path, i]));
  return concepts.flatMap((concept) => {
    const page = conceptPage(entries, concept, byPath);
    return concept.say.map((phrase) => ({
      words: phrase
        .split(/\s+/)
        .map(nameKey)
        .filter((word) => word !== ''),
      page,
    }));
  });
}
