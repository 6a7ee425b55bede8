import { compile } from '@mdx-js/mdx';
import type { Nodes } from 'mdast';
import { auditMdx, parseMdx } from '../../../src/plugins/import/audit.ts';
import { parseNoteMarkdown } from '../../../src/plugins/import/convert.ts';
import { splitFrontMatter } from '../../../src/plugins/import/front-matter.ts';

/** Block nodes, whose text is separated from their neighbours' by a line break. */
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'code',
  'listItem',
  'tableCell',
  'blockquote',
  'mdxFlowExpression',
]);

/** Parents whose children are blocks, so an HTML child there is a block too. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/** The text a reader sees in a tree: raw HTML shown as written, comments hidden, whitespace collapsed. */
function textOf(node: Nodes): string {
  switch (node.type) {
    case 'html':
      // A browser hides an HTML comment (to `-->`, or to the end when unclosed) and shows the rest.
      // `<!-->` and `<!--->` are complete (empty) comments too.
      return node.value.replace(/^\s*<!--(?:>|->|[\s\S]*?-->|[\s\S]*$)/, '');
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return '';
    case 'text':
    case 'inlineCode':
    case 'code':
      return node.value;
    case 'image':
      return node.alt ?? '';
    case 'break':
      return '\n';
    default:
      if (!('children' in node)) return '';
      return node.children
        .map((child) => {
          const block = BLOCKS.has(child.type) || (child.type === 'html' && FLOW_PARENTS.has(node.type));
          return block ? `\n${textOf(child)}\n` : textOf(child);
        })
        .join('');
  }
}

/** Collapses whitespace the way a browser shows it. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The text a note shows when its Markdown (CommonMark + GFM) is read with raw HTML taken literally. */
export function noteText(markdown: string): string {
  return collapse(textOf(parseNoteMarkdown(markdown)));
}

/** The body of a page, without front matter. */
export function pageBody(mdx: string): string {
  const split = splitFrontMatter(mdx, 'page.mdx');
  if (!split.ok) throw new Error(split.error.message);
  return split.value.body;
}

/** The text an MDX page shows; throws if the page holds anything that would run. */
export function pageText(mdx: string): string {
  const findings = auditMdx(mdx);
  if (findings.length > 0) throw new Error(findings.map((f) => `${f.line}: ${f.message}`).join('\n'));
  return collapse(textOf(parseMdx(pageBody(mdx))));
}

/** Compiles a page body with @mdx-js/mdx (compiling runs nothing); resolves to the JS source. */
export async function compilePage(mdx: string): Promise<string> {
  return String(await compile(pageBody(mdx)));
}
