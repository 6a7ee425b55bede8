import { describe, expect, test } from 'vitest';
import { nameKey, parseLexicon } from '../../src/search/lexicon.ts';
import { nearbyNames } from '../../src/search/suggest.ts';
import { INDEX, LEXICON } from './fixture-lexicon.ts';

describe('nearbyNames', () => {
  test('suggests chapter names sharing character pairs with the query, closest first', () => {
    const names = nearbyNames('线程池', INDEX).map((n) => n.text);
    expect(names[0]).toBe('线程');
    expect(names).toContain('内核线程');
    expect(names).not.toContain('1. 进程和线程有什么区别？');
  });
  test('suggests nothing for a query that shares nothing with the book', () => {
    expect(nearbyNames('红黑树', INDEX)).toEqual([]);
  });
});

describe('lexicon', () => {
  test('nameKey ignores case, width, spaces and punctuation', () => {
    expect(nameKey('Named Pipe')).toBe(nameKey('named-pipe'));
    expect(nameKey('内核 线程')).toBe('内核线程');
    expect(nameKey('P/V 操作')).toBe('pv操作');
  });
  test("parseLexicon accepts the build's shape and names the field that is wrong", () => {
    expect(parseLexicon(JSON.parse(JSON.stringify(LEXICON)))).toEqual(LEXICON);
    expect(() => parseLexicon({ ...LEXICON, version: 1 })).toThrow(/version/);
    expect(() => parseLexicon({ ...LEXICON, names: [{ text: 'x', page: 99, source: 'alias' }] })).toThrow(
      /names\[0\]/,
    );
    expect(() => parseLexicon({ ...LEXICON, pages: [{ ...LEXICON.pages[0], kind: 'chapters' }] })).toThrow(
      /pages\[0\]\.kind/,
    );
  });
});
