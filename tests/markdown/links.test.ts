import { describe, expect, test } from 'vitest';
import { displayTextOf, findLinks, parseNoteHref } from '../../src/markdown/links.ts';

describe('findLinks', () => {
  test.each([
    ['[[进程]]', { syntax: 'wikilink', page: '进程', heading: undefined, label: undefined }],
    ['[[进程|进程是什么]]', { syntax: 'wikilink', page: '进程', heading: undefined, label: '进程是什么' }],
    [
      '[[Linux 管道#命名管道（FIFO）]]',
      { syntax: 'wikilink', page: 'Linux 管道', heading: '命名管道（FIFO）', label: undefined },
    ],
    ['[[Linux#pipline|管道]]', { syntax: 'wikilink', page: 'Linux', heading: 'pipline', label: '管道' }],
    ['[[#本页标题]]', { syntax: 'wikilink', page: '', heading: '本页标题', label: undefined }],
    ['[[页面#上级#下级]]', { syntax: 'wikilink', page: '页面', heading: '下级', label: undefined }],
    ['[[进程\\|别名]]', { syntax: 'wikilink', page: '进程', heading: undefined, label: '别名' }],
    [
      '[[basics/process-and-thread]]',
      { syntax: 'wikilink', page: 'basics/process-and-thread', heading: undefined },
    ],
    [
      '[文字](线程实现并发的方式.md)',
      { syntax: 'markdown', page: '线程实现并发的方式', heading: undefined, label: '文字' },
    ],
    ['[管道](Linux.md#pipline)', { syntax: 'markdown', page: 'Linux', heading: 'pipline', label: '管道' }],
    ['[x](./My Note.md)', { syntax: 'markdown', page: 'My Note', heading: undefined, label: 'x' }],
    ['[x](<../a b/c.md>)', { syntax: 'markdown', page: '../a b/c', heading: undefined, label: 'x' }],
    ['[x](%E7%BA%BF%E7%A8%8B.md)', { syntax: 'markdown', page: '线程', heading: undefined, label: 'x' }],
  ])('reads %s', (text, expected) => {
    const [link, ...rest] = findLinks(text);
    expect(rest).toEqual([]);
    expect(link).toMatchObject({ ...expected, raw: text, start: 0, end: text.length, line: 1, column: 1 });
  });

  test('finds an embed and a block reference, marked as such (https://help.obsidian.md/embeds)', () => {
    expect(findLinks('![[图.png|300]] 见 [[笔记#^abc]]')).toMatchObject([
      { embed: true, page: '图.png', label: '300' },
      { embed: false, page: '笔记', heading: '^abc' },
    ]);
  });

  test.each([
    ['an empty link', '[[]]'],
    ['a lone #', '[[#]]'],
    ['an image to a note', '![x](a.md)'],
    ['an external Markdown link', '[x](https://example.org/a.md)'],
    ['a link to a non-note file', '[x](a.png)'],
    ['unclosed brackets', '[[进程'],
    ['a line break inside', '[[进\n程]]'],
  ])('ignores %s', (_name, text) => {
    expect(findLinks(text)).toEqual([]);
  });

  test('gives lines and columns counted from where the text starts in the file', () => {
    const text = '第一行 [[甲]]\n第二行 [[乙|b]] 和 [c](丙.md)';
    const links = findLinks(text, { line: 10, column: 5 });
    expect(links.map(({ page, line, column }) => [page, line, column])).toEqual([
      ['甲', 10, 9],
      ['乙', 11, 5],
      ['丙', 11, 15],
    ]);
    expect(links.map((link) => text.slice(link.start, link.end))).toEqual([
      '[[甲]]',
      '[[乙|b]]',
      '[c](丙.md)',
    ]);
  });
});

describe('parseNoteHref', () => {
  test.each([
    ['Linux.md#pipline', { page: 'Linux', heading: 'pipline' }],
    ['./线程实现并发的方式.md', { page: '线程实现并发的方式', heading: undefined }],
    ['../basics/address-space.mdx', { page: '../basics/address-space', heading: undefined }],
    ['Linux%20%E7%AE%A1%E9%81%93.md#%E5%91%BD%E5%90%8D', { page: 'Linux 管道', heading: '命名' }],
    ['bad%E7.md', { page: 'bad%E7', heading: undefined }],
    ['Page.MD', { page: 'Page', heading: undefined }],
  ])('reads %s as a note link', (href, expected) => {
    expect(parseNoteHref(href)).toEqual(expected);
  });

  test.each(['https://example.org/a.md', 'mailto:a@b.c', '/basics/x/', '#标题', 'a.png', 'folder/', '.md'])(
    'leaves %s alone',
    (href) => {
      expect(parseNoteHref(href)).toBeUndefined();
    },
  );
});

describe('displayTextOf', () => {
  test.each([
    [{ page: '进程', heading: undefined, label: undefined }, '进程'],
    [{ page: '进程', heading: undefined, label: '别名' }, '别名'],
    [{ page: 'Linux', heading: 'pipline', label: undefined }, 'Linux › pipline'],
    [{ page: '', heading: '本页标题', label: undefined }, '本页标题'],
  ])('shows %o as %s', (link, text) => {
    expect(displayTextOf(link)).toBe(text);
  });
});
