/**
 * Runs a query plan against Pagefind and orders the pages. Each unit of the plan is one Pagefind
 * search (Pagefind matches all words of a search, and its score sums its words' BM25 scores plus
 * the metadata boost); the units' scores are added and scaled by the square of the share of units a
 * page matched, so a question finds the page that has its topic words even when no page has all of
 * its words. A query of one unit is exactly one Pagefind search, in Pagefind's order, except that a
 * page the query names exactly comes first (namedFirst). Pagefind itself is passed in, so the
 * merging is tested without a browser.
 * @see https://pagefind.app/docs/ranking/ (how Pagefind scores a single search)
 */
import type { LexiconIndex } from './lexicon-index.ts';
import { planQuery, type QueryPlan } from './plan.ts';

/** One result of a Pagefind search (the fields the book uses). */
export interface PagefindResult {
  /** The page's id: its fragment's hash. */
  readonly id: string;
  readonly score: number;
  /** Word positions where the search matched. */
  readonly words: readonly number[];
}

/** The part of Pagefind's API the engine calls (`pagefind.search`). */
export interface PagefindLike {
  search(term: string): Promise<{ readonly results: readonly PagefindResult[] } | null>;
}

/**
 * Whether page `id` really contains every one of `terms` (in its text or its names). Pagefind, when no
 * index word starts with a term, quietly matches the longest index word the term starts with instead
 * (`死所` matches every page with `死`); the engine checks the best page of each search with this and
 * drops a search that matched that way.
 * @see https://github.com/Pagefind/pagefind/blob/main/pagefind_web/src/search.rs (find_word_extensions)
 */
export type VerifyTerms = (id: string, terms: readonly string[]) => Promise<boolean>;

/** A page in the final order. */
export interface SearchHit {
  /** Pagefind's page id (the fragment hash). */
  readonly id: string;
  /** The page in the lexicon, when known. */
  readonly page: number | undefined;
  readonly score: number;
  /** The share of the query's units the page matched, from 0 to 1. */
  readonly coverage: number;
  /** Word positions where any unit matched. */
  readonly words: readonly number[];
}

/** The plan and the pages, best first. */
export interface SearchOutcome {
  readonly plan: QueryPlan;
  readonly hits: readonly SearchHit[];
}

interface Tally {
  score: number;
  matched: number;
  words: number[];
}

/** Searches `query`: plans it, runs one Pagefind search per unit, merges and orders the pages. */
export async function runSearch(
  query: string,
  index: LexiconIndex,
  pagefind: PagefindLike,
  verify: VerifyTerms = async () => true,
): Promise<SearchOutcome> {
  const plan = planQuery(query, index);
  if (plan.units.length === 0) return { plan, hits: [] };
  const tallies = new Map<string, Tally>();
  const add = (result: PagefindResult, share: number) => {
    const tally = tallies.get(result.id);
    if (!tally) {
      tallies.set(result.id, { score: result.score, matched: share, words: [...result.words] });
      return;
    }
    tally.score += result.score;
    tally.matched += share;
    tally.words.push(...result.words);
  };
  /** The results of one search, or none when its best page lacks one of the terms (a prefix fallback). */
  const searchChecked = async (terms: readonly string[]) => {
    const results = (await pagefind.search(terms.join(' ')))?.results ?? [];
    return results.length > 0 && (await verify(results[0]!.id, terms)) ? results : [];
  };
  await Promise.all(
    plan.units.map(async (unit) => {
      const whole = await searchChecked(unit.terms);
      if (whole.length > 0 || unit.name || unit.terms.length === 1) {
        for (const result of whole) add(result, 1);
        return;
      }
      // No page has every word of a leftover: count each word on its own, for a share of the unit.
      const parts = await Promise.all(unit.terms.map((term) => searchChecked([term])));
      const share = 1 / unit.terms.length;
      for (const part of parts) for (const result of part) add(result, share);
    }),
  );
  const pageOf = new Map(index.lexicon.pages.map((page, i) => [page.id, i]));
  const total = plan.units.length;
  const ranked = [...tallies.entries()]
    .map(([id, tally]) => ({
      id,
      page: pageOf.get(id),
      coverage: Math.min(tally.matched, total) / total,
      score: tally.score * (Math.min(tally.matched, total) / total) ** 2,
      words: tally.words,
    }))
    .sort((a, b) => b.score - a.score);
  return { plan, hits: namedFirst(plan, index, ranked) };
}

/**
 * The one change to Pagefind's order: when the whole query is one of the book's names for a page (its
 * title, an alias, a glossary term), that page comes first. Pagefind cannot tell an exact name from a
 * longer one (its metadata matching is by prefix, and `进程` is in the names `僵尸进程`, `进程状态` of other
 * chapters too), and for a word on every page its scores differ by little: after a rewrite of the
 * chapters, `进程` ranked 创建与生命周期 above 进程与线程. Headings do not count: they name a section.
 */
function namedFirst(plan: QueryPlan, index: LexiconIndex, hits: SearchHit[]): SearchHit[] {
  const unit = plan.units.length === 1 ? plan.units[0] : undefined;
  if (!unit?.name) return hits;
  const named = (index.byKey.get(unit.text) ?? []).filter((entry) => entry.name.source !== 'heading');
  const first = named.flatMap((entry) => hits.filter((hit) => hit.page === entry.page));
  return [...first, ...hits.filter((hit) => !first.includes(hit))];
}
