import { describe, expect, test } from 'vitest';
import { editDistance, withinOneEdit } from '../../src/search/distance.ts';

describe('editDistance', () => {
  test.each([
    ['kernel', 'kernal', 1],
    ['semaphore', 'semaphroe', 1],
    ['coroutine', 'corutine', 1],
    ['deadlock', 'deadlok', 1],
    ['守护进程', '守护进城', 1],
    ['写时复制', '写实复制', 1],
    ['上下文切换', '下文上切换', 2],
    ['', 'abc', 3],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
  test('stops early above the limit', () => {
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });
});

describe('withinOneEdit', () => {
  test('is true for one insertion, deletion, substitution or swap, false beyond', () => {
    expect(withinOneEdit('pipe', 'pipes')).toBe(true);
    expect(withinOneEdit('fork', 'frok')).toBe(true);
    expect(withinOneEdit('fork', 'forks!')).toBe(false);
  });
});
