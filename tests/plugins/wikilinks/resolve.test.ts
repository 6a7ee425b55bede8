import { describe, expect, test } from 'vitest';
import { toBasePath } from '../../../src/lib/base.ts';
import type { PageSlug } from '../../../src/lib/paths.ts';
import { resolveLink } from '../../../src/plugins/wikilinks/resolve.ts';
import { duplicateIndex, fixtureIndex } from './fixtures.ts';

const root = toBasePath('/');
const book = toBasePath('/book');

describe('resolveLink', () => {
  test.each([
    ['a title', '进程与线程：定义与抽象层级', undefined, '/basics/process-and-thread/'],
    ['an alias', '进程', undefined, '/basics/process-and-thread/'],
    ['an English alias in upper case', 'THREAD', undefined, '/basics/process-and-thread/'],
    ['a full-width name', 'ｐｒｏｃｅｓｓ', undefined, '/basics/process-and-thread/'],
    [
      'a half-width colon for a full-width one',
      '进程与线程:定义与抽象层级',
      undefined,
      '/basics/process-and-thread/',
    ],
    ['a file name', 'address-space', undefined, '/basics/address-space/'],
    ['a path', 'basics/address-space', undefined, '/basics/address-space/'],
    ['a trailing .md', '线程实现并发的方式.md', undefined, '/design/concurrency-models/'],
    ['a folder index by folder name', 'study', undefined, '/study/'],
    ['the root index', 'index', undefined, '/'],
    ['a heading by text', '虚拟地址空间与内存共享', '共享什么', '/basics/address-space/#共享什么'],
    ['a heading by id', 'Linux 管道', '命名管道fifo', '/communication/linux-pipe/#命名管道fifo'],
    [
      'a heading with half-width brackets',
      'Linux 管道',
      '命名管道(FIFO)',
      '/communication/linux-pipe/#命名管道fifo',
    ],
    ['a heading alias', 'Linux', 'pipline', '/communication/linux-pipe/#匿名管道pipe'],
    [
      'a heading with code',
      '进程',
      'Linux 中的 task_struct',
      '/basics/process-and-thread/#linux-中的-task_struct',
    ],
    [
      'a repeated heading (the first wins)',
      '进程',
      '线程是执行流',
      '/basics/process-and-thread/#线程是执行流',
    ],
  ])('resolves %s', (_name, page, heading, href) => {
    expect(resolveLink(fixtureIndex, { page, heading }, { base: root })).toMatchObject({ ok: true, href });
  });

  test.each([
    ['/', root, '/communication/linux-pipe/#匿名管道pipe'],
    ['/book', book, '/book/communication/linux-pipe/#匿名管道pipe'],
  ])('honours the base %s', (_name, base, href) => {
    expect(resolveLink(fixtureIndex, { page: 'Linux', heading: 'pipline' }, { base })).toEqual(
      expect.objectContaining({ ok: true, href }),
    );
    expect(resolveLink(fixtureIndex, { page: 'index', heading: undefined }, { base })).toMatchObject({
      href: base === root ? '/' : '/book/',
    });
  });

  test('resolves a heading of the current page, and a path relative to the current folder', () => {
    const from = 'design/concurrency-models' as PageSlug;
    expect(
      resolveLink(fixtureIndex, { page: '', heading: 'libco 的共享栈' }, { base: book, from }),
    ).toMatchObject({
      href: '/book/design/concurrency-models/#libco-的共享栈',
    });
    expect(
      resolveLink(
        fixtureIndex,
        { page: '../communication/linux-pipe', heading: undefined },
        { base: book, from },
      ),
    ).toMatchObject({ href: '/book/communication/linux-pipe/' });
  });

  test('uses the headings given for the current page outside the index', () => {
    const currentHeadings = [{ depth: 2, text: '临时', anchor: '临时' as never }];
    expect(
      resolveLink(fixtureIndex, { page: '', heading: '临时' }, { base: root, currentHeadings }),
    ).toMatchObject({
      ok: true,
      href: '#临时',
    });
  });

  test.each([
    ['a missing page', { page: '不存在', heading: undefined }, '页面「不存在」不存在'],
    [
      'a missing heading',
      { page: 'Linux', heading: '不存在的标题' },
      '页面「Linux 管道」（communication/linux-pipe.mdx）没有标题「不存在的标题」',
    ],
    ['a same-page heading outside any page', { page: '', heading: 'x' }, '本页链接无法在页面之外解析'],
  ])('reports %s', (_name, target, reason) => {
    expect(resolveLink(fixtureIndex, target, { base: root })).toEqual({ ok: false, reason });
  });

  test('refuses a shared title naming both files, and accepts it disambiguated by path', () => {
    const result = resolveLink(duplicateIndex, { page: '同名页面', heading: undefined }, { base: root });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('a/same.mdx、b/same.mdx');
    expect(resolveLink(duplicateIndex, { page: 'b/same', heading: undefined }, { base: root })).toMatchObject(
      {
        href: '/b/same/',
      },
    );
  });
});
