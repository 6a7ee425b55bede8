import { describe, expect, test } from 'vitest';
import { hanTerms, indexTerms, normalizeText } from '../../src/search/index-terms.ts';

describe('normalizeText', () => {
  test.each([
    [' Copy-on-Write？ ', 'copy on write'],
    ['ＴＬＢ　刷新', 'tlb 刷新'],
    ['task_struct', 'task_struct'],
    ['P/V 操作', 'p v 操作'],
  ])('%s → %s', (input, output) => {
    expect(normalizeText(input)).toBe(output);
  });
});

describe('hanTerms', () => {
  test('cuts a run into the overlapping pairs the index holds', () => {
    expect(hanTerms('内核线程', new Set())).toEqual(['内核', '核线', '线程']);
  });
  test('keeps an index word of three characters or more whole, then the pair across its end', () => {
    expect(hanTerms('上下文切换', new Set(['上下文']))).toEqual(['上下文', '文切', '切换']);
    expect(hanTerms('守护进程', new Set(['守护进程']))).toEqual(['守护进程']);
  });
  test('a lone character stays single', () => {
    expect(hanTerms('栈', new Set())).toEqual(['栈']);
  });
  test('repeated pairs are asked once', () => {
    expect(hanTerms('进程进程', new Set())).toEqual(['进程', '程进']);
  });
});

describe('indexTerms', () => {
  test('mixes Han pairs and whole Latin words in order', () => {
    expect(indexTerms('Linux 内核线程', new Set())).toEqual(['linux', '内核', '核线', '线程']);
  });
  test('adds the words of a Latin phrase written together when asked (for aliases)', () => {
    expect(indexTerms('named pipe', new Set(), { compound: true })).toEqual(['named', 'pipe', 'namedpipe']);
    expect(indexTerms('named pipe', new Set())).toEqual(['named', 'pipe']);
  });
  test('keeps underscores, as Pagefind does', () => {
    expect(indexTerms('pthread_create', new Set())).toEqual(['pthread_create']);
  });
});
