/**
 * Messages between the search box and the search worker. The worker owns Pagefind, the lexicon
 * and the ranking; the page only renders what it gets back.
 */

/** Page → worker. */
export type SearchRequest =
  | { readonly type: 'init'; readonly base: string }
  | { readonly type: 'search'; readonly id: number; readonly query: string };

/** A section of a result page where the words are. */
export interface ResultSection {
  readonly title: string;
  /** URL of the page with `?highlight=` and the heading's `#id`. */
  readonly url: string;
  /** Excerpt HTML: escaped text with `<mark>` only. */
  readonly excerpt: string;
}

/** One page of the results. */
export interface ResultPage {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
  readonly sections: readonly ResultSection[];
}

/** A name suggested when nothing is found. */
export interface Suggestion {
  readonly text: string;
  readonly url: string;
}

/** Worker → page. */
export type SearchResponse =
  | { readonly type: 'ready' }
  | { readonly type: 'error'; readonly message: string }
  | {
      readonly type: 'results';
      readonly id: number;
      readonly query: string;
      /** The query as searched when a typo was corrected, else undefined. */
      readonly corrected: string | undefined;
      readonly total: number;
      readonly pages: readonly ResultPage[];
      /** True when the first page misses a part of the query that matters (see missedTerms). */
      readonly partial: boolean;
      /** The parts of the query the first page misses, as the book writes them. */
      readonly missed: readonly string[];
      /** When nothing, or only part of the query, was found: nearby names and the glossary. */
      readonly suggestions: readonly Suggestion[];
      readonly glossary: string | undefined;
      /** Milliseconds from the request to the answer, measured in the worker. */
      readonly ms: number;
    };
