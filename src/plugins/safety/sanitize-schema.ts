import { defaultSchema, type Schema } from 'hast-util-sanitize';

/**
 * Harmless elements a note may write as raw HTML beyond GitHub's list: inline semantics Obsidian
 * users reach for (`<mark>`, `<u>`, `<abbr>`…), figures, table captions, and the container Starlight
 * uses for asides (so an aside that holds raw HTML keeps its own element).
 */
const EXTRA_HTML = [
  'abbr',
  'aside',
  'bdi',
  'bdo',
  'caption',
  'cite',
  'col',
  'colgroup',
  'dfn',
  'figcaption',
  'figure',
  'mark',
  'small',
  'time',
  'u',
  'wbr',
];

/**
 * Static SVG shapes only. No `<script>`, `<style>`, `<foreignObject>`, `<use>`, `<image>`, `<a>`
 * or animation element (`<animate>`, `<set>` can rewrite an `href` to `javascript:` after load), and
 * no attribute that names another resource: an inline icon draws, nothing in it runs or loads.
 */
export const SVG_ELEMENTS: readonly string[] = [
  'svg',
  'g',
  'path',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'rect',
  'text',
  'tspan',
  'desc',
];
/** Geometry and presentation attributes of those shapes (hast property names). */
const SVG_ATTRIBUTES = [
  'viewBox',
  'preserveAspectRatio',
  'xmlns',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'dx',
  'dy',
  'd',
  'points',
  'transform',
  'fill',
  'fillOpacity',
  'fillRule',
  'stroke',
  'strokeWidth',
  'strokeOpacity',
  'strokeLinecap',
  'strokeLinejoin',
  'strokeDasharray',
  'opacity',
  'fontSize',
  'fontFamily',
  'fontWeight',
  'textAnchor',
  'dominantBaseline',
];

/**
 * What raw HTML in a page may keep: GitHub's schema (hast-util-sanitize's `defaultSchema`,
 * https://github.com/syntax-tree/hast-util-sanitize#defaultschema) widened with the elements above,
 * `class` and `style` everywhere (`style` is filtered declaration by declaration first, see
 * style-filter.ts) and `aria-label`/`aria-hidden`.
 *
 * Two of GitHub's rules move out of the schema into code that can report or must know more:
 * - `protocols` is off here because rehype-safe-urls.ts checks every URL of the page afterwards and
 *   prints a warning with file:line (the sanitizer would drop a bad URL silently);
 * - `clobber` is off here because sanitize-raw.ts prefixes ids itself, skipping ids that already
 *   carry the prefix (remark-rehype's footnote ids), which the schema would prefix twice.
 */
export const rawHtmlSchema: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), ...EXTRA_HTML, ...SVG_ELEMENTS],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'style', 'ariaLabel', 'ariaHidden'],
    img: [...(defaultSchema.attributes?.img ?? []), 'loading', 'decoding'],
    ...Object.fromEntries(SVG_ELEMENTS.map((name) => [name, SVG_ATTRIBUTES])),
  },
  protocols: null,
  clobber: null,
  clobberPrefix: null,
  // Dropped with their content (not unwrapped): their content is code, CSS or a raw-text fallback.
  strip: [
    'script',
    'style',
    'template',
    'iframe',
    'noscript',
    'noembed',
    'noframes',
    'xmp',
    'plaintext',
    'title',
    'textarea',
    'select',
    'math',
    'object',
    'embed',
    'applet',
  ],
};

/** The prefix every id/name from raw HTML gets, as on GitHub, so a note cannot clobber the page's own ids. */
export const CLOBBER_PREFIX = 'user-content-';
/** Properties that name an element of the page and get {@link CLOBBER_PREFIX}. */
export const CLOBBER_PROPERTIES: readonly string[] = ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'];
