/**
 * The one Markdown parser setup of the site's indexes and of the importer: CommonMark + GFM
 * (tables, task lists, footnotes, strikethrough), MDX syntax for `.mdx` pages, and `$…$`/`$$…$$`
 * math, as the site's own pipeline reads pages (astro.config.mjs adds remark-math there too).
 */
import type { Heading, Nodes, Parent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified, type Data, type Processor } from 'unified';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';

/**
 * Which syntax a file is written in. `prose` is Markdown read for where its prose is: CommonMark,
 * GFM footnotes and math only. Tables, strikethrough, task lists and bare-URL autolinks change
 * no boundary between prose and code, math or HTML (a table row is scanned as the text it is),
 * and skipping them halves the importer's parse time.
 */
export type MarkdownFormat = 'md' | 'mdx' | 'prose';

const parsers = new Map<MarkdownFormat, Processor<Root>>();
const typographer = unified().use(remarkSmartypants);

/** Nodes whose content is never prose: code, math, imports, expressions, front matter, raw HTML. */
export const NOT_PROSE = new Set([
  'code',
  'inlineCode',
  'math',
  'inlineMath',
  'yaml',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'html',
  'definition',
]);

/** The parser for a format, built once. */
export function parserFor(format: MarkdownFormat): Processor<Root> {
  let parser = parsers.get(format);
  if (!parser && format === 'prose') {
    parser = unified().use(remarkParse).use(remarkProse).use(remarkMath) as unknown as Processor<Root>;
    parsers.set(format, parser);
  }
  if (!parser) {
    const base = unified().use(remarkParse);
    const withMdx = format === 'mdx' ? base.use(remarkMdx) : base;
    parser = withMdx.use(remarkGfm).use(remarkMath) as unknown as Processor<Root>;
    parsers.set(format, parser);
  }
  return parser;
}

/** Adds GFM footnotes alone (remark-gfm's other syntaxes are not needed to find prose). */
function remarkProse(this: { data(): Data }): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown());
}

/** Parses Markdown into mdast (syntax only: no plugin transforms run). */
export function parseMarkdown(text: string, format: MarkdownFormat = 'md'): Root {
  return parserFor(format).parse(text);
}

/** Every heading node of a tree, nested ones (in lists, quotes, JSX) included. */
function headingNodesOf(node: Nodes, found: Heading[] = []): Heading[] {
  if (node.type === 'heading') found.push(node);
  else if ('children' in node && !NOT_PROSE.has(node.type)) {
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
  format: MarkdownFormat,
  smartypants = false,
): { tree: Root; problem: string | undefined } {
  try {
    const tree = parseMarkdown(body, format);
    const headings = smartypants ? headingNodesOf(tree) : [];
    const headingsOnly: Root = { type: 'root', children: headings };
    if (headings.length > 0) typographer.runSync(headingsOnly);
    return { tree, problem: undefined };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { tree: { type: 'root', children: [] }, problem: `无法解析页面：${message}` };
  }
}

/** Inline nodes whose text is literal: never scanned for links, embeds, tags or footnotes. */
export const LITERAL_NODES: ReadonlySet<string> = new Set([
  'inlineCode',
  'inlineMath',
  'html',
  'link',
  'image',
  'linkReference',
  'imageReference',
]);
