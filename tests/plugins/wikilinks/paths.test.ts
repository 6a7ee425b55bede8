// Tests for src/lib/paths.ts, kept beside the wikilinks tests that own the module.
import { describe, expect, test } from 'vitest';
import { toBasePath } from '../../../src/lib/base.ts';
import {
  createHeadingSlugger,
  isHeadingAnchor,
  isPageSlug,
  isUrlPath,
  toHeadingAnchor,
  toHref,
  toPageSlug,
  toUrlPath,
} from '../../../src/lib/paths.ts';

describe('guards', () => {
  test.each([
    ['basics/process-and-thread', true],
    ['index', true],
    ['', false],
    ['/basics/x', false],
    ['basics/x/', false],
    ['a//b', false],
    ['a/../b', false],
    ['a#b', false],
  ])('isPageSlug(%s) is %s', (value, expected) => {
    expect(isPageSlug(value)).toBe(expected);
  });

  test.each([
    ['/', true],
    ['/book/basics/x/', true],
    ['/book/basics/x', false],
    ['book/', false],
    ['/a/#b/', false],
    ['/a//b/', false],
  ])('isUrlPath(%s) is %s', (value, expected) => {
    expect(isUrlPath(value)).toBe(expected);
  });

  test.each([
    ['进程与线程定义', true],
    ['linux-中的-task_struct', true],
    ['', false],
    ['Upper', false],
    ['a b', false],
  ])('isHeadingAnchor(%s) is %s', (value, expected) => {
    expect(isHeadingAnchor(value)).toBe(expected);
  });
});

describe('conversions', () => {
  test.each([
    ['basics/process-and-thread.mdx', 'basics/process-and-thread'],
    ['basics/Process And Thread.md', 'basics/process-and-thread'],
    ['study/index.mdx', 'study'],
    ['index.mdx', 'index'],
    ['笔记/线程实现并发的方式.md', '笔记/线程实现并发的方式'],
  ])('toPageSlug(%s) → %s', (file, slug) => {
    expect(toPageSlug(file)).toBe(slug);
  });

  test.each([
    ['/', 'index', '/'],
    ['/', 'basics/x', '/basics/x/'],
    ['/book', 'index', '/book/'],
    ['/book', 'basics/x', '/book/basics/x/'],
  ])('toUrlPath(%s, %s) → %s', (base, slug, url) => {
    expect(toUrlPath(toBasePath(base), slug as never)).toBe(url);
  });

  test('toHref appends the anchor as the table of contents writes it', () => {
    const url = toUrlPath(toBasePath('/book'), toPageSlug('a/b.mdx'));
    expect(toHref(url)).toBe('/book/a/b/');
    expect(toHref(url, toHeadingAnchor('进程与线程：定义'))).toBe('/book/a/b/#进程与线程定义');
  });

  test('the heading slugger numbers repeats like the site', () => {
    const slug = createHeadingSlugger();
    expect(['小节', '小节', 'Linux 管道', '小节'].map(slug)).toEqual([
      '小节',
      '小节-1',
      'linux-管道',
      '小节-2',
    ]);
  });
});
