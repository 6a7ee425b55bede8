/// <reference lib="webworker" />
/**
 * The search worker: loads Pagefind and the lexicon on first use, answers each query with the pages
 * and sections to show. Pagefind runs here rather than in the page for two reasons: the page stays
 * responsive while a query runs, and in a worker Pagefind sees no `<html lang="zh-CN">`, so it leaves
 * the query's words as the book cut them instead of re-cutting them with `Intl.Segmenter`, whose
 * dictionary differs from the index's (see index-terms.ts). Pagefind then loads the book's only index.
 * @see https://pagefind.app/docs/multilingual/ (a language without its own index gets the main one)
 */
import { missedTerms, runSearch, type PagefindLike } from './engine.ts';
import { excerptsOf } from './excerpts.ts';
import { normalizeText } from './index-terms.ts';
import { loadPageText } from './fragments.ts';
import { indexLexicon, type LexiconIndex } from './lexicon-index.ts';
import { parseLexicon } from './lexicon.ts';
import type { ResultPage, SearchRequest, SearchResponse } from './protocol.ts';
import { RANKING } from './ranking.ts';
import { nearbyNames } from './suggest.ts';

/** How many pages get their title and excerpt loaded (each is one fragment request). */
const SHOWN = 8;
/** How many sections are shown under a page. */
const SECTIONS = 3;

declare const self: DedicatedWorkerGlobalScope;

let ready: Promise<{ index: LexiconIndex; pagefind: PagefindLike; base: string }> | undefined;

async function load(base: string) {
  const [lexicon, pagefind] = await Promise.all([
    fetch(`${base}search/lexicon.json`).then((response) => {
      if (!response.ok) throw new Error(`${base}search/lexicon.json：HTTP ${response.status}`);
      return response.json();
    }),
    import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<
      PagefindLike & { options(o: object): Promise<void>; init(): Promise<void> }
    >,
  ]);
  await pagefind.options({
    basePath: `${base}pagefind/`,
    baseUrl: base,
    excerptLength: 40,
    ranking: RANKING,
  });
  // Load Pagefind's WebAssembly and index metadata now, while the reader types, not on the first search.
  // @see https://pagefind.app/docs/api/ (init: "Pagefind will initialize itself on the first search")
  await pagefind.init();
  return { index: indexLexicon(parseLexicon(lexicon)), pagefind, base };
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
  const outcome = await runSearch(query, index, pagefind, (id, terms) => hasTerms(index, base, id, terms));
  const shown = outcome.plan.units.map((unit) => unit.shown);
  const needles = [...shown, ...outcome.plan.units.flatMap((unit) => unit.terms)];
  const pages = await Promise.all(
    outcome.hits.slice(0, SHOWN).map(async (hit): Promise<ResultPage> => {
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
