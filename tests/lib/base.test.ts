import { describe, expect, test } from 'vitest';
import { isBasePath, toBasePath, withBase } from '../../src/lib/base.ts';

describe('isBasePath', () => {
  test.each([
    ['/', true],
    ['/book/', true],
    ['/a/b/', true],
    ['/book', false],
    ['book/', false],
    ['', false],
    ['/my book/', false],
  ])('isBasePath(%j) is %s', (value, expected) => {
    expect(isBasePath(value)).toBe(expected);
  });
});

describe('toBasePath', () => {
  test.each([
    ['', '/'],
    ['/', '/'],
    ['book', '/book/'],
    ['/book', '/book/'],
    ['book/', '/book/'],
    ['/book/', '/book/'],
    [' /a/b// ', '/a/b/'],
  ])('toBasePath(%j) → %j', (base, expected) => {
    expect(toBasePath(base)).toBe(expected);
  });

  test.each(['/my book', '/a?b', '/a#b'])('refuses %j, naming it', (base) => {
    expect(() => toBasePath(base)).toThrow(`不是合法的 base 路径：${JSON.stringify(base)}`);
  });
});

describe('withBase', () => {
  test.each([
    ['favicon.svg', '/', '/favicon.svg'],
    ['favicon.svg', '/book', '/book/favicon.svg'],
    ['/tags/', '/book/', '/book/tags/'],
    ['', '/book', '/book/'],
    ['', '', '/'],
  ])('withBase(%j, %j) → %j', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });

  test("reads the bundle's own base when none is given", () => {
    expect(withBase('favicon.svg')).toBe(`${toBasePath(import.meta.env.BASE_URL ?? '/')}favicon.svg`);
  });
});
