import { describe, expect, test } from 'vitest';
import { missedTerms, runSearch, type PagefindLike, type PagefindResult } from '../../src/search/engine.ts';
import { INDEX } from './fixture-lexicon.ts';

/** A Pagefind stand-in: each page has a score per index word; a search matches pages having every word. */
function fakePagefind(pages: Record<string, Record<string, number>>): PagefindLike & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async search(term) {
      asked.push(term);
      const words = term.split(' ');
      const results: PagefindResult[] = Object.entries(pages)
        .filter(([, scores]) => words.every((w) => w in scores))
        .map(([id, scores]) => ({
          id,
          score: words.reduce((sum, w) => sum + scores[w]!, 0),
          words: [words.length],
        }))
        .sort((a, b) => b.score - a.score);
      return { results };
    },
  };
}

describe('runSearch', () => {
  test("a one-unit query is one Pagefind search, in Pagefind's order, with pages from the lexicon", async () => {
    const pagefind = fakePagefind({
      p1: { 内核: 1, 核线: 2, 线程: 1 },
      p0: { 内核: 0.5, 核线: 0.5, 线程: 3 },
      p3: { 线程: 9 },
    });
    const { hits } = await runSearch('内核线程', INDEX, pagefind);
    expect(pagefind.asked).toEqual(['内核 核线 线程']);
    expect(hits.map((h) => [h.id, h.page])).toEqual([
      ['p1', 1],
      ['p0', 0],
    ]);
  });
  test('a page the whole query names (title, alias, glossary term) comes first; a heading does not count', async () => {
    const pagefind = fakePagefind({ p1: { 进程: 3 }, p0: { 进程: 1 }, p2: { 进程: 2 } });
    expect((await runSearch('进程', INDEX, pagefind)).hits.map((h) => h.id)).toEqual(['p0', 'p1', 'p2']);
    const context = fakePagefind({
      p0: { 什么: 5, 么是: 5, 是上: 5, 上下文: 5 },
      p3: { 什么: 1, 么是: 1, 是上: 1, 上下文: 1 },
    });
    expect((await runSearch('什么是上下文', INDEX, context)).hits.map((h) => h.id)).toEqual(['p0', 'p3']);
  });
  test('units are searched apart and merged: a page with every unit beats one with more of a single unit', async () => {
    const pagefind = fakePagefind({
      p0: { 进程: 1, 线程: 1, 区别: 1 },
      p5: { 进程: 2, 线程: 2 },
      p3: { 线程: 5 },
    });
    const { hits } = await runSearch('进程和线程的区别', INDEX, pagefind);
    expect(pagefind.asked.sort()).toEqual(['区别', '线程', '进程']);
    expect(hits[0]!.id).toBe('p0');
    // p5 matched 2 of 3 units: (2+2)·(2/3)² < 3·1.
    expect(hits[0]!.score).toBeCloseTo(3);
    expect(hits.find((h) => h.id === 'p5')!.score).toBeCloseTo(4 * (2 / 3) ** 2);
  });
  test('a leftover no page has whole is searched word by word, each for its share', async () => {
    const pagefind = fakePagefind({ p2: { 线程: 1, 程池: 0 }, p0: { 线程: 4 } });
    const { hits } = await runSearch('线程池', INDEX, pagefind);
    expect(pagefind.asked).toEqual(['线程 程池']);
    expect(hits.map((h) => h.id)).toEqual(['p2']);
    const split = fakePagefind({ p0: { 线程: 4 }, p3: { 程池: 1 } });
    const second = await runSearch('线程池', INDEX, split);
    expect(split.asked).toEqual(['线程 程池', '线程', '程池']);
    expect(second.hits.map((h) => h.id)).toEqual(['p0', 'p3']);
  });
  test("a search whose best page lacks a term (Pagefind's prefix fallback) counts as finding nothing", async () => {
    const pagefind = fakePagefind({ p0: { 死所: 1 }, p2: { 死所: 2 } });
    const checked: string[] = [];
    const { hits } = await runSearch('死所', INDEX, pagefind, async (id, terms) => {
      checked.push(`${id}:${terms.join(' ')}`);
      return false;
    });
    expect(checked).toEqual(['p2:死所']);
    expect(hits).toEqual([]);
  });
  test('nothing to search gives no hits and no Pagefind call', async () => {
    const pagefind = fakePagefind({});
    expect((await runSearch('  ？ ', INDEX, pagefind)).hits).toEqual([]);
    expect(pagefind.asked).toEqual([]);
  });
  test('when all the names of a query name one page, it comes first', async () => {
    // 守护进程 and daemon both name p2; p0 merely has both words more often.
    const pagefind = fakePagefind({ p0: { 守护进程: 5, daemon: 5 }, p2: { 守护进程: 1, daemon: 1 } });
    expect((await runSearch('守护进程 daemon', INDEX, pagefind)).hits.map((h) => h.id)).toEqual(['p2', 'p0']);
  });
  test("a query that holds a concept's colloquial phrasing puts the concept's page first", async () => {
    const pagefind = fakePagefind({ p3: { 线程: 9, 互相: 3, 对方: 2 }, p0: { 线程: 1 } });
    const { hits } = await runSearch('两个线程互相等对方的锁', INDEX, pagefind);
    expect(hits[0]!.id).toBe('p0');
  });
  test('the best page misses a term that matters: a name, or a word no page has; not filler other pages have', async () => {
    const named = await runSearch(
      '守护进程 内核线程',
      INDEX,
      fakePagefind({ p2: { 守护进程: 3 }, p1: { 内核: 1, 核线: 1, 线程: 1 } }),
    );
    expect(missedTerms(named)).toEqual(['内核线程']);
    const filler = await runSearch(
      '守护进程 启动',
      INDEX,
      fakePagefind({ p2: { 守护进程: 3 }, p0: { 启动: 1 } }),
    );
    expect(missedTerms(filler)).toEqual([]);
    const absent = await runSearch('守护进程 红黑', INDEX, fakePagefind({ p2: { 守护进程: 3 } }));
    expect(missedTerms(absent)).toEqual(['红黑']);
  });
});
