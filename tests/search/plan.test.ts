import { describe, expect, test } from 'vitest';
import { planQuery } from '../../src/search/plan.ts';
import { INDEX } from './fixture-lexicon.ts';

const units = (query: string) =>
  planQuery(query, INDEX).units.map((u) => `${u.name ? '«' : ''}${u.terms.join('+')}`);

describe('planQuery', () => {
  test('a name is one unit, cut into the index words', () => {
    expect(units('内核线程')).toEqual(['«内核+核线+线程']);
    expect(units('上下文切换')).toEqual(['«上下文+文切+切换']);
  });
  test('spaces inside a name and a Latin phrase written together still find the name', () => {
    expect(units('内核 线程')).toEqual(['«内核+核线+线程']);
    expect(units('kernelthread')).toEqual(['«kernel+thread']);
    expect(units('Context Switch')).toEqual(['«context+switch']);
  });
  test('question words and joining characters are dropped, names kept', () => {
    expect(units('进程和线程的区别')).toEqual(['«进程', '«线程', '区别']);
    expect(units('什么是守护进程')).toEqual(['«守护进程']);
  });
  test('a character glued to a name makes a word the book does not name', () => {
    expect(units('线程池')).toEqual(['线程+程池']);
  });
  test('a one-character typo of a name is corrected and reported', () => {
    const plan = planQuery('守护进城', INDEX);
    expect(plan.corrected).toBe(true);
    expect(plan.text).toBe('守护进程');
    expect(planQuery('kernal thread', INDEX).text).toBe('kernel thread');
  });
  test('a Latin word of the book is not "corrected", nor a word no name is near', () => {
    expect(planQuery('daemon', INDEX).corrected).toBe(false);
    expect(planQuery('malloc', INDEX).corrected).toBe(false);
  });
  test('an empty or punctuation-only query has no units', () => {
    expect(planQuery('？？', INDEX).units).toEqual([]);
  });
});
