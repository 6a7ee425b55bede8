import { describe, expect, test } from 'vitest';
import { parsePage, SUMMARY_WEIGHT } from '../../../src/integrations/search-index/prepare.ts';
import { builtPage, heading } from '../page-fixture.ts';

const chapter = builtPage({
  title: 'Linux 中的线程',
  body: `<p>开头。</p>${heading(2, '内核线程', '内核线程')}<p>内核线程没有用户地址空间。</p>${heading(3, 'kworker', 'kworker：执行工作队列')}<p>……</p>`,
});

describe('parsePage', () => {
  test('reads the headings of the content (h2 and h3 with ids)', () => {
    expect(parsePage(chapter, 'chapter').headings).toEqual([
      { id: '内核线程', text: '内核线程' },
      { id: 'kworker', text: 'kworker：执行工作队列' },
    ]);
  });
  test('writes the names, cut as the index cuts them, into a keys field inside the indexed body', () => {
    const html = parsePage(chapter, 'chapter').forIndex(
      ['内核线程', 'kernel thread', '上下文切换'],
      new Set(['上下文']),
    );
    expect(html).toMatch(
      /<main data-pagefind-body="">[\s\S]*<span data-pagefind-meta="keys:内核 核线 线程 kernel thread kernelthread 上下文 文切 切换"><\/span><\/main>/,
    );
    expect(html).not.toContain('data-pagefind-weight');
  });
  test("weights a summary page's content below a chapter's, leaving its title at full weight", () => {
    const html = parsePage(chapter, 'summary').forIndex([], new Set());
    expect(html).toContain(`<div class="sl-markdown-content" data-pagefind-weight="${SUMMARY_WEIGHT}">`);
    expect(html).toContain('<h1 id="_top">Linux 中的线程</h1>');
  });
  test('does not keep the index-only changes in the page it parsed (each call starts clean)', () => {
    const page = parsePage(chapter, 'summary');
    page.forIndex(['a'], new Set());
    expect(page.forIndex([], new Set()).match(/data-pagefind-meta/g)).toHaveLength(1);
  });
  test('the copy for the index leaves out the sidebar, which lists every page of the site', () => {
    const withSidebar = builtPage({
      title: '甲',
      body: '<p>正文</p>',
      sidebar: '<ul><li><a href="/notes/n1/">笔记一</a></li><li><a href="/notes/n2/">笔记二</a></li></ul>',
    });
    const html = parsePage(withSidebar, 'chapter').forIndex([], new Set());
    expect(html).not.toContain('笔记一');
    expect(html).toContain('<p>正文</p>');
  });
  test('a table is indexed as one sentence per row, naming the row and each column', () => {
    const page = builtPage({
      title: 'IPC',
      body: `<table><thead><tr><th>机制</th><th>需要亲缘关系</th><th>能跨主机</th></tr></thead><tbody>
<tr><td>命名管道（FIFO）</td><td>否</td><td>否</td></tr><tr><td>套接字</td><td>否</td><td></td></tr></tbody></table>`,
    });
    const html = parsePage(page, 'chapter').forIndex([], new Set());
    expect(html).not.toContain('<table');
    expect(html).toContain('<p>命名管道（FIFO）：需要亲缘关系——否；能跨主机——否。</p>');
    expect(html).toContain('<p>套接字：需要亲缘关系——否。</p>');
  });
});
