// The plugin inside complete pipelines: Astro's Markdown processor and @mdx-js/mdx rendered to HTML.
import { createMarkdownProcessor, rehypeHeadingIds } from '@astrojs/markdown-remark';
import { compile, run } from '@mdx-js/mdx';
import { h } from 'preact';
import renderToString from 'preact-render-to-string';
import * as runtime from 'preact/jsx-runtime';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { buildPageIndex, readPage } from '../../../src/plugins/wikilinks/page-index.ts';
import remarkWikilinks, { type WikilinkOptions } from '../../../src/plugins/wikilinks/remark-wikilinks.ts';
import { duplicateIndex, fixtureIndex } from './fixtures.ts';

const docsDir = '/book-src/docs';
const options: WikilinkOptions = {
  index: fixtureIndex,
  base: '/book',
  docsDir,
  onUnresolved: 'warn',
  warn: () => undefined,
};

describe('remarkWikilinks in Astro’s Markdown processor (final HTML)', () => {
  test('resolves names that SmartyPants rewrote before the plugin ran', async () => {
    const index = buildPageIndex([{ file: 'q.md', source: `---\ntitle: "It's fork -- exec..."\n---\n` }]);
    const processor = await createMarkdownProcessor({
      smartypants: true,
      remarkPlugins: [[remarkWikilinks, { ...options, index }]],
    });
    const { code } = await processor.render(`见 [[It's fork -- exec...|q]]。`, {
      fileURL: new URL(`file://${docsDir}/x.md`),
    });
    expect(code).toContain('<a href="/book/q/" class="wikilink">q</a>');
  });

  test('fails on a title two pages share, naming both files and the line', async () => {
    const processor = await createMarkdownProcessor({
      remarkPlugins: [[remarkWikilinks, { ...options, index: duplicateIndex, onUnresolved: 'error' }]],
    });
    await expect(
      processor.render('\n[[同名页面]]', { fileURL: new URL(`file://${docsDir}/x.md`) }),
    ).rejects.toThrow(
      `${docsDir}/x.md:2:1: error: 「同名页面」同时对应多个页面（a/same.mdx、b/same.mdx），请用路径区分，如 [[a/same]]`,
    );
  });

  test('renders resolved links with the wikilink class and unresolved ones as an accessible span', async () => {
    const processor = await createMarkdownProcessor({ remarkPlugins: [[remarkWikilinks, options]] });
    const source =
      '## 线程是执行流\n\n## Linux 中的 `task_struct`\n\n见 [[Linux#pipline|管道]]、[[#线程是执行流]] 和 [[缺失]]。\n';
    const { code } = await processor.render(source, {
      fileURL: new URL(`file://${docsDir}/basics/process-and-thread.mdx`),
    });
    // mdast-util-to-hast percent-encodes hrefs, as it does for every link of the site.
    const pipe = encodeURI('/book/communication/linux-pipe/#匿名管道pipe');
    const same = encodeURI('/book/basics/process-and-thread/#线程是执行流');
    expect(code).toContain(`<a href="${pipe}" class="wikilink">管道</a>`);
    expect(code).toContain(`<a href="${same}" class="wikilink">线程是执行流</a>`);
    expect(code).toContain(
      '<span class="wikilink-missing" title="页面尚未创建" aria-label="缺失（页面尚未创建）">缺失</span>',
    );
  });
});

/** Headings that stress the slug rules: repeats, code, a wiki link, punctuation, dashes, quotes, full-width letters. */
const trickyHeadings = [
  '## 线程是执行流',
  '## 线程是执行流',
  '## Linux 中的 `task_struct`',
  '## 见 [[管道|Linux 管道]] 的实现',
  '## 进程与线程：定义与抽象层级（上）',
  '## fork -- exec... "quoted" it\'s',
  '## ＡＢＣ 全角 & C++',
  '### 3.1 页表 / TLB',
].join('\n\n');

describe.each([false, true])('heading ids in the index match the site’s (smartypants: %s)', (smartypants) => {
  test('for Markdown, through Astro’s createMarkdownProcessor', async () => {
    const processor = await createMarkdownProcessor({
      smartypants,
      remarkPlugins: [[remarkWikilinks, { ...options, smartypants }]],
    });
    const { metadata } = await processor.render(trickyHeadings, {
      fileURL: new URL(`file://${docsDir}/x.md`),
    });
    const indexed = readPage({ file: 'x.md', source: trickyHeadings }, { smartypants }).headings;
    expect(indexed.map((heading) => heading.anchor)).toEqual(
      metadata.headings.map((heading) => heading.slug),
    );
    expect(indexed.map((heading) => heading.text)).toEqual(metadata.headings.map((heading) => heading.text));
  });

  test('for MDX, through @mdx-js/mdx with Astro’s rehypeHeadingIds, rendered to HTML', async () => {
    const file = new VFile({ value: trickyHeadings, path: `${docsDir}/x.mdx` });
    const compiled = await compile(file, {
      remarkPlugins: [remarkGfm, ...(smartypants ? [remarkSmartypants] : []), [remarkWikilinks, options]],
      rehypePlugins: [rehypeHeadingIds],
      outputFormat: 'function-body',
    });
    const { default: Content } = await run(String(compiled), { ...runtime, baseUrl: import.meta.url });
    const html = renderToString(h(Content, {}));
    const ids = [...html.matchAll(/<h[1-6] id="([^"]+)"/g)].map((match) => match[1]);
    const indexed = readPage({ file: 'x.mdx', source: trickyHeadings }, { smartypants }).headings;
    expect(indexed.map((heading) => heading.anchor)).toEqual(ids);
    expect(html).toContain(
      `<a href="${encodeURI('/book/communication/linux-pipe/')}" class="wikilink">Linux 管道</a>`,
    );
  });

  test('the --, quotes and ... heading gets the id the processor gives it', () => {
    const [heading] = readPage({ file: 'x.md', source: '## fork -- exec' }, { smartypants }).headings;
    expect(heading?.anchor).toBe(smartypants ? 'fork--exec' : 'fork----exec');
  });
});
