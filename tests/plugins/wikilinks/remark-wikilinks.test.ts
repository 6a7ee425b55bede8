import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import remarkWikilinks, {
  withWikilinkOptions,
  type WikilinkOptions,
} from '../../../src/plugins/wikilinks/remark-wikilinks.ts';
import { fixtureIndex } from './fixtures.ts';

const docsDir = '/book-src/docs';
const warnings: string[] = [];
const options: WikilinkOptions = {
  index: fixtureIndex,
  base: '/book',
  docsDir,
  onUnresolved: 'warn',
  warn: (message) => warnings.push(message),
};

/** Runs the real parser (remark-parse + remark-mdx + GFM) and the plugin; returns the tree and the file. */
async function runPlugin(
  markdown: string,
  extra: Partial<WikilinkOptions> = {},
  page = 'basics/address-space.mdx',
) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkWikilinks, { ...options, ...extra });
  const file = new VFile({ value: markdown, path: `${docsDir}/${page}` });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return { tree, file };
}

/** Every link of a tree as [url, text]. */
function linksOf(tree: Root): [string, string][] {
  const found: [string, string][] = [];
  const walk = (node: { type: string; children?: unknown[]; url?: string }): void => {
    if (node.type === 'link') {
      const text = (node.children as { value?: string }[]).map((child) => child.value ?? '').join('');
      found.push([node.url ?? '', text]);
    }
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree);
  return found;
}

describe('remarkWikilinks through the real parser', () => {
  test.each([
    ['a title', '[[虚拟地址空间与内存共享]]', '/book/basics/address-space/', '虚拟地址空间与内存共享'],
    ['an alias with text', '[[进程|什么是进程]]', '/book/basics/process-and-thread/', '什么是进程'],
    [
      'a heading',
      '[[Linux 管道#命名管道（FIFO）]]',
      '/book/communication/linux-pipe/#命名管道fifo',
      'Linux 管道 › 命名管道（FIFO）',
    ],
    ['a same-page heading', '## 小节一\n\n[[#小节一]]', '/book/basics/address-space/#小节一', '小节一'],
    ['case and width', '[[ＰＲＯＣＥＳＳ]]', '/book/basics/process-and-thread/', 'ＰＲＯＣＥＳＳ'],
    [
      'a trailing .md',
      '[[线程实现并发的方式.md]]',
      '/book/design/concurrency-models/',
      '线程实现并发的方式.md',
    ],
    ['an index page', '[[study]]', '/book/study/', 'study'],
    [
      'a path',
      '[[basics/process-and-thread]]',
      '/book/basics/process-and-thread/',
      'basics/process-and-thread',
    ],
    ['a note link', '[并发](线程实现并发的方式.md)', '/book/design/concurrency-models/', '并发'],
    [
      'a note link with a heading alias',
      '[管道](Linux.md#pipline)',
      '/book/communication/linux-pipe/#匿名管道pipe',
      '管道',
    ],
    [
      'a URL-encoded note link',
      '[管道](Linux%20%E7%AE%A1%E9%81%93.md)',
      '/book/communication/linux-pipe/',
      '管道',
    ],
    [
      'a relative note link',
      '[管道](../communication/linux-pipe.md)',
      '/book/communication/linux-pipe/',
      '管道',
    ],
    ['a note link with a space', '[管道](<Linux 管道.md>)', '/book/communication/linux-pipe/', '管道'],
    ['a link in a list', '- 见 [[管道]]', '/book/communication/linux-pipe/', '管道'],
    [
      'a link in a table with \\|',
      '| 页 |\n| --- |\n| [[管道\\|FIFO]] |',
      '/book/communication/linux-pipe/',
      'FIFO',
    ],
    [
      'a link in a JSX block',
      '<details>\n<summary>答案</summary>\n\n见 [[管道]]\n\n</details>',
      '/book/communication/linux-pipe/',
      '管道',
    ],
  ])('resolves %s', async (_name, markdown, url, text) => {
    const { tree, file } = await runPlugin(markdown);
    expect(linksOf(tree)).toContainEqual([url, text]);
    expect(file.messages).toEqual([]);
  });

  test.each([
    ['inline code', '`[[不存在]]`'],
    ['a fenced code block', '```md\n[[不存在]]\n```'],
    ['an external link', '[x](https://example.org/a.md)'],
    ['the text of an ordinary link', '[[[不存在]]](https://example.org/)'],
  ])('leaves links in %s alone', async (_name, markdown) => {
    const { tree, file } = await runPlugin(markdown);
    expect(linksOf(tree).filter(([url]) => url.startsWith('/book'))).toEqual([]);
    expect(file.messages).toEqual([]);
  });

  test('marks an unresolved link with an accessible span and reports it with line and column', async () => {
    const { tree, file } = await runPlugin('第一行\n\n见 [[不存在的页面|某页]] 和 [[Linux#没有的标题]]。');
    const spans = JSON.stringify(tree);
    expect(spans).toContain('"className":["wikilink-missing"]');
    expect(spans).toContain('"ariaLabel":"某页（页面尚未创建）"');
    expect(file.messages.map((message) => [message.line, message.column, message.reason])).toEqual([
      [3, 3, `页面「不存在的页面」不存在（${docsDir}/basics/address-space.mdx:3:3）`],
      [
        3,
        19,
        `页面「Linux 管道」（communication/linux-pipe.mdx）没有标题「没有的标题」（${docsDir}/basics/address-space.mdx:3:19）`,
      ],
    ]);
    expect(file.data.wikilinks).toEqual({ resolved: 0, unresolved: 2 });
    expect(warnings.at(-1)).toBe(
      file.messages.map((message) => message.reason.replace(/^(.*)（(.*)）$/, '$2: warning: $1')).join('\n'),
    );
  });

  test("fails the file on an unresolved link with onUnresolved: 'error', naming file and line", async () => {
    await expect(runPlugin('正文\n\n[[不存在]] 与 [x](缺失.md)', { onUnresolved: 'error' })).rejects.toThrow(
      `2 个链接无法解析：\n${docsDir}/basics/address-space.mdx:3:1: error: 页面「不存在」不存在\n${docsDir}/basics/address-space.mdx:3:11: error: 页面「缺失」不存在`,
    );
  });

  // Obsidian shows a link to a note that does not exist as a dimmed link (class `is-unresolved`) and
  // publishes the vault anyway: https://help.obsidian.md/links ("Link to a note that doesn't exist yet").
  test('in an imported note, an unresolved link is shown as Obsidian shows it and only warned about', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkWikilinks, { ...options, onUnresolved: 'error' });
    const file = new VFile({ value: '正文\n\n见 [[还没写的笔记]]。', path: `${docsDir}/notes/a.md` });
    file.data = { astro: { frontmatter: { obsidian: { source: 'a.md' } } } } as never;
    const tree = (await processor.run(processor.parse(file), file)) as Root;
    expect(JSON.stringify(tree)).toContain('"className":["wikilink-missing","is-unresolved"]');
    expect(warnings.at(-1)).toBe(`${docsDir}/notes/a.md:3:3: warning: 页面「还没写的笔记」不存在`);
  });

  test('in an imported note, onUnresolvedInNotes: error still fails the build', async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkWikilinks, { ...options, onUnresolvedInNotes: 'error' });
    const file = new VFile({ value: '[[还没写的笔记]]', path: `${docsDir}/notes/a.md` });
    file.data = { astro: { frontmatter: { obsidian: { source: 'a.md' } } } } as never;
    await expect(processor.run(processor.parse(file), file)).rejects.toThrow(
      'a.md:1:1: error: 页面「还没写的笔记」不存在',
    );
  });

  test('counts resolved links in file.data', async () => {
    const { file } = await runPlugin('[[进程]] [[线程]] [a](Linux.md)');
    expect(file.data.wikilinks).toEqual({ resolved: 3, unresolved: 0 });
  });

  test('withWikilinkOptions sets this plugin’s options and leaves other plugins alone', () => {
    const other = (): undefined => undefined;
    const list = withWikilinkOptions([other, [remarkWikilinks, { onUnresolved: 'error' }]], {
      base: '/book',
    });
    expect(list).toEqual([other, [remarkWikilinks, { onUnresolved: 'error', base: '/book' }]]);
  });
});

describe('remarkWikilinks and escaped brackets', () => {
  // Obsidian, "Basic formatting syntax › Escaping Markdown Syntax": a backslash shows the character
  // itself; the help vault writes `\[\[Wikilinks\]\]` to name the syntax without linking.
  test('\\[\\[x\\]\\] is text, not a link, and is not reported', async () => {
    warnings.length = 0;
    const { tree } = await runPlugin(String.raw`Use \[\[Wikilinks\]\] or [[进程]].`, {}, 'basics/page.md');
    expect(linksOf(tree)).toEqual([['/book/basics/process-and-thread/', '进程']]);
    expect(JSON.stringify(tree)).toContain('[[Wikilinks]]');
    expect(warnings).toEqual([]);
  });
});
