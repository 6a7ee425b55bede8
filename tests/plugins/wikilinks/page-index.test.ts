import { describe, expect, test } from 'vitest';
import {
  buildPageIndex,
  findDuplicateTitles,
  lookupName,
  normalizeName,
  readPage,
} from '../../../src/plugins/wikilinks/page-index.ts';
import { contextToString, sentenceAround } from '../../../src/plugins/wikilinks/page-source.ts';
import { duplicateIndex, fixtureIndex } from './fixtures.ts';
import { syntheticBook } from './synthetic.ts';
import { resolveLink } from '../../../src/plugins/wikilinks/resolve.ts';
import { toBasePath } from '../../../src/lib/base.ts';

describe('normalizeName', () => {
  test.each([
    ['Linux', 'linux'],
    ['ＬＩＮＵＸ', 'linux'],
    ['Ｌｉｎｕｘ　管道', 'linux 管道'],
    ['  进程与线程：定义与抽象层级 ', '进程与线程:定义与抽象层级'],
    ['线程实现并发的方式.md', '线程实现并发的方式'],
    ['Ｍ：Ｎ', 'm:n'],
    ['fork -- exec...', 'fork - exec...'],
    ['fork — exec…', 'fork - exec...'],
    ['“It’s”', `"it's"`],
  ])('%s → %s', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });
});

describe('readPage', () => {
  test('reads title, aliases, heading aliases and headings with the site’s ids', () => {
    const page = fixtureIndex.bySlug.get('basics/process-and-thread');
    expect(page).toMatchObject({
      file: 'basics/process-and-thread.mdx',
      title: '进程与线程：定义与抽象层级',
      aliases: ['进程', '线程', 'process', 'thread', '资源容器', '执行流'],
    });
    expect(page?.headings.map((heading) => heading.anchor)).toEqual([
      '进程是资源容器',
      '线程是执行流',
      'linux-中的-task_struct',
      '线程是执行流-1',
    ]);
    expect(fixtureIndex.bySlug.get('communication/linux-pipe')?.headingAliases).toEqual({
      pipline: '匿名管道（pipe）',
    });
  });

  test('records outgoing links with line, column and the sentence around them, but not links in code', () => {
    const page = fixtureIndex.bySlug.get('basics/address-space');
    expect(
      page?.links.map(({ page: target, line, column, context }) => [
        target,
        line,
        column,
        contextToString(context),
      ]),
    ).toEqual([
      ['线程', 7, 6, '同一进程的线程共享堆。'],
      ['进程', 7, 18, '不同进程之间不共享。'],
    ]);
  });

  test('falls back to the file name without a title, and reports bad front matter instead of throwing', () => {
    const page = readPage({ file: 'notes/无标题.md', source: '---\ntitle: [unclosed\n---\n正文\n' });
    expect(page.title).toBe('无标题');
    expect(page.problem).toMatch(/YAML/);
  });

  test('reports MDX that does not parse instead of throwing', () => {
    const page = readPage({ file: 'a.mdx', source: '---\ntitle: 坏页面\n---\n\n<div>\n' });
    expect(page.title).toBe('坏页面');
    expect(page.problem).toMatch(/无法解析页面/);
  });

  test('uses a slug from front matter', () => {
    expect(readPage({ file: 'x/y.md', source: '---\ntitle: T\nslug: other/place\n---\n' }).slug).toBe(
      'other/place',
    );
  });
});

describe('sentenceAround', () => {
  test.each([
    ['甲。见 管道 一节。乙', '管道', { before: '见 ', text: '管道', after: ' 一节。' }],
    ['No end 管道', '管道', { before: 'No end ', text: '管道', after: '' }],
    ['First. Then 管道 here! Next', '管道', { before: 'Then ', text: '管道', after: ' here!' }],
    ['a | b | 管道 | c', '管道', { before: 'a | b | ', text: '管道', after: ' | c' }],
    [
      `${'长'.repeat(100)}管道${'尾'.repeat(100)}`,
      '管道',
      { before: `…${'长'.repeat(70)}`, text: '管道', after: `${'尾'.repeat(70)}…` },
    ],
  ])('cuts %s around the link', (text, link, expected) => {
    const start = text.indexOf(link);
    expect(sentenceAround(text, start, start + link.length)).toEqual(expected);
  });
});

describe('lookupName', () => {
  test.each([
    ['进程与线程：定义与抽象层级', 'basics/process-and-thread'],
    ['进程与线程:定义与抽象层级', 'basics/process-and-thread'],
    ['PROCESS', 'basics/process-and-thread'],
    ['process-and-thread', 'basics/process-and-thread'],
    ['basics/process-and-thread', 'basics/process-and-thread'],
    ['Basics/Process-And-Thread.mdx', 'basics/process-and-thread'],
    ['ｌｉｎｕｘ', 'communication/linux-pipe'],
    ['study', 'study'],
    ['study/index', 'study'],
    ['index', 'index'],
    ['进程与线程', 'index'],
  ])('finds %s', (name, slug) => {
    const found = lookupName(fixtureIndex, name);
    expect(found.kind === 'found' ? found.page.slug : found).toBe(slug);
  });

  test('reports a missing name', () => {
    expect(lookupName(fixtureIndex, '不存在的页面')).toEqual({ kind: 'missing' });
  });

  test('refuses a title two pages share and names both files', () => {
    const found = lookupName(duplicateIndex, '同名页面');
    expect(found.kind).toBe('ambiguous');
    expect(found.kind === 'ambiguous' && found.pages.map((page) => page.file)).toEqual([
      'a/same.mdx',
      'b/same.mdx',
    ]);
    expect(findDuplicateTitles(duplicateIndex)).toEqual([
      { title: '同名页面', files: ['a/same.mdx', 'b/same.mdx'] },
    ]);
    expect(findDuplicateTitles(fixtureIndex)).toEqual([]);
  });

  test('prefers a title over an alias that happens to be the same text', () => {
    const index = buildPageIndex([
      { file: 'a.mdx', source: '---\ntitle: 管道\n---\n' },
      { file: 'b.mdx', source: '---\ntitle: Linux 管道\naliases: [管道]\n---\n' },
    ]);
    const found = lookupName(index, '管道');
    expect(found.kind === 'found' && found.page.file).toBe('a.mdx');
  });
});

describe('a large index', () => {
  // A correctness test on a large input, not a timing one: the machine's load must not fail it.
  test('indexes 5,000 pages and resolves 50,000 links correctly by lookup', { timeout: 60_000 }, () => {
    const { index, links } = syntheticBook(5000, 50_000);
    expect(index.pages).toHaveLength(5000);
    const base = toBasePath('/book');
    for (const { target, expected } of links) {
      const result = resolveLink(index, target, { base });
      expect(result.ok && result.href).toBe(expected);
    }
  });
});
