import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import remarkFigureEmbed, { readFigureRequest } from '../../../src/plugins/figures/remark-figure-embed.ts';

/** Renders Markdown to HTML through the plugin, as an imported note (`obsidian.source`) or a book page. */
async function render(markdown: string, note = true) {
  const warnings: string[] = [];
  const file = new VFile({ value: markdown, path: `${process.cwd()}/notes/x.md` });
  if (note) file.data = { astro: { frontmatter: { obsidian: { source: 'x.md' } } } } as never;
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkFigureEmbed, { base: '/book', warn: (message) => warnings.push(message) })
      .use(remarkRehype)
      .use(rehypeStringify)
      .process(file),
  );
  return { html, warnings };
}

describe('remarkFigureEmbed', () => {
  test('a ```figure block becomes the embed page of the figure, captioned with a link to it', async () => {
    const { html, warnings } = await render('```figure\ntlb-flush step=3\n```');
    expect(html).toContain('<figure class="note-figure" data-figure="tlb-flush">');
    expect(html).toContain('<iframe src="/book/embed/tlb-flush/?step=3"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain(
      '<figcaption><a href="/book/embed/tlb-flush/?step=3">TLB 与地址空间切换</a></figcaption>',
    );
    expect(warnings).toEqual([]);
  });

  test('the id and parameters may stand on the fence line; a scene gives its parameters and title', async () => {
    const { html } = await render('```figure tlb-flush scene=thread-switch\n```');
    expect(html).toContain('/book/embed/tlb-flush/?policy=process-switch&#x26;step=15');
    expect(html).toContain('TLB 与地址空间切换：线程切换：TLB 原样保留');
  });

  test('in a note, a paragraph holding only a link to an embed page is the figure too', async () => {
    const { html } = await render('[看这张图](/book/embed/context-switch/?kind=process&step=4)');
    expect(html).toContain(
      '<iframe src="/book/embed/context-switch/?kind=process&#x26;step=4" title="看这张图"',
    );
  });

  test.each([
    ['an unknown figure', '```figure nope\n```', '没有交互图「nope」'],
    ['an unknown parameter', '```figure tlb-flush bogus=1\n```', '未知的网址参数：bogus'],
    ['an unknown scene', '```figure tlb-flush scene=nope\n```', '没有场景「nope」'],
    ['a bad player option', '```figure tlb-flush speed=3\n```', 'speed'],
    ['a word without =', '```figure tlb-flush step\n```', '名称=值'],
  ])('%s in a note is reported with file and line and shown in place', async (_, markdown, reason) => {
    const { html, warnings } = await render(`Text\n\n${markdown}`);
    expect(warnings.join('\n')).toMatch(new RegExp(`notes/x\\.md:3:1: warning: figure.*${reason}`));
    expect(html).toContain('class="note-figure-error"');
    expect(html).not.toContain('<iframe');
  });

  test('in a book page a bad figure fails the build, naming file and line', async () => {
    await expect(render('```figure tlb-flush bogus=1\n```', false)).rejects.toThrow(
      /x\.md:1:1: error: figure tlb-flush/,
    );
  });

  test('readFigureRequest checks values with the figure’s own readers', () => {
    expect(readFigureRequest(['task-cost', 'step=2'])).toEqual({
      problem: 'figure task-cost: 未知的网址参数：step',
    });
    expect('figure' in readFigureRequest(['task-cost', 'n=100'])).toBe(true);
  });
});
