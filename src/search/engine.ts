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

/**
 * Told the best pages of each search as soon as it returns, so that their texts load while the
 * other searches and the checks run, rather than after: the first query's answer waits for one
 * round of fetches instead of two.
 */
export type Prefetch = (ids: readonly string[]) => void;

/** How many pages an answer shows (each with its title and excerpt). */
export const SHOWN_PAGES = 8;

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
  /** The units of the plan (indexes into `plan.units`) the page did not match at all. */
  readonly missing: readonly number[];
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
  /** Units (indexes into the plan's units) the page matched, wholly or in part. */
  units: Set<number>;
}

/** Searches `query`: plans it, runs one Pagefind search per unit, merges and orders the pages. */
export async function runSearch(
  query: string,
  index: LexiconIndex,
  pagefind: PagefindLike,
  verify: VerifyTerms = async () => true,
  prefetch: Prefetch = () => {},
): Promise<SearchOutcome> {
  const plan = planQuery(query, index);
  if (plan.units.length === 0) return { plan, hits: [] };
  const tallies = new Map<string, Tally>();
  const add = (result: PagefindResult, share: number, unit: number) => {
    const tally = tallies.get(result.id);
    if (!tally) {
      tallies.set(result.id, {
        score: result.score,
        matched: share,
        words: [...result.words],
        units: new Set([unit]),
      });
      return;
    }
    tally.score += result.score;
    tally.matched += share;
    tally.words.push(...result.words);
    tally.units.add(unit);
  };
  /** The results of one search, or none when its best page lacks one of the terms (a prefix fallback). */
  const searchChecked = async (terms: readonly string[], ahead = 0) => {
    const results = (await pagefind.search(terms.join(' ')))?.results ?? [];
    if (ahead > 0) prefetch(results.slice(0, ahead).map((result) => result.id));
    return results.length > 0 && (await verify(results[0]!.id, terms)) ? results : [];
  };
  // The shown pages are mostly among each search's best, in shares of the units.
  const ahead = Math.ceil(SHOWN_PAGES / plan.units.length);
  await Promise.all(
    plan.units.map(async (unit, n) => {
      const whole = await searchChecked(unit.terms, ahead);
      if (whole.length > 0 || unit.name || unit.terms.length === 1) {
        for (const result of whole) add(result, 1, n);
        return;
      }
      // No page has every word of a leftover: count each word on its own, for a share of the unit.
      const parts = await Promise.all(unit.terms.map((term) => searchChecked([term])));
      const share = 1 / unit.terms.length;
      for (const part of parts) for (const result of part) add(result, share, n);
    }),
  );
  const pageOf = new Map(index.lexicon.pages.map((page, i) => [page.id, i]));
  const total = plan.units.length;
  const all = plan.units.map((_, n) => n);
  const ranked = [...tallies.entries()]
    .map(([id, tally]) => ({
      id,
      page: pageOf.get(id),
      coverage: Math.min(tally.matched, total) / total,
      score: tally.score * (Math.min(tally.matched, total) / total) ** 2,
      words: tally.words,
      missing: all.filter((n) => !tally.units.has(n)),
    }))
    .sort((a, b) => b.score - a.score);
  return { plan, hits: aboutFirst(plan, index, namedFirst(plan, index, ranked)) };
}

/**
 * Pages whose concepts' colloquial phrasings the query contains (plan.about) come first, in the plan's
 * order: `两个线程互相等对方的锁` is about deadlock even though every page on threads has its words. A
 * page the phrasing names that no search found is still listed.
 */
function aboutFirst(plan: QueryPlan, index: LexiconIndex, hits: SearchHit[]): SearchHit[] {
  if (plan.about.length === 0) return hits;
  const first = plan.about.map(
    (page): SearchHit =>
      hits.find((hit) => hit.page === page) ?? {
        id: index.lexicon.pages[page]!.id,
        page,
        score: 0,
        coverage: 0,
        words: [],
        missing: plan.units.map((_, n) => n),
      },
  );
  return [...first, ...hits.filter((hit) => !first.includes(hit))];
}

/**
 * Whether the best page misses a part of the query that matters: a name of the book, or a word that no
 * page found has (so the reader learns the book does not have it). A leftover word that other pages
 * have but the best page lacks is the question's filler, not a miss: the best page was chosen for the
 * topic. Returns the parts missed, as the book writes them; none when the best page has all that matters.
 */
export function missedTerms(outcome: SearchOutcome): string[] {
  const top = outcome.hits[0];
  if (!top) return [];
  const foundSomewhere = (n: number) => outcome.hits.some((hit) => !hit.missing.includes(n));
  return top.missing
    .filter((n) => outcome.plan.units[n]!.name || !foundSomewhere(n))
    .map((n) => outcome.plan.units[n]!.shown);
}

/**
 * The one change to Pagefind's order besides aboutFirst: when the query's names (titles, aliases,
 * concept names; at least half of its units) all name one page, that page comes first. For a query
 * that is one name this is the exact-name rule: Pagefind cannot tell an exact name from a longer one
 * (its metadata matching is by prefix, and `进程` is in the names `僵尸进程`, `进程状态` of other chapters
 * too), and for a word on every page its scores differ by little. For several names it is the same
 * evidence: `共享内存为什么需要信号量` names the chapter on shared memory and semaphores twice, while
 * the chapter on signals merely uses both words. Headings do not count: they name a section.
 */
function namedFirst(plan: QueryPlan, index: LexiconIndex, hits: SearchHit[]): SearchHit[] {
  const names = plan.units.filter((unit) => unit.name);
  if (names.length === 0 || names.length * 2 < plan.units.length) return hits;
  const pagesOf = (unit: (typeof names)[number]) =>
    new Set(
      (index.byKey.get(unit.text) ?? [])
        .filter((entry) => entry.name.source !== 'heading')
        .map((entry) => entry.page),
    );
  let common = pagesOf(names[0]!);
  for (const unit of names.slice(1)) {
    const pages = pagesOf(unit);
    common = new Set([...common].filter((page) => pages.has(page)));
  }
  if (common.size === 0) return hits;
  // Strongest naming first (a title before an alias), as byKey orders them for the first name.
  const order = (index.byKey.get(names[0]!.text) ?? [])
    .map((entry) => entry.page)
    .filter((p) => common.has(p));
  const first = order.flatMap((page) => hits.filter((hit) => hit.page === page));
  return [...first, ...hits.filter((hit) => !first.includes(hit))];
}
