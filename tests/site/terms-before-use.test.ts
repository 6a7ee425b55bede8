/**
 * Terms defined before use: for every glossary term, a page that comes before the term's defining
 * page in reading order (the sidebar, from 预备知识 on) must explain the term where it first uses it,
 * by bolding it as it defines it or by linking to the glossary or to the page that defines it.
 */
import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { readBookPages } from '../../src/integrations/book-pages.ts';
import { allConcepts, loadConcepts } from '../../src/lib/concepts-schema.ts';
import { loadSite, type BuiltPage } from './dist.ts';
import { earlyUses, glossaryTerms, readingOrder } from './terms-before-use.ts';

describe('terms before their definition (dist, base /)', () => {
  const site = loadSite('dist', '/');
  const glossaryUrl = readBookPages('src/content/docs', '/').find((p) => p.kind === 'glossary')!.url;
  const terms = glossaryTerms(allConcepts(loadConcepts()));
  const order = readingOrder(site, '预备知识');

  test('the glossary and the reading order are read (not empty)', () => {
    expect(terms.length).toBeGreaterThan(50);
    expect(order[0]!.url).toBe('/prelude/prerequisites/');
    expect(order.at(-1)!.url).toBe(glossaryUrl);
  });

  test('no page uses a glossary term before its defining page without explaining it there', () => {
    const unexplained = earlyUses(order, terms, glossaryUrl)
      .filter((u) => !u.explained)
      .map((u) => `${u.page}：「${u.name}」（${u.term}，定义在 ${u.definedAt}）首次出现在：${u.block}`);
    expect(unexplained).toEqual([]);
  });
});

describe('earlyUses', () => {
  const page = (url: string, body: string): BuiltPage => {
    const html = `<main><div class="sl-markdown-content">${body}</div></main>`;
    return { file: url, url, html, tree: fromHtml(html) };
  };
  const terms = [
    { names: ['信号'], definedAt: ['/b/'] },
    { names: ['信号量'], definedAt: ['/a/'] },
    { names: ['TID'], definedAt: ['/b/', '/c/'] },
  ];

  test('finds the first use before the defining page, reading 信号量 as one word and TID only as a word', () => {
    const a = page(
      '/a/',
      '<p>信号量和 TGID。</p><p>这里发一个信号。</p><p>再发一个信号，TID 也在。</p><pre>信号</pre>',
    );
    const uses = earlyUses([a, page('/b/', '<p>信号</p>')], terms, '/g/');
    expect(uses.map((u) => [u.page, u.name, u.block, u.explained])).toEqual([
      ['/a/', '信号', '这里发一个信号。', false],
      ['/a/', 'TID', '再发一个信号，TID 也在。', false],
    ]);
  });

  test('a first use is explained by bolding it, or by a link to the glossary or the defining page in its block', () => {
    const bold = page('/a/', '<p>一个<strong>信号</strong>是……</p>');
    const link = page(
      '/a/',
      '<table><tbody><tr><td>信号</td><td><a href="/b/#x">详见</a></td></tr></tbody></table>',
    );
    const glossary = page('/a/', '<li>信号（见<a href="/g/">术语表</a>）</li>');
    for (const p of [bold, link, glossary])
      expect(earlyUses([p, page('/b/', '')], terms, '/g/').map((u) => u.explained)).toEqual([true]);
  });
});
