import { describe, expect, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import remarkCjkQuotes from '../../../src/plugins/typography/remark-cjk-quotes.ts';

async function run(markdown: string): Promise<Root> {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkCjkQuotes);
  return (await processor.run(processor.parse(markdown))) as Root;
}

describe('remarkCjkQuotes', () => {
  test.each([
    ['进程切换多出一步"切换地址空间"。', '进程切换多出一步\u201c切换地址空间\u201d。'],
    ['标志位"可写""用户态可访问"等', '标志位\u201c可写\u201d\u201c用户态可访问\u201d等'],
    ['把"**共享**"读作"分享"', '把\u201c共享\u201d读作\u201c分享\u201d'],
    ['只有一个"引号', '只有一个"引号'],
  ])('%s', async (input, expected) => {
    expect(toString(await run(input))).toBe(expected);
  });

  test('leaves inline code and code blocks alone, and pairs across them', async () => {
    const tree = await run('执行 `printf("%d")` 后"完成"\n\n```c\nputs("x");\n```');
    const [para, code] = tree.children;
    expect(toString(para)).toBe('执行 printf("%d") 后\u201c完成\u201d');
    expect(code).toMatchObject({ type: 'code', value: 'puts("x");' });
  });

  test('pairs inside table cells and headings separately', async () => {
    const tree = await run('## 什么是"上下文"\n\n| a | b |\n|---|---|\n| "是" | "否" |');
    expect(toString(tree.children[0])).toBe('什么是\u201c上下文\u201d');
    expect(toString(tree.children[1])).toContain('\u201c是\u201d');
  });
});
