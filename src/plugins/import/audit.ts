import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { splitFrontMatter } from './front-matter.ts';

/** Something in an MDX page that would run or render as code, at a 1-based line of the page. */
export interface MdxFinding {
  readonly line: number;
  readonly message: string;
}

/** `{/* … *\/}` and nothing else: an expression that is only a comment. */
const COMMENT_ONLY = /^\s*\/\*(?:[^*]|\*(?!\/))*\*\/\s*$/;

/** Parses a page body as MDX (with GFM), as Astro's MDX pipeline does; throws on MDX syntax errors. */
export function parseMdx(body: string): Root {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
  return processor.runSync(processor.parse(body)) as Root;
}

/**
 * Lists everything in an MDX page that is code rather than text: ESM, JSX, and expressions
 * other than comments; a page that does not parse yields one finding at the error's line.
 * @example auditMdx('---\ntitle: a\n---\nimport x from "y"') // [{ line: 4, message: 'ESM …' }]
 */
export function auditMdx(mdx: string): MdxFinding[] {
  const split = splitFrontMatter(mdx, '');
  const { body, bodyLineOffset } = split.ok ? split.value : { body: mdx, bodyLineOffset: 0 };
  let tree: Root;
  try {
    tree = parseMdx(body);
  } catch (error) {
    const place = error as { line?: number; reason?: string; message?: string };
    const line = (place.line ?? 1) + bodyLineOffset;
    return [{ line, message: `MDX does not parse: ${place.reason ?? place.message ?? String(error)}` }];
  }
  const findings: MdxFinding[] = [];
  visit(tree, (node) => {
    const line = (node.position?.start.line ?? 1) + bodyLineOffset;
    if (node.type === 'mdxjsEsm') findings.push({ line, message: `ESM would run: ${node.value}` });
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      findings.push({ line, message: `JSX would render: <${node.name ?? ''}>` });
    }
    if (
      (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') &&
      !COMMENT_ONLY.test(node.value)
    ) {
      findings.push({ line, message: `expression would run: {${node.value}}` });
    }
  });
  return findings;
}
