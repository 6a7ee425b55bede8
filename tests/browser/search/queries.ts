/**
 * The type of a search query case, for the frozen test set beside this file (test-queries.ts, which is
 * never edited and imports it from here). The query sets and their loader live in
 * scripts/lib/search-queries.ts, shared with `npm run perf`.
 */
export type { SearchCase } from '../../../scripts/lib/search-queries.ts';
