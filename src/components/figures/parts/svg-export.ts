/**
 * Serialises a figure's <svg> with its computed styles inlined, so the file looks the same in a
 * slide deck as on the page (CSS variables and theme classes do not travel with the file).
 * Browser only: call it from an event handler, never at render time.
 */

/** The style properties copied onto every element of the exported SVG. */
export const EXPORTED_STYLE_PROPERTIES: readonly string[] = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility',
  'display',
];

/** Properties that do not inherit, with the value that needs no declaration. */
const NON_INHERITED_DEFAULTS: Readonly<Record<string, string>> = { opacity: '1', display: 'inline' };

/**
 * Copies the computed styles of `source` and its descendants onto the matching nodes of `copy`.
 * Only what differs from the parent is written, so the file stays small; attributes that use
 * CSS variables (which mean nothing outside the page) are dropped in favour of the inline style.
 */
function inlineStyles(
  source: Element,
  copy: Element,
  view: Window,
  parent: ReadonlyMap<string, string> | null,
): void {
  const computed = view.getComputedStyle(source);
  const values = new Map(EXPORTED_STYLE_PROPERTIES.map((name) => [name, computed.getPropertyValue(name)]));
  const declarations: string[] = [];
  for (const [name, value] of values) {
    if (copy.getAttribute(name)?.includes('var(')) copy.removeAttribute(name);
    if (value === '') continue;
    const fallback = NON_INHERITED_DEFAULTS[name];
    const needed =
      fallback !== undefined ? value !== fallback : parent === null || parent.get(name) !== value;
    if (needed && !(name === 'display' && value !== 'none')) declarations.push(`${name}:${value}`);
  }
  // The element's own style stays (minus variables); the computed values come after and win.
  const own = (copy.getAttribute('style') ?? '')
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !d.includes('var('));
  const style = [...own, ...declarations].join(';');
  if (style) copy.setAttribute('style', style);
  else copy.removeAttribute('style');
  copy.removeAttribute('class');
  const sourceChildren = source.children;
  const copyChildren = copy.children;
  for (let i = 0; i < sourceChildren.length && i < copyChildren.length; i++) {
    inlineStyles(sourceChildren[i]!, copyChildren[i]!, view, values);
  }
}

/**
 * Returns standalone SVG markup for `svg`: namespaces, explicit size, inlined styles and
 * a background rectangle in the page's background colour.
 */
export function serializeSvg(svg: SVGSVGElement, background?: string): string {
  const view = svg.ownerDocument.defaultView;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  if (view) inlineStyles(svg, copy, view, null);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  const box = svg.getBoundingClientRect();
  if (!copy.getAttribute('width') && box.width > 0) copy.setAttribute('width', String(Math.round(box.width)));
  if (!copy.getAttribute('height') && box.height > 0)
    copy.setAttribute('height', String(Math.round(box.height)));
  if (background) {
    const rect = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'rect');
    rect.setAttribute('width', '100%');
    rect.setAttribute('height', '100%');
    rect.setAttribute('fill', background);
    copy.insertBefore(rect, copy.firstChild);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** Offers `markup` to the reader as a downloaded file called `fileName`. */
export function downloadText(markup: string, fileName: string, type = 'image/svg+xml'): void {
  const url = URL.createObjectURL(new Blob([markup], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
