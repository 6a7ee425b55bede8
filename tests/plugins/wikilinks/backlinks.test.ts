import { describe, expect, test } from 'vitest';
import { backlinkItemsFor, backlinksOf, collectBacklinks } from '../../../src/plugins/wikilinks/backlinks.ts';
import { buildPageIndex } from '../../../src/plugins/wikilinks/page-index.ts';
import { contextToString } from '../../../src/plugins/wikilinks/page-source.ts';
import { fixtureIndex } from './fixtures.ts';

/** Backlinks of a page as [linking file, context]. */
function backlinksAsRows(slug: string): [string, string][] {
  return backlinksOf(fixtureIndex, slug).map(({ from, context }) => [from.file, contextToString(context)]);
}

describe('collectBacklinks', () => {
  test('lists each linking page once, with the sentence of its first link', () => {
    expect(backlinksAsRows('basics/process-and-thread')).toEqual([
      ['basics/address-space.mdx', '同一进程的线程共享堆。'],
      ['design/concurrency-models.mdx', '协程切换比线程便宜；'],
      ['study/glossary.mdx', '见 process。'],
    ]);
  });

  test('counts note-style links and links to a heading', () => {
    expect(backlinksAsRows('communication/linux-pipe')).toEqual([
      ['design/concurrency-models.mdx', '管道见 Linux 管道。'],
    ]);
    expect(backlinksAsRows('basics/address-space')).toEqual([
      ['basics/process-and-thread.mdx', '进程拥有地址空间，详见 虚拟地址空间与内存共享 › 共享什么。'],
    ]);
  });

  test('has none for a page nothing links to, and ignores links of a page to itself and broken links', () => {
    const index = buildPageIndex([
      {
        file: 'a.mdx',
        source: '---\ntitle: 甲\n---\n\n## 小节\n\n回到 [[甲]] 与 [[#小节]]，还有 [[不存在]]。\n',
      },
    ]);
    expect(backlinksOf(index, 'a')).toEqual([]);
    expect(backlinksAsRows('index')).toEqual([]);
  });

  test('is computed once per index', () => {
    expect(collectBacklinks(fixtureIndex)).toBe(collectBacklinks(fixtureIndex));
  });
});

test('a link in a table reads the whole row as its context', () => {
  const index = buildPageIndex([
    {
      file: 'a.mdx',
      source: '---\ntitle: 甲\n---\n\n| 机制 | 章节 |\n| --- | --- |\n| 匿名管道 | [[乙]] |\n',
    },
    { file: 'b.mdx', source: '---\ntitle: 乙\n---\n' },
  ]);
  expect(backlinksOf(index, 'b').map(({ context }) => context)).toEqual([
    { before: '匿名管道 | ', text: '乙', after: '' },
  ]);
});

describe('backlinkItemsFor', () => {
  test('gives rows with the base in the href and the sentence split around the link', () => {
    expect(backlinkItemsFor(fixtureIndex, 'communication/linux-pipe.mdx', '/book')).toEqual([
      {
        href: '/book/design/concurrency-models/',
        title: '线程实现并发的方式',
        before: '管道见 ',
        text: 'Linux 管道',
        after: '。',
      },
    ]);
    expect(backlinkItemsFor(fixtureIndex, 'index.mdx', '/')).toEqual([]);
  });

  test('has nothing for a file that is not a page of the book', () => {
    expect(backlinkItemsFor(fixtureIndex, '404.md', '/')).toBeUndefined();
  });
});
