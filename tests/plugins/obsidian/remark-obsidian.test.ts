import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { CALLOUT_VARIANTS } from '../../../src/plugins/obsidian/callouts.ts';
import remarkObsidian from '../../../src/plugins/obsidian/remark-obsidian.ts';

/** HTML of a page body, as an imported note (front matter `obsidian:` set) unless `imported` is false. */
function render(markdown: string, imported = true, properties?: Record<string, unknown>): string {
  const file = new VFile({
    value: markdown,
    data: { astro: { frontmatter: imported ? { obsidian: { source: 'n.md', properties } } : {} } },
  });
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkObsidian)
    .use(remarkRehype)
    .use(rehypeStringify);
  // Line breaks between tags (how remark-rehype lays blocks out) do not matter here.
  return String(processor.processSync(file)).replace(/>\n+</g, '><');
}

// https://help.obsidian.md/callouts: every type and alias, custom titles, `+`/`-` folding, nesting.
describe('callouts → the site’s asides (https://help.obsidian.md/callouts)', () => {
  test.each(Object.entries(CALLOUT_VARIANTS))(
    '[!%s] → starlight-aside--%s, default title in title case',
    (type, variant) => {
      const html = render(`> [!${type.toUpperCase()}]\n> 内容`);
      expect(html).toContain(
        `<aside class="starlight-aside starlight-aside--${variant} note-callout" data-callout="${type}"`,
      );
      expect(html).toContain(
        `<p class="starlight-aside__title">${type[0]!.toUpperCase()}${type.slice(1)}</p>`,
      );
      expect(html).toContain('<div class="starlight-aside__content"><p>内容</p></div>');
    },
  );

  test('an unknown type is a note; a custom title with markup is kept', () => {
    expect(render('> [!custom] **粗** 标题\n> x')).toMatch(
      /starlight-aside--note note-callout" data-callout="custom" aria-label="粗 标题"><p class="starlight-aside__title"><strong>粗<\/strong> 标题<\/p>/,
    );
  });

  test('`-` folds closed and `+` open, as <details>', () => {
    expect(render('> [!faq]- 问\n> 答')).toMatch(
      /^<details class="starlight-aside starlight-aside--tip note-callout" data-callout="faq"><summary class="starlight-aside__title">问<\/summary>/,
    );
    expect(render('> [!faq]+ 问\n> 答')).toContain('data-callout="faq" open><summary');
  });

  test('a title-only callout and a nested callout', () => {
    expect(render('> [!tip] 只有标题')).toBe(
      '<aside class="starlight-aside starlight-aside--tip note-callout" data-callout="tip" aria-label="只有标题"><p class="starlight-aside__title">只有标题</p></aside>',
    );
    const nested = render('> [!info] 外\n> > [!warning] 内\n> > 嵌套');
    expect(nested).toMatch(/starlight-aside--note[\s\S]*starlight-aside--caution[\s\S]*嵌套/);
  });

  test('a plain quote stays a quote; a book page is left alone', () => {
    expect(render('> 引用')).toBe('<blockquote><p>引用</p></blockquote>');
    expect(render('> [!tip] x', false)).toContain('<blockquote><p>[!tip] x</p>');
  });

  test('[!embed] (the importer’s transclusion) is a framed box headed by its source', () => {
    expect(render('> [!embed] 来源\n> 正文')).toBe(
      '<div class="note-embed"><p class="note-embed__title">来源</p><div class="note-embed__content"><p>正文</p></div></div>',
    );
  });
});

describe('marks', () => {
  test('==highlight== → <mark> (https://help.obsidian.md/syntax), not inside code', () => {
    expect(render('a ==高亮== b `==c==`')).toBe('<p>a <mark>高亮</mark> b <code>==c==</code></p>');
  });

  test('block ids become element ids; a lone id names the block before it (https://help.obsidian.md/links)', () => {
    expect(render('段落 ^p1')).toBe('<p id="^p1">段落</p>');
    expect(render('- 项 ^i1\n- 二')).toContain('<li id="^i1">项</li>');
    expect(render('| a |\n| - |\n| b |\n\n^t1')).toMatch(/^<table id="\^t1">/);
  });

  test('a `^id` line closing a callout or quote names it; `]]^id`-style ids after a picture name the paragraph (https://help.obsidian.md/links#Link+to+a+block+in+a+note)', () => {
    expect(render('> [!info]\n> 内容\n^c1')).toMatch(/^<aside class="[^"]*" data-callout="info" id="\^c1"/);
    expect(render('> 引用\n^q1')).toBe('<blockquote id="^q1"><p>引用</p></blockquote>');
    expect(render('**问？**\n答。\n^p2')).toBe('<p id="^p2"><strong>问？</strong>\n答。</p>');
    expect(render('![p](p.png)^img')).toBe('<p id="^img"><img src="p.png" alt="p"></p>');
  });

  test('YouTube and X/Twitter embeds become links, never broken pictures; other addresses stay pictures (https://help.obsidian.md/Editing+and+formatting/Embed+web+pages)', () => {
    expect(render('![](https://www.youtube.com/watch?v=NnTvZWp5Q7o)')).toBe(
      '<p><a href="https://www.youtube.com/watch?v=NnTvZWp5Q7o" class="note-web-embed">▶ YouTube: https://www.youtube.com/watch?v=NnTvZWp5Q7o</a></p>',
    );
    expect(render('![演示](https://youtu.be/abc)')).toContain('>▶ YouTube: 演示</a>');
    expect(render('![](https://twitter.com/obsdmd/status/1580548874246443010)')).toContain(
      'class="note-web-embed">X (Twitter): https://twitter.com/obsdmd/status/1580548874246443010</a>',
    );
    expect(render('![x](https://example.com/pic?id=3)')).toBe(
      '<p><img src="https://example.com/pic?id=3" alt="x"></p>',
    );
    expect(render('![](https://www.youtube.com/watch?v=1)', false)).toContain('<img');
  });

  test('picture sizes |300 and |300x200 (https://help.obsidian.md/embeds)', () => {
    expect(render('![图|300](a.png) ![图|300x200](b.png)')).toBe(
      '<p><img src="a.png" alt="图" width="300"> <img src="b.png" alt="图" width="300" height="200"></p>',
    );
  });

  test('inline tags become chips; numbers are not tags (https://help.obsidian.md/tags)', () => {
    expect(render('见 #进程/线程 与 #2024')).toBe(
      '<p>见 <span class="note-tag">#进程/线程</span> 与 #2024</p>',
    );
  });

  test('the note’s other properties are shown first, as text', () => {
    expect(render('正文', true, { author: '<b>张</b>', list: ['a', 'b'] })).toContain(
      '<tr><td>author</td><td>&#x3C;b>张&#x3C;/b></td></tr><tr><td>list</td><td>a, b</td>',
    );
  });
});
