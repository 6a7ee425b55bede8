/**
 * A figure's downloads: its <svg> serialised with the computed styles inlined (so the file looks
 * the same in a slide deck as on the page; CSS variables and theme classes do not travel with the
 * file), the same drawing as a PNG, and the offline HTML file. Browser only: call from an event
 * handler, never at render time; FigureFrame loads this module on first use.
 */
import { withBase } from '../../../lib/base.ts';

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
  'stroke-miterlimit',
  'stroke-dashoffset',
  'paint-order',
  'opacity',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'text-decoration-line',
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
  const sourceChildren = [...source.children];
  const copyChildren = [...copy.children];
  for (let i = 0; i < sourceChildren.length && i < copyChildren.length; i++) {
    const child = sourceChildren[i]!;
    // A shape the figure hides at this step is not part of the picture (its text would be).
    const hidden =
      child instanceof (view as Window & typeof globalThis).SVGGraphicsElement &&
      view.getComputedStyle(child).display === 'none';
    if (hidden && !child.closest('defs, clipPath, mask, marker, pattern, symbol')) copyChildren[i]!.remove();
    else inlineStyles(child, copyChildren[i]!, view, values);
  }
}

/**
 * Inlines the computed styles of a drawing on the page into its copy (`svg.cloneNode(true)`):
 * paint order, strokes, fonts and all, so the copy looks the same outside the page.
 */
export function inlineSvgStyles(svg: SVGSVGElement, copy: SVGSVGElement): void {
  const view = svg.ownerDocument.defaultView;
  if (view) inlineStyles(svg, copy, view, null);
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

/** Offers `blob` to the reader as a downloaded file called `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads an exported view (see view-export.ts) as a standalone SVG file. */
export function downloadSvg(markup: string, fileName: string): void {
  downloadBlob(new Blob([markup], { type: 'image/svg+xml' }), fileName);
}

/** The narrowest PNG offered: a full-width picture on a 1920×1080 slide. */
export const PNG_MIN_WIDTH = 1920;

/** Pixels per CSS pixel of a PNG of a `width`-pixel view: at least 2, and at least 1920 px wide. */
export function pngScale(width: number): number {
  return Math.max(2, PNG_MIN_WIDTH / Math.max(1, width));
}

/**
 * Downloads an exported view as a PNG at least {@link PNG_MIN_WIDTH} pixels wide, for slide
 * software that cannot embed an iframe (PowerPoint, Keynote, Google Slides). The SVG is drawn
 * from a data: URL, since Chromium taints a canvas that drew a blob: SVG with HTML in it.
 */
export async function downloadPng(
  view: { markup: string; width: number; height: number },
  fileName: string,
): Promise<void> {
  const scale = pngScale(view.width);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(view.markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(view.width * scale);
  canvas.height = Math.round(view.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('浏览器无法创建画布');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const png = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, 'image/png'));
  if (!png) throw new Error('浏览器无法生成 PNG');
  downloadBlob(png, fileName);
}

/** Where the build puts the offline page of a figure (see src/pages/embed/[id]/offline.html.ts). */
export function offlineUrl(id: string, base: string): string {
  return withBase(`embed/${id}/offline.html`, base);
}

/** The marker the offline page carries where the figure's parameters go. */
export const OFFLINE_STATE_MARKER = '<script type="application/json" id="figure-state">{}</script>';

/**
 * Downloads one self-contained HTML file of the figure at its current parameters: the built
 * offline page (all script and style inline) with the parameters written into it.
 */
export async function downloadOffline(
  id: string,
  params: Readonly<Record<string, string>>,
  base: string,
  fileName: string,
): Promise<void> {
  const response = await fetch(offlineUrl(id, base));
  if (!response.ok) throw new Error(`离线网页模板无法载入（HTTP ${response.status}）`);
  const template = await response.text();
  if (!template.includes(OFFLINE_STATE_MARKER)) throw new Error('离线网页模板缺少参数位置');
  // JSON inside <script>: "<" is escaped so no parameter can close the element.
  const json = JSON.stringify(params).replace(/</g, '\\u003c');
  const page = template.replace(
    OFFLINE_STATE_MARKER,
    `<script type="application/json" id="figure-state">${json}</script>`,
  );
  downloadBlob(new Blob([page], { type: 'text/html' }), fileName);
}
