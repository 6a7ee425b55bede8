/**
 * Runs a query plan against Pagefind and orders the pages. Each unit of the plan is one Pagefind
 * search (Pagefind matches all words of a search, and its score sums its words' BM25 scores plus
 * the metadata boost); the units' scores are added and scaled by the square of the share of units a
 * page matched, so a question finds the page that has its topic words even when no page has all of
 * its words. A query of one unit is exactly one Pagefind search, in Pagefind's order. Pagefind
 * itself is passed in, so the merging is tested without a browser.
 * @see https://pagefind.app/docs/ranking/ (how Pagefind scores a single search)
 */
import type { LexiconIndex } from './lexicon-index.ts';
import { planQuery, type QueryPlan } from './plan.ts';

/** A sub-result of a page: the section where the words are. */
export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
  readonly anchor?: { readonly element: string; readonly id: string };
}

/** What Pagefind returns for one page (the fields the book uses). */
export interface PagefindData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly sub_results: readonly PagefindSubResult[];
}

/** One result of a Pagefind search. */
export interface PagefindResult {
  readonly id: string;
  readonly score: number;
  data(): Promise<PagefindData>;
}

/** The part of Pagefind's API the engine calls (`pagefind.search`). */
export interface PagefindLike {
  search(term: string): Promise<{ readonly results: readonly PagefindResult[] } | null>;
}

/** A page in the final order. */
export interface SearchHit {
  /** Pagefind's page id (the fragment hash). */
  readonly id: string;
  /** The page in the lexicon, when known. */
  readonly page: number | undefined;
  readonly score: number;
  /** Loads the page's title, excerpt and sub-results (highlighting the words of its best-scoring unit). */
  data(): Promise<PagefindData>;
}

/** The plan and the pages, best first. */
export interface SearchOutcome {
  readonly plan: QueryPlan;
  readonly hits: readonly SearchHit[];
}

interface Tally {
  score: number;
  matched: number;
  best: PagefindResult;
  bestScore: number;
}

/** Searches `query`: plans it, runs one Pagefind search per unit, merges and orders the pages. */
export async function runSearch(
  query: string,
  index: LexiconIndex,
  pagefind: PagefindLike,
): Promise<SearchOutcome> {
  const plan = planQuery(query, index);
  if (plan.units.length === 0) return { plan, hits: [] };
  const tallies = new Map<string, Tally>();
  const add = (result: PagefindResult, share: number) => {
    const tally = tallies.get(result.id);
    if (!tally) {
      tallies.set(result.id, { score: result.score, matched: share, best: result, bestScore: result.score });
      return;
    }
    tally.score += result.score;
    tally.matched += share;
    if (result.score > tally.bestScore) {
      tally.best = result;
      tally.bestScore = result.score;
    }
  };
  await Promise.all(
    plan.units.map(async (unit) => {
      const whole = (await pagefind.search(unit.terms.join(' ')))?.results ?? [];
      if (whole.length > 0 || unit.name || unit.terms.length === 1) {
        for (const result of whole) add(result, 1);
        return;
      }
      // No page has every word of a leftover: count each word on its own, for a share of the unit.
      const parts = await Promise.all(unit.terms.map((term) => pagefind.search(term)));
      const share = 1 / unit.terms.length;
      for (const part of parts) for (const result of part?.results ?? []) add(result, share);
    }),
  );
  const pageOf = new Map(index.lexicon.pages.map((page, i) => [page.id, i]));
  const total = plan.units.length;
  const ranked = [...tallies.entries()]
    .map(([id, tally]) => ({
      id,
      page: pageOf.get(id),
      score: tally.score * (Math.min(tally.matched, total) / total) ** 2,
      data: () => tally.best.data(),
    }))
    .sort((a, b) => b.score - a.score);
  return { plan, hits: ranked };
}
