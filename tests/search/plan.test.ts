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
  test('a one-character name is kept when it stands as a word, not inside a longer one', () => {
    expect(units('堆和栈')).toEqual(['«堆', '«栈']);
    expect(units('对方的锁')).toEqual(['对方', '«锁']);
    // The lone 用 left after the question phrase is dropped, as any lone character beside a name.
    expect(units('栈有什么用')).toEqual(['«栈']);
    expect(units('加锁')).toEqual(['加锁']);
  });
  test('question words and particles of Chinese and English are dropped', () => {
    expect(units('守护进程到底是啥')).toEqual(['«守护进程']);
    expect(units('what is a daemon')).toEqual(['«daemon']);
    expect(units('how does a context switch work')).toEqual(['«context+switch']);
  });
  test('a typo at the start or the end of a word is corrected, except in the word being typed', () => {
    expect(planQuery('contex switch', INDEX).text).toBe('context switch');
    expect(planQuery('xontext switch', INDEX).text).toBe('context switch');
    expect(planQuery('deamon', INDEX).text).toBe('daemon');
    expect(planQuery('contex', INDEX).corrected).toBe(false);
  });
  test('a colloquial phrasing of a concept names its page, whatever is around it', () => {
    expect(planQuery('两个线程互相等对方的锁', INDEX).about).toEqual([0]);
    expect(planQuery('锁', INDEX).about).toEqual([]);
  });
});
