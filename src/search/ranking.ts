/**
 * The ranking options the book gives Pagefind. Pagefind's own BM25 defaults are kept (page length
 * 0.75, term frequency 1, saturation 1.4, similarity 1), measured best on the book's query set; only
 * the metadata weights are the book's: its `keys` field (title, aliases and glossary terms, cut as the
 * index cuts) counts ten times, and Pagefind's `title` field not at all, because Pagefind splits a
 * title only at spaces, so the Chinese title `线程实现并发的方式` would match any query starting `线程`.
 * @see https://pagefind.app/docs/ranking/
 */
export const RANKING = { metaWeights: { title: 0, keys: 10 } } as const;
