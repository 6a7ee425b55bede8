import { describe, expect, test } from 'vitest';
import { assemblePrintBook, sidebarOrder } from '../../../src/integrations/print-book/assemble.ts';
import { builtPage, heading } from '../page-fixture.ts';

const sidebar = `<ul><li><details open><summary><span>开始</span></summary><ul><li><a href="/">关于本书</a></li><li><a href="/print/">全书打印版</a></li></ul></details></li>
<li><details open><summary><span>第一部分 基本概念</span></summary><ul><li><a href="/b/">乙</a></li><li><a href="/a/">甲</a></li></ul></details></li></ul>`;

describe('sidebarOrder', () => {
  test('lists the links in order with their part', () => {
    expect(sidebarOrder(builtPage({ title: 'x', body: '', sidebar }))).toEqual([
      { href: '/', part: '开始' },
      { href: '/print/', part: '开始' },
      { href: '/b/', part: '第一部分 基本概念' },
      { href: '/a/', part: '第一部分 基本概念' },
    ]);
  });
  test('a page without a sidebar is an error that says so', () => {
    expect(() => sidebarOrder('<html><body></body></html>')).toThrow(/侧边栏/);
  });
});

describe('assemblePrintBook', () => {
  const printPage = builtPage({
    title: '全书',
    body: '<div data-print-book><p>占位</p></div>',
    head: '<link rel="stylesheet" href="/_astro/a.css">',
  });
  const page = (title: string, body: string, head = '') => builtPage({ title, body, head, sidebar });
  const sources = [
    {
      url: '/a/',
      file: 'a.mdx',
      read: () =>
        page(
          '甲',
          `${heading(2, '小结', '小结')}<p>见<a href="/b/">乙</a>。</p>`,
          '<link rel="stylesheet" href="/_astro/a.css"><style>.f{}</style>',
        ),
    },
    {
      url: '/b/',
      file: 'b.mdx',
      read: () => page('乙', '<p>乙的正文</p>', '<link rel="stylesheet" href="/_astro/b.css">'),
    },
    { url: '/c/', file: 'c.mdx', read: () => page('丙', '<p>不在侧边栏</p>') },
  ];
  const html = assemblePrintBook(printPage, sources, sidebarOrder(sources[0]!.read()));

  test('puts the chapters in sidebar order, numbered, then pages the sidebar lacks', () => {
    const titles = [
      ...html.matchAll(/<h2 class="print-chapter__title" id="(chapter-\d)--title">(.)<\/h2>/g),
    ].map((m) => `${m[1]}:${m[2]}`);
    expect(titles).toEqual(['chapter-1:乙', 'chapter-2:甲', 'chapter-3:丙']);
    expect(html).toContain('<p class="print-chapter__part">第一部分 基本概念</p>');
    expect(html).not.toContain('占位');
  });
  test('links between chapters become chapter references; backlinks and pagination are not printed', () => {
    expect(html).toContain('<a href="#chapter-1">乙</a><span class="print-ref">（见第 1 章）</span>');
    const chapters = html.match(/<section class="print-chapter"[\s\S]*?<\/section>/g) ?? [];
    expect(chapters).toHaveLength(3);
    for (const chapter of chapters) expect(chapter).not.toMatch(/反向链接|下一页/);
  });
  test('reads each page once, so a large vault is never held in memory at once', () => {
    const reads = new Map<string, number>();
    const counted = sources.map((source) => ({
      ...source,
      read: () => {
        reads.set(source.url, (reads.get(source.url) ?? 0) + 1);
        return source.read();
      },
    }));
    assemblePrintBook(printPage, counted, sidebarOrder(sources[0]!.read()));
    expect(Object.fromEntries(reads)).toEqual({ '/a/': 1, '/b/': 1, '/c/': 1 });
  });
  test('a page the sidebar lists twice is printed once, where it first appears', () => {
    const twice = sidebarOrder(sources[0]!.read());
    const book = assemblePrintBook(printPage, sources, [...twice, { href: '/b/', part: '附录' }]);
    const titles = [
      ...book.matchAll(/<h2 class="print-chapter__title" id="chapter-\d--title">(.)<\/h2>/g),
    ].map((m) => m[1]);
    expect(titles).toEqual(['乙', '甲', '丙']);
  });
  test('adds the stylesheets the chapters use, once', () => {
    expect(html.match(/\/_astro\/a\.css/g)).toHaveLength(1);
    expect(html).toContain('/_astro/b.css');
    expect(html).toContain('<style>.f{}</style>');
  });
});
