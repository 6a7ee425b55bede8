import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Html, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { renderMermaid } from './render.ts';
import { findMermaidProblem } from './validate.ts';
import { noteSuffix } from '../obsidian/imported.ts';

/** How long one diagram took to render, for build timing reports. */
export interface MermaidTiming {
  readonly file: string;
  readonly line: number;
  readonly ms: number;
}

/** Options of {@link remarkMermaid}. */
export interface RemarkMermaidOptions {
  /** Called after each diagram is rendered. Default: nothing. */
  readonly onRender?: (timing: MermaidTiming) => void;
}

/** `title="…"` or `title='…'` in a code block's meta: group 2 is the title. */
const TITLE = /\btitle=(["'])(.*?)\1/;

/** The page's path relative to the project, as an editor would open it. */
function displayPath(file: VFile): string {
  const path = file.path ?? 'unknown file';
  const cwd = `${file.cwd.replace(/\/$/, '')}/`;
  return path.startsWith(cwd) ? path.slice(cwd.length) : path;
}

/**
 * The diagram as an `html` node that carries its parsed element tree (`data.hName`/`hChildren`), so it
 * reaches rehype as elements, never as raw HTML: the raw-HTML sanitizer (src/plugins/safety) then
 * knows it came from the book, not from a page's text, and leaves its `<style>` alone.
 */
function asElementTree(value: string, position: Html['position']): Html {
  const root = fromHtml(value, { fragment: true });
  const div = root.children.find((child): child is Element => child.type === 'element');
  if (!div) throw new Error('mermaid renderer returned no element');
  return {
    type: 'html',
    value,
    position,
    data: { hName: div.tagName, hProperties: div.properties, hChildren: div.children },
  };
}

/** A small stable hash (FNV-1a, base 36), so a diagram keeps its element ids from build to build. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
}

/**
 * Remark plugin: every ```mermaid code block becomes an inline SVG at build time, so pages ship
 * no diagram JavaScript and nothing moves when the page loads. A block that would not be drawn
 * as written stops the build with `file:line`.
 * @example
 * ```mermaid title="守护进程的创建步骤"
 * flowchart TD
 *   A[fork] --> B[setsid]
 * ```
 * → `<div class="book-mermaid"><svg id="mermaid-…" role="img" aria-label="守护进程的创建步骤" …>…</svg></div>`
 */
export default function remarkMermaid(options: RemarkMermaidOptions = {}) {
  return (tree: Root, file: VFile): void => {
    let count = 0;
    visit(tree, 'code', (node, index, parent) => {
      if (node.lang !== 'mermaid' || parent === undefined || index === undefined) return;
      if (/(?:^|\s)client(?:\s|$)/.test(node.meta ?? '')) {
        // ```mermaid client: a diagram the importer found this renderer cannot lay out. It is sent
        // as text in <pre class="mermaid">, which the official Mermaid draws in the browser on this
        // page only (src/components/MermaidClient.astro); never raw HTML, so the text stays text.
        // A node of its own type, which no prose plugin (remarkCjkQuotes) reads, drawn as one <pre> (a
        // `code` node renamed would nest it in the <pre> that remark-rehype puts around code).
        parent.children[index] = {
          type: 'mermaidClient',
          value: node.value,
          data: {
            hName: 'pre',
            hProperties: { className: ['mermaid', 'book-mermaid-client'] },
            hChildren: [{ type: 'text', value: node.value }],
          },
        } as unknown as RootContent;
        return;
      }
      const fenceLine = node.position?.start.line ?? 0;
      const where = (line: number) => `${displayPath(file)}:${fenceLine + line}`;
      const problem = findMermaidProblem(node.value);
      if (problem)
        throw new Error(
          `${where(problem.line)}: mermaid diagram: ${problem.message}${noteSuffix(file, fenceLine + problem.line)}`,
        );
      const firstLine =
        node.value
          .split('\n')
          .find((line) => line.trim() !== '')
          ?.trim() ?? 'mermaid';
      const label = TITLE.exec(node.meta ?? '')?.[2] ?? firstLine;
      const id = `mermaid-${hashOf(node.value)}-${++count}`;
      const started = performance.now();
      let value: string;
      try {
        value = renderMermaid(node.value, { id, label });
      } catch (error) {
        throw new Error(`${where(1)}: mermaid diagram: ${(error as Error).message}`, { cause: error });
      }
      options.onRender?.({ file: displayPath(file), line: fenceLine, ms: performance.now() - started });
      parent.children[index] = asElementTree(value, node.position);
    });
  };
}
