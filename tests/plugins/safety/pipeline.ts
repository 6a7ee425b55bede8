/**
 * The safety plugins inside Astro's real Markdown and MDX processors (`unified()` from
 * @astrojs/markdown-remark, as astro.config.mjs builds them), with warnings collected instead of printed.
 */
import { unified, type RehypePlugins } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import remarkMermaid from '../../../src/plugins/mermaid/remark-mermaid.ts';
import rehypeSafeUrls from '../../../src/plugins/safety/rehype-safe-urls.ts';
import rehypeSanitizeRaw from '../../../src/plugins/safety/rehype-sanitize-raw.ts';
import type { SafetyWarning } from '../../../src/plugins/safety/report.ts';

/** What a page became, and what the build would have printed. */
export interface Rendered {
  readonly html: string;
  readonly warnings: readonly SafetyWarning[];
}

/** A page path under the working directory, so warnings name it as the build does. */
const pagePath = (name: string) => `${process.cwd()}/src/content/docs/${name}`;

/** The book's rehype list with a reporter that collects (same order as `bookRehypePlugins`). */
function plugins(warnings: SafetyWarning[]): RehypePlugins {
  const report = (w: SafetyWarning) => void warnings.push(w);
  return [
    [rehypeSanitizeRaw, { report }],
    [rehypeSafeUrls, { report }],
  ];
}

/** Renders a `.md` page with Astro's Markdown processor (Shiki, GFM, raw HTML parsed at the end). */
export async function renderMd(markdown: string, name = 'note.md'): Promise<Rendered> {
  const warnings: SafetyWarning[] = [];
  const renderer = await unified({
    remarkPlugins: [remarkMermaid],
    rehypePlugins: [...plugins(warnings)],
  }).createRenderer({ syntaxHighlight: 'shiki' });
  const { code } = await renderer.render(markdown, { fileURL: new URL(`file://${pagePath(name)}`) });
  return { html: code, warnings };
}

/** Compiles an `.mdx` page with Astro's MDX processor; returns the tree as the safety plugins left it. */
export async function renderMdx(
  source: string,
  name = 'page.mdx',
): Promise<{ tree: Root; warnings: readonly SafetyWarning[] }> {
  const warnings: SafetyWarning[] = [];
  let captured: Root | undefined;
  const capture = () => (tree: Root) => {
    captured = structuredClone(tree);
  };
  const renderer = await unified({
    remarkPlugins: [remarkMermaid],
    rehypePlugins: [...plugins(warnings), capture],
  }).createMdxRenderer!({ syntaxHighlight: false }, { optimize: false });
  await renderer.process(source, pagePath(name), {});
  if (!captured) throw new Error('the MDX processor did not run the rehype plugins');
  return { tree: captured, warnings };
}

/** The warnings as the build prints them, `line:column message`, for compact assertions. */
export const where = (warnings: readonly SafetyWarning[]) =>
  warnings.map((w) => `${w.line}:${w.column} ${w.message}`);
