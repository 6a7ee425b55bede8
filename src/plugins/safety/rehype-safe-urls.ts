import type { Element, ElementContent, Root } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { find, html } from 'property-information';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { printWarning, quote, warningAt, type SafetyReporter } from './report.ts';
import { unsafeUrlReason, URL_PROPERTIES } from './url-policy.ts';

/** Options of {@link rehypeSafeUrls}. */
export interface SafeUrlsOptions {
  /** Where refused URLs are reported. Default: `file:line:column: warning: …` on stderr. */
  readonly report?: SafetyReporter;
}

/** The URL of one `srcset` candidate (`a.png 2x` → `a.png`). */
const candidateUrl = (candidate: string) => candidate.trim().split(/\s+/)[0] ?? '';

/** The first refused URL among the values of `property`, with the reason, or `undefined`. */
function refusedUrl(property: string, value: unknown): { url: string; reason: string } | undefined {
  const urls = (Array.isArray(value) ? value : [value]).map(String);
  for (const url of property === 'srcSet' ? urls.flatMap((v) => v.split(',')).map(candidateUrl) : urls) {
    const reason = unsafeUrlReason(url, property === 'srcSet' ? 'src' : property);
    if (reason) return { url, reason };
  }
  return undefined;
}

/**
 * What replaces an element whose main URL was refused: a link becomes its own text, an image its
 * alt text, so the reader still sees what the author wrote and nothing can be clicked or loaded.
 */
function inertReplacement(node: Element, property: string): ElementContent[] | undefined {
  if ((node.tagName === 'a' || node.tagName === 'area') && property === 'href') return node.children;
  if (node.tagName === 'img' && property === 'src') {
    const alt = node.properties.alt;
    return typeof alt === 'string' && alt !== '' ? [{ type: 'text', value: alt }] : [];
  }
  return undefined;
}

/** Checks a lowercase (HTML) JSX element of an MDX page: literal URLs and literal event handlers. */
function checkJsx(
  node: MdxJsxFlowElementHast | MdxJsxTextElementHast,
  file: VFile,
  report: SafetyReporter,
): void {
  const name = node.name ?? '';
  if (!/^[a-z]/.test(name)) return; // a component (`<TlbFlush />`) or a fragment: code, not markup
  node.attributes = node.attributes.filter((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') return true;
    const property = find(html, attribute.name).property;
    if (/^on/i.test(attribute.name)) {
      report(warningAt(file, node, `MDX: event handler ${attribute.name} removed from <${name}>`));
      return false;
    }
    const refused =
      URL_PROPERTIES.has(property) || property === 'srcSet'
        ? refusedUrl(property, attribute.value)
        : undefined;
    if (refused)
      report(
        warningAt(
          file,
          node,
          `unsafe URL ${quote(refused.url)} in <${name} ${attribute.name}> removed: ${refused.reason}`,
        ),
      );
    return refused === undefined;
  });
}

/**
 * Rehype plugin: every link and resource URL of a page passes the protocol allow-list of
 * url-policy.ts (http, https, mailto for links; http, https for images; relative URLs and
 * fragments). A refused link is shown as plain text, a refused image as its alt text, any other
 * refused URL attribute is removed; each prints `file:line:column: warning: unsafe URL …`.
 * The build goes on (one bad note must not stop a whole vault from publishing), and nothing of the
 * author's text is lost.
 *
 * Runs on `.md` and `.mdx` pages alike, after rehype-sanitize-raw.ts, so it also sees the elements
 * parsed from raw HTML. In MDX it also checks lowercase JSX elements (`<a href="javascript:…">`)
 * whose attributes are literal strings; an `{expression}` is code and stays the author's business.
 */
export default function rehypeSafeUrls(options: SafeUrlsOptions = {}) {
  const report = options.report ?? printWarning;
  return (tree: Root, file: VFile): void => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        checkJsx(node, file, report);
        return undefined;
      }
      if (node.type !== 'element') return undefined;
      for (const [property, value] of Object.entries(node.properties)) {
        if (!URL_PROPERTIES.has(property) && property !== 'srcSet') continue;
        const refused = refusedUrl(property, value);
        if (!refused) continue;
        const replacement = inertReplacement(node, property);
        const outcome = replacement ? `<${node.tagName}> shown as plain text` : `attribute removed`;
        const attribute = find(html, property).attribute;
        report(
          warningAt(
            file,
            node,
            `unsafe URL ${quote(refused.url)} in <${node.tagName} ${attribute}>, ${outcome}: ${refused.reason}`,
          ),
        );
        if (replacement && parent && index !== undefined) {
          parent.children.splice(index, 1, ...replacement);
          return [SKIP, index]; // look at the link's text again, in its new place
        }
        delete node.properties[property];
      }
      return undefined;
    });
  };
}
