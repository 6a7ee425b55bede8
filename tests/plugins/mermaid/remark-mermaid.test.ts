import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { compile } from '@mdx-js/mdx';
import rehypeRaw from 'rehype-raw';
import { describe, expect, test } from 'vitest';
import remarkMermaid, { type MermaidTiming } from '../../../src/plugins/mermaid/remark-mermaid.ts';

const FLOWCHART = [
  '# 守护进程',
  '',
  '```mermaid title="守护进程的创建步骤"',
  'flowchart TD',
  '  A[fork，父进程退出] --> B[setsid 新建会话]',
  '  B -->|再次 fork| C{首进程退出？}',
  '  C -- 是 --> D([chdir 到根目录])',
  '```',
].join('\n');

const SEQUENCE = [
  '```mermaid',
  'sequenceDiagram',
  '  participant P as 父进程',
  '  participant C as 子进程',
  '  P->>C: fork() 返回 0',
  '  C-->>P: 退出码（waitpid）',
  '```',
].join('\n');

/** Renders Markdown through Astro's own processor (with its Shiki highlighter) and the plugin. */
async function render(markdown: string, onRender?: (t: MermaidTiming) => void): Promise<string> {
  const processor = await createMarkdownProcessor({ remarkPlugins: [[remarkMermaid, { onRender }]] });
  const { code } = await processor.render(markdown, {
    fileURL: new URL('file:///book/docs/design/daemon.md'),
  });
  return code;
}

describe('remarkMermaid', () => {
  test('renders a flowchart with Chinese labels to an accessible inline SVG', async () => {
    const html = await render(FLOWCHART);
    expect(html).toMatch(
      /<div class="book-mermaid"><svg id="mermaid-[a-z0-9]+-1" role="img" aria-label="守护进程的创建步骤"/,
    );
    for (const label of [
      'fork，父进程退出',
      'setsid 新建会话',
      '再次 fork',
      '首进程退出？',
      '是',
      'chdir 到根目录',
    ]) {
      expect(html).toContain(`>${label}</text>`);
    }
    expect(html).not.toContain('<pre'); // the highlighter never saw the block
    expect(html).not.toContain('<script');
  });

  test('renders a sequence diagram with Chinese labels; the label falls back to the first line', async () => {
    const html = await render(SEQUENCE);
    expect(html).toContain('aria-label="sequenceDiagram"');
    for (const label of ['父进程', '子进程', 'fork() 返回 0', '退出码（waitpid）'])
      expect(html).toContain(label);
  });

  test('colours follow Starlight theme variables, fonts are local, styles stay inside the SVG', async () => {
    const html = await render(FLOWCHART);
    const id = /<svg id="([^"]+)"/.exec(html)![1]!;
    expect(html).toContain('--bg:var(--sl-color-bg);--fg:var(--sl-color-white)');
    expect(html).toContain('var(--sl-color-text-accent)');
    expect(html).not.toMatch(/#[0-9a-fA-F]{6}\b(?![^<]*<\/text>)/); // no baked-in hex colour
    expect(html).not.toMatch(/@import|googleapis|https?:\/\/fonts/);
    expect(html).toContain(`#${id} text { font-family: system-ui`);
    expect(html).toContain('"Noto Sans CJK SC"');
    const selectors = [...html.matchAll(/^\s*([^{}\n]+)\{/gm)]
      .map((m) => m[1]!.trim())
      .filter((s) => !s.includes('='));
    expect(selectors.length).toBeGreaterThan(0);
    for (const selector of selectors) expect(selector.startsWith(`#${id}`), selector).toBe(true);
  });

  test('two diagrams on one page get their own marker ids', async () => {
    const html = await render(`${FLOWCHART}\n\n${FLOWCHART}`);
    const markers = [...html.matchAll(/<marker id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(markers).size).toBe(markers.length);
    expect(html).toMatch(/url\(#mermaid-[a-z0-9]+-2-arrowhead\)/);
  });

  test.each([
    ['a dangling arrow', 'flowchart TD\n  A[开始] --> B[结束]\n  B -->', 8, 'expected a node after `-->`'],
    ['a Chinese node id', 'graph LR\n  父进程 --> 子进程', 7, 'expected a node id'],
    ['an unclosed subgraph', 'flowchart TD\n  subgraph 内核\n  A --> B', 7, '`subgraph` is never closed'],
    ['a message without a colon', 'sequenceDiagram\n  P->>C fork()', 7, 'cannot read `P->>C fork()`'],
    ['an unknown diagram type', 'pie\n  "a": 1', 6, 'Invalid mermaid header'],
  ])('%s stops the build with the file and line', async (_name, diagram, line, message) => {
    const markdown = `正文\n\n第二段\n\n\`\`\`mermaid\n${diagram}\n\`\`\`\n`;
    const error = await render(markdown).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain(`/book/docs/design/daemon.md:${line}: mermaid diagram: `);
    expect(error?.message).toContain(message);
  });

  test('reports how long each diagram took', async () => {
    const timings: MermaidTiming[] = [];
    await render(`${FLOWCHART}\n\n${SEQUENCE}`, (t) => timings.push(t));
    expect(timings.map((t) => t.line)).toEqual([3, 10]);
    for (const t of timings) expect(t.ms).toBeGreaterThan(0);
  });

  test('works in MDX too: the SVG reaches the compiled page as static markup', async () => {
    const js = String(
      await compile(FLOWCHART, {
        remarkPlugins: [remarkMermaid],
        rehypePlugins: [
          [
            rehypeRaw,
            {
              passThrough: [
                'mdxjsEsm',
                'mdxFlowExpression',
                'mdxJsxFlowElement',
                'mdxJsxTextElement',
                'mdxTextExpression',
              ],
            },
          ],
        ],
      }),
    );
    expect(js).toContain('"aria-label": "守护进程的创建步骤"');
    expect(js).toContain('setsid 新建会话');
  });
});
