import { randomUUID } from 'node:crypto';
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { find, html, svg } from 'property-information';
import type { VFile } from 'vfile';
import { printWarning, quote, warningAt, type SafetyReporter } from './report.ts';
import { CLOBBER_PREFIX, CLOBBER_PROPERTIES, rawHtmlSchema, SVG_ELEMENTS } from './sanitize-schema.ts';
import { filterStyle } from './style-filter.ts';
import { URL_PROPERTIES } from './url-policy.ts';

/** Options of {@link rehypeSanitizeRaw}. */
export interface SanitizeRawOptions {
  /** Where removals are reported. Default: `file:line:column: warning: …` on stderr. */
  readonly report?: SafetyReporter;
}

/** The own tag and properties of an element built from Markdown that holds raw HTML, set aside by `park`. */
interface Kept {
  readonly tagName: string;
  readonly properties: Element['properties'];
}

/** A subtree built from Markdown syntax (no raw HTML inside), parked while the raw HTML is parsed. */
interface Parked {
  type: 'bookParked';
  index: number;
}

/**
 * The attribute that stands, during the sanitizer's pass, for the own properties of an element built
 * from Markdown that holds raw HTML (a callout whose title has `<u>`): `<nonce>:<index>` of the list
 * that keeps them. The sanitizer lets it through so they can be put back; on raw HTML it is removed.
 */
const KEEP = 'dataBookKeep';
const schema = {
  ...rawHtmlSchema,
  attributes: { ...rawHtmlSchema.attributes, '*': [...(rawHtmlSchema.attributes?.['*'] ?? []), KEEP] },
};

const TAGS: ReadonlySet<string> = new Set(rawHtmlSchema.tagNames ?? []);
const STRIP: ReadonlySet<string> = new Set(rawHtmlSchema.strip ?? []);
/** The SVG elements the schema keeps: their attributes are named in SVG's vocabulary. */
const SVG_TAGS: ReadonlySet<string> = new Set(SVG_ELEMENTS);

/** Whether the schema lets `property` stay on `tagName` (ignoring value lists, which the sanitizer applies). */
function allowedProperty(tagName: string, property: string): boolean {
  const names = (list: readonly unknown[] | undefined) =>
    (list ?? []).map((entry) => (typeof entry === 'string' ? entry : (entry as unknown[])[0]));
  return [...names(rawHtmlSchema.attributes?.[tagName]), ...names(rawHtmlSchema.attributes?.['*'])].includes(
    property,
  );
}

/** The attribute name a reader would recognise for a hast property (`onError` → `onerror`). */
function attributeName(tagName: string, property: string): string {
  return find(SVG_TAGS.has(tagName) ? svg : html, property).attribute;
}

/** Whether any descendant of `node` is raw HTML. */
function containsRaw(node: Nodes): boolean {
  if (node.type === 'raw') return true;
  return 'children' in node && node.children.some((child) => containsRaw(child));
}

/**
 * Replaces every raw-free element subtree below `parent` by a parked placeholder, in place. An element
 * built from Markdown that holds raw HTML is walked into; its own properties (a callout's
 * `data-callout`, a block's `id`) are not the note's HTML, so they are set aside in `kept` and stand
 * as one `KEEP` attribute until {@link restore}.
 */
function park(parent: Root | Element, parked: ElementContent[], kept: Kept[], nonce: string): void {
  parent.children = parent.children.map((child) => {
    if (child.type !== 'element') return child;
    if (containsRaw(child)) {
      kept.push({ tagName: child.tagName, properties: child.properties });
      child.properties = { [KEEP]: `${nonce}:${kept.length - 1}` };
      park(child, parked, kept, nonce);
      return child;
    }
    parked.push(child);
    return { type: 'bookParked', index: parked.length - 1 } as unknown as ElementContent;
  }) as typeof parent.children;
}

/**
 * Checks one element parsed from raw HTML (or a Markdown element that holds raw HTML) before the
 * sanitizer sees it: reports what the schema will remove, filters `style`, drops CSS `url()` from
 * SVG presentation attributes, and prefixes ids. Returns whether to look inside.
 */
function inspect(node: Element, file: VFile, report: SafetyReporter): boolean {
  const tag = node.tagName;
  if (!TAGS.has(tag)) {
    const what = STRIP.has(tag) ? 'removed with its content' : 'removed, its content kept';
    report(warningAt(file, node, `raw HTML: <${tag}> ${what}`));
    if (STRIP.has(tag)) return false;
  }
  for (const [property, value] of Object.entries(node.properties)) {
    if (!allowedProperty(tag, property)) {
      if (TAGS.has(tag))
        report(
          warningAt(file, node, `raw HTML: attribute ${attributeName(tag, property)} removed from <${tag}>`),
        );
      continue;
    }
    if (property === 'style' && typeof value === 'string') {
      const { style, dropped } = filterStyle(value);
      if (dropped.length > 0)
        report(warningAt(file, node, `raw HTML: style ${quote(dropped.join('; '))} removed from <${tag}>`));
      if (style === undefined) delete node.properties.style;
      else node.properties.style = style;
    } else if (SVG_TAGS.has(tag) && !URL_PROPERTIES.has(property) && /url\s*\(|\\/i.test(String(value))) {
      // SVG presentation attributes are CSS: fill="url(https://…)" would load, `\` escapes could hide it.
      report(
        warningAt(
          file,
          node,
          `raw HTML: attribute ${attributeName(tag, property)}=${quote(String(value))} removed from <${tag}>`,
        ),
      );
      delete node.properties[property];
    } else if (CLOBBER_PROPERTIES.includes(property)) {
      const prefix = (id: string | number) =>
        String(id).startsWith(CLOBBER_PREFIX) ? String(id) : CLOBBER_PREFIX + id;
      node.properties[property] = Array.isArray(value) ? value.map(prefix) : prefix(value as string);
    }
  }
  return true;
}

/** Walks the parsed tree: parked placeholders become text markers, elements are inspected. */
function prepare(
  parent: Root | Element,
  marker: (index: number) => string,
  file: VFile,
  report: SafetyReporter,
  nonce: string,
): void {
  for (const [i, child] of parent.children.entries()) {
    const node = child as RootContent | Parked;
    if (node.type === 'bookParked') parent.children[i] = { type: 'text', value: marker(node.index) };
    else if (node.type === 'element' && keptIndex(node, nonce) !== undefined) {
      // Built from Markdown: not the note's HTML. A neutral tag the schema keeps carries it through.
      node.tagName = 'div';
      prepare(node, marker, file, report, nonce);
    } else if (node.type === 'element' && inspect(node, file, report))
      prepare(node, marker, file, report, nonce);
  }
}

/** The index of the kept properties an element stands for, when its `KEEP` attribute is this page's. */
function keptIndex(node: Element, nonce: string): number | undefined {
  const value = node.properties[KEEP];
  const match = typeof value === 'string' ? /^(.+):(\d+)$/.exec(value) : null;
  return match && match[1] === nonce ? Number(match[2]) : undefined;
}

/**
 * Puts the parked subtrees back where their text markers survived the sanitizer, and the kept tags and
 * properties on the elements that stood for them; a `KEEP` attribute that is not this page's (raw HTML
 * that wrote one) is removed.
 */
function restore(
  parent: Root | Element,
  byMarker: ReadonlyMap<string, ElementContent>,
  kept: readonly Kept[],
  nonce: string,
): void {
  for (const [i, child] of parent.children.entries()) {
    if (child.type === 'text') {
      const original = byMarker.get(child.value);
      if (original) parent.children[i] = original;
    } else if (child.type === 'element') {
      const index = keptIndex(child, nonce);
      if (index !== undefined && kept[index]) {
        child.tagName = kept[index].tagName;
        child.properties = kept[index].properties;
      } else delete child.properties[KEEP];
      restore(child, byMarker, kept, nonce);
    }
  }
}

/**
 * Rehype plugin: raw HTML written in a Markdown page goes through an allow-list of harmless
 * elements and attributes (sanitize-schema.ts); `<span class="x">`, `<kbd>`, `<details>` render as
 * elements, `<script>`, `<iframe>`, event handlers and `style` with `url()` are removed, each with
 * a `file:line:column: warning` in the build log.
 *
 * Only raw HTML is sanitized. Subtrees built from Markdown syntax and by the book's own plugins
 * (Mermaid SVG, wiki links, asides, code blocks) hold no raw HTML, so they are parked, passed through
 * the HTML parser untouched (hast-util-raw `passThrough`) and put back after the sanitizer ran, behind
 * a random per-page marker that no note can forge. It must run first among the rehype plugins: in
 * `.md` pages Astro parses raw HTML only after every rehype plugin (a `raw` node here is unparsed
 * note text). In MDX, HTML is JSX (code, written by the team) and arrives already parsed, so this
 * plugin finds no raw node and does nothing.
 */
export default function rehypeSanitizeRaw(options: SanitizeRawOptions = {}) {
  const report = options.report ?? printWarning;
  return (tree: Root, file: VFile): Root | undefined => {
    if (!containsRaw(tree)) return undefined;
    const nonce = randomUUID();
    const parked: ElementContent[] = [];
    const kept: Kept[] = [];
    park(tree, parked, kept, nonce);
    const parsed = raw(tree, { file, passThrough: ['bookParked'] }) as Root;
    const marker = (index: number) => `\uE000${nonce}:${index}\uE000`;
    prepare(parsed, marker, file, report, nonce);
    const clean = sanitize(parsed, schema) as Root;
    restore(clean, new Map(parked.map((node, index) => [marker(index), node])), kept, nonce);
    return clean;
  };
}
