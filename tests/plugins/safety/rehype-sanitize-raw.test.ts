import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { selectAll } from 'hast-util-select';
import { describe, expect, test } from 'vitest';
import { bookRehypePlugins } from '../../../src/plugins/index.ts';
import rehypeSafeUrls from '../../../src/plugins/safety/rehype-safe-urls.ts';
import rehypeSanitizeRaw from '../../../src/plugins/safety/rehype-sanitize-raw.ts';
import type { SafetyWarning } from '../../../src/plugins/safety/report.ts';
import { renderMd, where } from './pipeline.ts';

describe('the book’s rehype plugin list', () => {
  test('sanitizes raw HTML first, then checks every URL (so raw HTML links are checked too)', () => {
    expect(bookRehypePlugins.slice(0, 2)).toEqual([rehypeSanitizeRaw, rehypeSafeUrls]);
  });
});

describe('rehypeSanitizeRaw in Astro’s Markdown processor', () => {
  test('harmless raw HTML renders as elements, never as text', async () => {
    const { html, warnings } = await renderMd(
      [
        '按 <kbd>Ctrl</kbd>，H<sub>2</sub>O，m<sup>2</sup>，<span class="x">span</span>，<mark>高亮</mark>，',
        '<abbr title="Process Control Block">PCB</abbr>，<u>下划线</u>，<span style="color: red">红</span>。',
        '',
        '<details>',
        '<summary>更多</summary>',
        '',
        '折叠里的 **Markdown**。',
        '',
        '</details>',
      ].join('\n'),
    );
    for (const element of [
      '<kbd>Ctrl</kbd>',
      '<sub>2</sub>',
      '<sup>2</sup>',
      '<span class="x">span</span>',
      '<mark>高亮</mark>',
      '<abbr title="Process Control Block">PCB</abbr>',
      '<u>下划线</u>',
      '<span style="color: red">红</span>',
      '<summary>更多</summary>',
      '<p>折叠里的 <strong>Markdown</strong>。</p>',
    ])
      expect(html).toContain(element);
    expect(html).not.toContain('&#x3C;');
    expect(warnings).toEqual([]);
  });

  test.each([
    ['<script>alert(1)</script>', '<script', '1:1 raw HTML: <script> removed with its content'],
    ['<img src="a.png" onerror="alert(1)">', 'onerror', '1:1 raw HTML: attribute onerror removed from <img>'],
    [
      '<svg onload="alert(1)"><circle r="2"></circle></svg>',
      'onload',
      '1:1 raw HTML: attribute onload removed from <svg>',
    ],
    ['<svg><script>alert(1)</script></svg>', '<script', '1:6 raw HTML: <script> removed with its content'],
    [
      '<iframe src="https://evil.invalid/"></iframe>',
      '<iframe',
      '1:1 raw HTML: <iframe> removed with its content',
    ],
    [
      '<object data="https://evil.invalid/x"></object>',
      '<object',
      '1:1 raw HTML: <object> removed with its content',
    ],
    ['<embed src="https://evil.invalid/x">', '<embed', '1:1 raw HTML: <embed> removed with its content'],
    [
      '<form action="https://evil.invalid/"></form>',
      '<form',
      '1:1 raw HTML: <form> removed, its content kept',
    ],
    ['<base href="https://evil.invalid/">', '<base', '1:1 raw HTML: <base> removed, its content kept'],
    ['<meta http-equiv="refresh" content="0">', '<meta', '1:1 raw HTML: <meta> removed, its content kept'],
    [
      '<link rel="stylesheet" href="https://evil.invalid/x.css">',
      '<link',
      '1:1 raw HTML: <link> removed, its content kept',
    ],
    ['<style>p{color:red}</style>', '<style', '1:1 raw HTML: <style> removed with its content'],
    [
      '<span style="background: url(https://evil.invalid/x)">t</span>',
      'evil',
      '1:1 raw HTML: style "background: url(https://evil.invalid/x)" removed from <span>',
    ],
    [
      '<svg><rect fill="url(https://evil.invalid/x#a)"></rect></svg>',
      'evil',
      '1:6 raw HTML: attribute fill="url(https://evil.invalid/x#a)" removed from <rect>',
    ],
    [
      '<svg><animate attributeName="href" values="javascript:alert(1)"></animate></svg>',
      'animate',
      '1:6 raw HTML: <animate> removed, its content kept',
    ],
    [
      '<details open ontoggle="alert(1)"><summary>s</summary></details>',
      'ontoggle',
      '1:1 raw HTML: attribute ontoggle removed from <details>',
    ],
  ])('%s is removed, with file:line in the build log', async (raw, absent, warning) => {
    const { html, warnings } = await renderMd(raw);
    expect(html).not.toContain(absent);
    expect(where(warnings)).toContain(warning);
    expect(warnings.every((w) => w.file === 'src/content/docs/note.md')).toBe(true);
  });

  test('an inline <script> between words keeps the words and drops the code', async () => {
    const { html } = await renderMd('前 <script>alert(1)</script> 后');
    expect(html).toBe('<p>前  后</p>');
  });

  test('ids from raw HTML get GitHub’s user-content- prefix once; footnotes keep working', async () => {
    const { html } = await renderMd('<span id="main">x</span> 脚注[^1]\n\n[^1]: 带 <kbd>K</kbd> 的脚注');
    expect(html).toContain('<span id="user-content-main">x</span>');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('href="#user-content-fn-1"');
    expect(html).not.toContain('user-content-user-content');
  });

  test('Markdown and the book’s own output are untouched: Mermaid SVG (with its <style>), code highlighting', async () => {
    const { html, warnings } = await renderMd(
      [
        '<kbd>K</kbd>',
        '',
        '```mermaid',
        'flowchart TD',
        '  A --> B',
        '```',
        '',
        '```js',
        'const a = 1;',
        '```',
      ].join('\n'),
    );
    expect(html).toMatch(/<div class="book-mermaid"><svg id="mermaid-[a-z0-9]+-1"/);
    expect(html).toContain('<style>');
    expect(html).toContain('marker-end="url(#mermaid-');
    expect(html).toContain('class="astro-code');
    expect(warnings).toEqual([]);
  });

  test('mutation tricks end as inert text or attributes (the sanitized tree is what the browser parses)', async () => {
    const { html } = await renderMd(
      [
        '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
        '',
        '<svg></p><style><a id="</style><img src=1 onerror=alert(2)>"></svg>',
        '',
        '<math><mtext><table><mglyph><style><img src=x onerror=alert(3)></style></mglyph></table></mtext></math>',
        '',
        '<!-- <img src=x onerror=alert(4)> -->',
      ].join('\n'),
    );
    // Parse the output as the reader's browser will, then look at the elements it gets.
    const page = fromHtml(html);
    expect(selectAll('script, style, noscript, math, mglyph, iframe', page)).toEqual([]);
    expect(
      selectAll('img', page).filter((img) => Object.keys(img.properties).some((p) => /^on/i.test(p))),
    ).toEqual([]);
    expect(selectAll('p[title]', page).map((p) => p.properties.title)).toEqual([
      '</noscript><img src=x onerror=alert(1)>', // an attribute value, shown as a tooltip at most
    ]);
    expect(html).not.toContain('<!--');
  });

  test('a page without raw HTML is left exactly as Astro renders it', async () => {
    const plain = '# 标题\n\n正文 [链接](../x/) 和 `code`。';
    const { html, warnings } = await renderMd(plain);
    expect(html).toBe('<h1 id="标题">标题</h1>\n<p>正文 <a href="../x/">链接</a> 和 <code>code</code>。</p>');
    expect(warnings).toEqual([]);
  });
});

// Found on the Obsidian help vault: a callout whose title holds `<u>` lost its `data-callout`, and a block
// id on it became `user-content-^id` (so `[[note#^id]]` landed nowhere), because the element built from
// Markdown was checked as if it were the note's HTML.
describe('an element built from Markdown that holds raw HTML', () => {
  const run = (tree: Root): { html: string; warnings: SafetyWarning[] } => {
    const warnings: SafetyWarning[] = [];
    const out = rehypeSanitizeRaw({ report: (w) => void warnings.push(w) })(
      tree,
      new VFile({ path: 'n.md' }),
    );
    return { html: toHtml(out ?? tree), warnings };
  };
  test('keeps its own tag and properties; the raw HTML inside is still sanitized', () => {
    const { html, warnings } = run({
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'aside',
          properties: { dataCallout: 'tip', id: '^obsidian-sync-status', className: ['note-callout'] },
          children: [
            { type: 'raw', value: '<u>New file location</u><img src="x" onerror="alert(1)">' },
            { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: '正文' }] },
          ],
        },
      ],
    });
    expect(html).toBe(
      '<aside data-callout="tip" id="^obsidian-sync-status" class="note-callout"><u>New file location</u><img src="x"><p>正文</p></aside>',
    );
    expect(warnings.map((w) => w.message)).toEqual(['raw HTML: attribute onerror removed from <img>']);
  });
  test('raw HTML cannot claim to be built from Markdown', () => {
    const { html } = run({
      type: 'root',
      children: [
        { type: 'raw', value: '<div data-book-keep="00000000-0000-0000-0000-000000000000:0" id="a">x</div>' },
      ],
    });
    expect(html).toBe('<div id="user-content-a">x</div>');
  });
});
