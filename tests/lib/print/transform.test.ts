import { describe, expect, test } from 'vitest';
import { printId, transformChapter, type PrintChapterInfo } from '../../../src/lib/print/transform.ts';

const chapters: PrintChapterInfo[] = [
  { href: '/book/a/', number: 1, title: '甲', key: 'chapter-1', headings: { 小结: '小结' } },
  { href: '/book/b/', number: 2, title: '乙', key: 'chapter-2', headings: { 什么是上下文: '什么是上下文' } },
];

describe('transformChapter', () => {
  test('prefixes ids with the chapter, and references to them', () => {
    const { html } = transformChapter(
      '<h2 id="小结">小结</h2><figure aria-labelledby="t"><figcaption id="t">图</figcaption></figure>',
      chapters[0]!,
      chapters,
    );
    expect(html).toBe(
      '<h2 id="chapter-1--小结">小结</h2><figure aria-labelledby="chapter-1--t"><figcaption id="chapter-1--t">图</figcaption></figure>',
    );
  });
  test('an inline SVG keeps its styles and references: <style> selectors, url(#…) and <use href> take the prefix too', () => {
    const { html } = transformChapter(
      '<svg id="m-1"><style>#m-1 .node rect { fill: #fff; } #m-1 .edge { marker-end: url(#m-1-arrow); } #other { }</style>' +
        '<marker id="m-1-arrow"></marker><path marker-end="url(#m-1-arrow)"></path><use href="#m-1-arrow"></use></svg>',
      chapters[1]!,
      chapters,
    );
    expect(html).toContain('#chapter-2--m-1 .node rect { fill: #fff; }');
    expect(html).toContain('marker-end: url(#chapter-2--m-1-arrow)');
    expect(html).toContain('#other { }'); // not an id of this chapter: left alone
    expect(html).toContain('<path marker-end="url(#chapter-2--m-1-arrow)">');
    expect(html).toContain('<use href="#chapter-2--m-1-arrow">');
  });
  test('a link into the book points inside the printed book and names the chapter and section', () => {
    const { html } = transformChapter(
      '<p>见<a class="wikilink" href="/book/b/#%E4%BB%80%E4%B9%88%E6%98%AF%E4%B8%8A%E4%B8%8B%E6%96%87">上下文</a>，和<a href="/book/a/">本章</a>，<a href="#小结">小结</a>。</p>',
      chapters[0]!,
      chapters,
    );
    expect(html).toBe(
      '<p>见<a class="wikilink" href="#chapter-2--什么是上下文">上下文</a><span class="print-ref">（见第 2 章 §什么是上下文）</span>，和<a href="#chapter-1">本章</a><span class="print-ref">（见本章）</span>，<a href="#chapter-1--小结">小结</a>。</p>',
    );
  });
  test('relative links are relative to the chapter; a link to a state of the chapter itself loses its address', () => {
    const { html } = transformChapter(
      '<a href="?seed=2#p">种子 2</a> <a href="../a/#小结">甲</a>',
      chapters[1]!,
      chapters,
    );
    expect(html).toBe(
      '<a>种子 2</a> <a href="#chapter-1--小结">甲</a><span class="print-ref">（见第 1 章 §小结）</span>',
    );
  });
  test('a link out of the book gets a numbered note', () => {
    const { html, notes } = transformChapter(
      '<a href="https://lwn.net/x">LWN</a> <a href="https://man7.org/">man</a>',
      chapters[1]!,
      chapters,
    );
    expect(notes).toEqual(['https://lwn.net/x', 'https://man7.org/']);
    expect(html).toContain(
      '<a href="https://lwn.net/x" data-print-note="1">LWN</a><sup class="print-note-ref">[1]</sup>',
    );
    expect(html).toContain('<sup class="print-note-ref">[2]</sup>');
  });
  test('an island keeps its server-rendered markup and loses its hydration', () => {
    const { html } = transformChapter(
      '<astro-island uid="1" component-url="/x.js" client="visible"><figure data-figure="f"><button>播放</button></figure><template data-astro-template></template></astro-island><script>alert(1)</script>',
      chapters[1]!,
      chapters,
    );
    expect(html).toBe('<figure data-figure="f"><span>播放</span></figure>');
  });
  test('a figure prints what it shows: no controls, toolbar or status; buttons with content become text', () => {
    const { html } = transformChapter(
      '<figure data-figure="f" tabindex="0"><div data-figure-controls=""><label>切换方式 <input type="radio"></label></div>' +
        '<table><thead><tr><th scope="col"><button type="button" class="sort">系统调用</button></th></tr></thead></table>' +
        '<ol><li><button type="button">保存寄存器</button></li></ol>' +
        '<div role="toolbar"><button>播放</button></div><p class="figure-frame__status" role="status"></p></figure>',
      chapters[1]!,
      chapters,
    );
    expect(html).toBe(
      '<figure data-figure="f"><table><thead><tr><th scope="col"><span class="sort">系统调用</span></th></tr></thead></table>' +
        '<ol><li><span>保存寄存器</span></li></ol></figure>',
    );
  });
  test('a page of the site outside the book: its public address with SITE_URL, else plain text', () => {
    const source = '<a href="/book/embed/tlb-flush/?step=3">嵌入页</a>';
    const bare = transformChapter(source, chapters[1]!, chapters, 'http://127.0.0.1:4321');
    expect(bare.html).toBe('<a>嵌入页</a>');
    expect(bare.notes).toEqual([]);
    const published = transformChapter(
      source,
      chapters[1]!,
      chapters,
      'http://127.0.0.1:4321',
      'https://example.org',
    );
    expect(published.notes).toEqual(['https://example.org/book/embed/tlb-flush/?step=3']);
    expect(published.html).toBe(
      '<a href="https://example.org/book/embed/tlb-flush/?step=3" data-print-note="1">嵌入页</a><sup class="print-note-ref">[1]</sup>',
    );
  });
  test('landmarks are named after their chapter, so the whole book has no two of the same name', () => {
    const { html } = transformChapter(
      '<section aria-labelledby="p1"><h3 id="p1">练习</h3></section><section aria-labelledby="p2"><h3 id="p2">练习</h3></section>' +
        '<div role="region" aria-label="打乱的步骤"></div><section><p>无名</p></section>',
      chapters[1]!,
      chapters,
    );
    expect(html).toContain('<section aria-label="练习（第 2 章）">');
    expect(html).toContain('<section aria-label="练习（第 2 章，其二）">');
    expect(html).toContain('<div role="region" aria-label="打乱的步骤（第 2 章）">');
    expect(html).toContain('<section><p>无名</p></section>');
  });
  test('a code block can be reached by keyboard, as a scrolling region must', () => {
    const { html } = transformChapter(
      '<pre><code>x</code></pre><pre tabindex="-1"></pre>',
      chapters[0]!,
      chapters,
    );
    expect(html).toBe('<pre tabindex="0"><code>x</code></pre><pre tabindex="-1"></pre>');
  });
  test('printId of the page top is the chapter itself', () => {
    expect(printId('chapter-3', '_top')).toBe('chapter-3');
  });
});
