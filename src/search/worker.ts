/// <reference lib="webworker" />
/**
 * The search worker: loads Pagefind and the lexicon on first use, answers each query with the pages
 * and sections to show. Pagefind runs here rather than in the page for two reasons: the page stays
 * responsive while a query runs, and in a worker Pagefind sees no `<html lang="zh-CN">`, so it leaves
 * the query's words as the book cut them instead of re-cutting them with `Intl.Segmenter`, whose
 * dictionary differs from the index's (see index-terms.ts). Pagefind then loads the book's only index.
 * @see https://pagefind.app/docs/multilingual/ (a language without its own index gets the main one)
 */
import { missedTerms, runSearch, SHOWN_PAGES, type PagefindLike } from './engine.ts';
import { excerptsOf } from './excerpts.ts';
import { normalizeText } from './index-terms.ts';
import { loadPageText } from './fragments.ts';
import { indexLexicon, type LexiconIndex } from './lexicon-index.ts';
import { parseLexicon } from './lexicon.ts';
import type { ResultPage, SearchRequest, SearchResponse } from './protocol.ts';
import { RANKING } from './ranking.ts';
import { nearbyNames } from './suggest.ts';

/** How many sections are shown under a page. */
const SECTIONS = 3;

declare const self: DedicatedWorkerGlobalScope;

let ready: Promise<{ index: LexiconIndex; pagefind: PagefindLike; base: string }> | undefined;

/** The lexicon, fetched, checked and indexed. */
async function loadLexicon(base: string): Promise<LexiconIndex> {
  const response = await fetch(`${base}search/lexicon.json`);
  if (!response.ok) throw new Error(`${base}search/lexicon.json：HTTP ${response.status}`);
  return indexLexicon(parseLexicon(await response.json()));
}

/**
 * Pagefind, set up and loading its WebAssembly and index metadata. `init()` starts that load and
 * returns at once: the first search waits for it (Pagefind checks every 50 ms), so the sooner this
 * starts, the likelier the load is done when the first query comes.
 * @see https://pagefind.app/docs/api/ (init: "Pagefind will initialize itself on the first search")
 */
async function loadPagefind(base: string): Promise<PagefindLike> {
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindLike & {
    options(o: object): Promise<void>;
    init(): Promise<void>;
  };
  await pagefind.options({
    basePath: `${base}pagefind/`,
    baseUrl: base,
    excerptLength: 40,
    ranking: RANKING,
  });
  await pagefind.init();
  return pagefind;
}

/**
 * Everything a query needs, loaded once: the lexicon and Pagefind, each started as soon as the worker
 * is told to, independently of the other (Pagefind's files are fetched while the lexicon is parsed).
 * Meanwhile the worker has nothing to do, so it warms what the first query would otherwise compile:
 * the text normalisation's Unicode tables and the grapheme segmenter Pagefind builds for every search.
 */
async function load(base: string) {
  const loading = Promise.all([loadLexicon(base), loadPagefind(base)]);
  warmUp();
  const [index, pagefind] = await loading;
  return { index, pagefind, base };
}

function warmUp(): void {
  normalizeText('上下文切换 Copy-on-Write？');
  // Pagefind segments every query into graphemes with this (its language is 'unknown' in a worker).
  void [...new Intl.Segmenter('unknown', { granularity: 'grapheme' }).segment('进程 pipe')];
}

/** Adds `?highlight=` (the words to mark on the page) before the URL's `#heading`. */
function withHighlight(url: string, words: readonly string[]): string {
  const [path, hash] = url.split('#');
  const query = new URLSearchParams({ highlight: words.join(' ') }).toString();
  return `${path}?${query}${hash ? `#${hash}` : ''}`;
}

/** Each page's text and names as one normalized string without spaces, made once per page. */
const haystacks = new Map<string, Promise<string>>();

function haystackOf(index: LexiconIndex, base: string, id: string): Promise<string> {
  let haystack = haystacks.get(id);
  if (!haystack) {
    haystack = loadPageText(id, base).then((text) => {
      const page = index.lexicon.pages.findIndex((p) => p.id === id);
      const names = index.lexicon.names.filter((n) => n.page === page).map((n) => n.text);
      return normalizeText([text.words.join(''), ...names].join(' ')).replace(/ /g, '');
    });
    haystack.catch(() => haystacks.delete(id));
    haystacks.set(id, haystack);
  }
  return haystack;
}

/** Whether the page with Pagefind id `id` has every term in its text or among its names (see VerifyTerms). */
async function hasTerms(
  index: LexiconIndex,
  base: string,
  id: string,
  terms: readonly string[],
): Promise<boolean> {
  const haystack = await haystackOf(index, base, id);
  return terms.every((term) => haystack.includes(term));
}

async function answer(id: number, query: string): Promise<SearchResponse> {
  const started = performance.now();
  const { index, pagefind, base } = await ready!;
  const outcome = await runSearch(
    query,
    index,
    pagefind,
    (id, terms) => hasTerms(index, base, id, terms),
    (ids) => ids.forEach((id) => void loadPageText(id, base).catch(() => {})),
  );
  const shown = outcome.plan.units.map((unit) => unit.shown);
  const needles = [...shown, ...outcome.plan.units.flatMap((unit) => unit.terms)];
  const pages = await Promise.all(
    outcome.hits.slice(0, SHOWN_PAGES).map(async (hit): Promise<ResultPage> => {
      const text = await loadPageText(hit.id, base);
      const { excerpt, sections } = excerptsOf(text, hit.words, needles, SECTIONS);
      return {
        title: text.title,
        url: withHighlight(text.url, shown),
        excerpt,
        sections: sections.map((section) => ({
          title: section.title,
          url: withHighlight(`${text.url}#${encodeURIComponent(section.id)}`, shown),
          excerpt: section.excerpt,
        })),
      };
    }),
  );
  const nothing = outcome.hits.length === 0;
  const missed = missedTerms(outcome);
  const partial = missed.length > 0;
  const lexicon = index.lexicon;
  return {
    type: 'results',
    id,
    query,
    corrected: outcome.plan.corrected ? outcome.plan.text : undefined,
    total: outcome.hits.length,
    pages,
    partial,
    missed,
    suggestions:
      nothing || partial
        ? nearbyNames(query, index).map(({ text, page }) => ({ text, url: lexicon.pages[page]!.url }))
        : [],
    glossary: lexicon.pages.find((page) => page.kind === 'glossary')?.url,
    ms: performance.now() - started,
  };
}

self.addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.type === 'init') {
    ready ??= load(request.base);
    ready.then(
      () => self.postMessage({ type: 'ready' } satisfies SearchResponse),
      (error: unknown) =>
        self.postMessage({ type: 'error', message: String(error) } satisfies SearchResponse),
    );
    return;
  }
  answer(request.id, request.query).then(
    (response) => self.postMessage(response),
    (error: unknown) => self.postMessage({ type: 'error', message: String(error) } satisfies SearchResponse),
  );
});
