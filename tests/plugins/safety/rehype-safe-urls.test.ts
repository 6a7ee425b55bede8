import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { isSafeUrl, urlScheme } from '../../../src/plugins/safety/url-policy.ts';
import { renderMd, renderMdx, where } from './pipeline.ts';

const REASON_JS = 'scheme "javascript:" is not allowed (allowed: http:, https:, mailto:, relative URLs)';

/** Every URL attribute value of the page as the browser will parse it. */
function urls(html: string): string[] {
  return selectAll('[href], [src], [srcset], [action], [formaction], [data]', fromHtml(html)).flatMap(
    (el: Element) =>
      ['href', 'src', 'srcSet', 'action', 'formAction', 'data'].flatMap((p) =>
        el.properties[p] === undefined ? [] : [String(el.properties[p])],
      ),
  );
}

describe('rehypeSafeUrls in a Markdown page', () => {
  test.each([
    ['[点我](javascript:alert(1))', '1:1'],
    ['[点我](JaVaScRiPt:alert(1))', '1:1'],
    ['[点我](&#106;avascript:alert(1))', '1:1'],
    ['[点我](javascript&colon;alert(1))', '1:1'],
    ['[点我][x]\n\n[x]: javascript:alert(1)', '1:1'],
    ['<a href="jav&#x09;ascript:alert(1)">点我</a>', '1:1'],
    ['<a href="&#106;avascript:alert(1)">点我</a>', '1:1'],
    ['<a href="java&NewLine;script:alert(1)">点我</a>', '1:1'],
    ['<a href="&#x01;javascript:alert(1)">点我</a>', '1:1'],
  ])('%j: the link becomes its text, with a warning at %s', async (markdown, at) => {
    const { html, warnings } = await renderMd(markdown);
    expect(html).toBe('<p>点我</p>');
    expect(where(warnings)).toHaveLength(1);
    expect(where(warnings)[0]).toMatch(
      new RegExp(
        `^${at} unsafe URL ".*" in <a href>, <a> shown as plain text: ${REASON_JS.replace(/[()]/g, '\\$&')}$`,
      ),
    );
  });

  test('a tab in an <…> destination is percent-encoded by Markdown: a relative URL, no scheme, nothing runs', async () => {
    const { html, warnings } = await renderMd('[点我](<java\tscript:alert(1)>)');
    expect(urls(html)).toEqual(['java%09script:alert(1)']);
    expect(urlScheme('java%09script:alert(1)')).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  test('an autolink to javascript: becomes its text', async () => {
    const { html } = await renderMd('<javascript:alert(1)>');
    expect(html).toBe('<p>javascript:alert(1)</p>');
  });

  test.each([
    ['![替代文字](data:image/png;base64,xx)', 'data'],
    ['![替代文字](vbscript:msgbox(1))', 'vbscript'],
    ['![替代文字](javascript:alert(1))', 'javascript'],
    ['<img src="data:image/svg+xml,<svg onload=alert(1)>" alt="替代文字">', 'data'],
  ])('%j: the image becomes its alt text', async (markdown, scheme) => {
    const { html, warnings } = await renderMd(markdown);
    expect(html).toMatch(/^(<p>)?替代文字(<\/p>)?$/);
    expect(warnings[0]?.message).toContain(
      `scheme "${scheme}:" is not allowed (allowed: http:, https:, relative URLs)`,
    );
  });

  test('a srcset with a javascript: candidate loses the attribute', async () => {
    const { html } = await renderMd(
      '<picture><source srcset="a.png 1x, javascript:alert(1) 2x"><img src="a.png" alt="图"></picture>',
    );
    expect(urls(html)).toEqual(['a.png']);
  });

  test('allowed links stay links: http, https, mailto, relative, fragment', async () => {
    const { html, warnings } = await renderMd(
      '[a](https://example.org/) [b](http://example.org/) [c](mailto:a@example.org) [d](../x/) [e](#h) ![f](https://example.org/f.png)',
    );
    expect(urls(html)).toEqual([
      'https://example.org/',
      'http://example.org/',
      'mailto:a@example.org',
      '../x/',
      '#h',
      'https://example.org/f.png',
    ]);
    expect(warnings).toEqual([]);
  });
});

describe('rehypeSafeUrls in an MDX page (@astrojs/mdx inherits the unified processor)', () => {
  /** Lowercase JSX elements of the tree with their literal attributes. */
  function jsx(tree: Awaited<ReturnType<typeof renderMdx>>['tree']) {
    const found: { name: string; attributes: Record<string, unknown> }[] = [];
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const el = node as MdxJsxFlowElementHast | MdxJsxTextElementHast;
      const attributes = Object.fromEntries(
        el.attributes.flatMap((a) => (a.type === 'mdxJsxAttribute' ? [[a.name, a.value]] : [])),
      );
      found.push({ name: el.name ?? '', attributes });
    });
    return found;
  }

  test('a Markdown javascript: link becomes text', async () => {
    const { tree, warnings } = await renderMdx('[点我](javascript:alert(1))');
    expect(selectAll('a', tree)).toEqual([]);
    expect(where(warnings)).toEqual([
      `1:1 unsafe URL "javascript:alert(1)" in <a href>, <a> shown as plain text: ${REASON_JS}`,
    ]);
  });

  test('literal JSX URLs and event handlers on HTML elements are removed; components and expressions are left alone', async () => {
    const { tree, warnings } = await renderMdx(
      [
        '<a href="jav&#x09;ascript:alert(1)">a</a>',
        '',
        '<img src="JaVaScRiPt:alert(1)" alt="b" />',
        '',
        '<span onClick="alert(1)" className="x">c</span>',
        '',
        '<a href="https://example.org/">d</a>',
        '',
        '<Figure href="javascript:kept-for-a-component" />',
      ].join('\n'),
    );
    expect(jsx(tree)).toEqual([
      { name: 'a', attributes: {} },
      { name: 'img', attributes: { alt: 'b' } },
      { name: 'span', attributes: { className: 'x' } },
      { name: 'a', attributes: { href: 'https://example.org/' } },
      { name: 'Figure', attributes: { href: 'javascript:kept-for-a-component' } },
    ]);
    expect(where(warnings)).toEqual([
      // MDX decodes the character reference; the warning shows the tab the browser would have removed.
      `1:1 unsafe URL "jav\\tascript:alert(1)" in <a href> removed: ${REASON_JS}`,
      '3:1 unsafe URL "JaVaScRiPt:alert(1)" in <img src> removed: scheme "javascript:" is not allowed (allowed: http:, https:, relative URLs)',
      '5:1 MDX: event handler onClick removed from <span>',
    ]);
  });

  test('every URL left in a hostile Markdown page passes the allow-list', async () => {
    const { html } = await renderMd(
      '[a](javascript:x) <a href="vbscript:x">b</a> <img src="data:x" alt="c"> [d](https://example.org/) <a href=" javascript:x">e</a>',
    );
    expect(urls(html).every((url) => isSafeUrl(url))).toBe(true);
    expect(urls(html)).toEqual(['https://example.org/']);
  });
});
