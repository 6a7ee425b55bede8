import type { Heading, Nodes, Parent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified, type Processor } from 'unified';
import { SKIPPED } from './page-source.ts';

const parsers = new Map<'md' | 'mdx', Processor<Root>>();
const typographer = unified().use(remarkSmartypants);

/** The same parse the site runs before its own remark plugins: CommonMark, MDX (for .mdx) and GFM. */
function parserFor(format: 'md' | 'mdx'): Processor<Root> {
  let parser = parsers.get(format);
  if (!parser) {
    const base = unified().use(remarkParse);
    parser = (format === 'mdx' ? base.use(remarkMdx) : base).use(remarkGfm) as unknown as Processor<Root>;
    parsers.set(format, parser);
  }
  return parser;
}

/** Every heading node of a tree, nested ones (in lists, quotes, JSX) included. */
function headingNodesOf(node: Nodes, found: Heading[] = []): Heading[] {
  if (node.type === 'heading') found.push(node);
  else if ('children' in node && !SKIPPED.has(node.type)) {
    for (const child of (node as Parent).children) headingNodesOf(child as Nodes, found);
  }
  return found;
}

/**
 * Parses a page body (front matter already blanked) into its tree, or reports why it cannot.
 * With `smartypants` (set it as the site's processor sets it: it changes `--` in heading ids) SmartyPants
 * runs on the headings only: it is the slowest step, and nothing else the index keeps depends on it.
 */
export function parsePageBody(
  body: string,
  format: 'md' | 'mdx',
  smartypants = false,
): { tree: Root; problem: string | undefined } {
  try {
    const tree = parserFor(format).parse(body);
    const headings = smartypants ? headingNodesOf(tree) : [];
    const headingsOnly: Root = { type: 'root', children: headings };
    if (headings.length > 0) typographer.runSync(headingsOnly);
    return { tree, problem: undefined };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { tree: { type: 'root', children: [] }, problem: `无法解析页面：${message}` };
  }
}
