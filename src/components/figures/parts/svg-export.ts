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

/** Copies the computed styles of `source` and its descendants onto the matching nodes of `copy`. */
function inlineStyles(source: Element, copy: Element, view: Window): void {
  const computed = view.getComputedStyle(source);
  const declarations = EXPORTED_STYLE_PROPERTIES.map(
    (name) => [name, computed.getPropertyValue(name)] as const,
  )
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name}:${value}`);
  const own = copy.getAttribute('style');
  copy.setAttribute('style', [...declarations, own ?? ''].filter(Boolean).join(';'));
  copy.removeAttribute('class');
  const sourceChildren = source.children;
  const copyChildren = copy.children;
  for (let i = 0; i < sourceChildren.length && i < copyChildren.length; i++) {
    inlineStyles(sourceChildren[i]!, copyChildren[i]!, view);
  }
}

/**
 * Returns standalone SVG markup for `svg`: namespaces, explicit size, inlined styles and
 * a background rectangle in the page's background colour.
 */
export function serializeSvg(svg: SVGSVGElement, background?: string): string {
  const view = svg.ownerDocument.defaultView;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  if (view) inlineStyles(svg, copy, view);
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
