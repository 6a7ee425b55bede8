/**
 * The whole current view of a figure as one standalone SVG: title, every drawing, chart, table,
 * counter and legend, and (optionally) the narration; without the controls; cropped to what is
 * drawn. Drawings stay native SVG (nested `<svg>`, styles inlined by export.ts); HTML panels go
 * into one `<foreignObject>` with their computed styles inlined, laid out exactly as on screen
 * (an element's box sizes are copied, so nothing reflows). Browser only, synchronous: the frame
 * is switched to its export layout (`.figure-frame--export`), measured, copied and switched back
 * within one task, so the reader never sees it.
 */
import { inlineSvgStyles } from './export.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Blank space kept around the content, in CSS pixels. */
export const EXPORT_MARGIN_PX = 16;

/** What {@link serializeView} returns. */
export interface ViewExport {
  /** Standalone SVG markup. */
  markup: string;
  /** Size of the picture in CSS pixels. */
  width: number;
  height: number;
}

/**
 * Inherited properties: written only where they differ from the parent's value. Any property
 * not listed is written wherever it differs from the element's default, which is always right.
 */
const INHERITED = new Set([
  'color',
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant',
  'font-stretch',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-indent',
  'text-transform',
  'text-shadow',
  'white-space',
  'word-break',
  'overflow-wrap',
  'visibility',
  'direction',
  'writing-mode',
  'list-style-type',
  'list-style-position',
  'border-collapse',
  'border-spacing',
  'caption-side',
  'quotes',
  'tab-size',
  'hyphens',
  '-webkit-text-fill-color',
  '-webkit-text-stroke-color',
  '-webkit-text-stroke-width',
]);

/** Properties that never change what a still picture looks like. */
const SKIPPED =
  /^(transition|animation|cursor|pointer-events|user-select|-webkit-user|will-change|contain|content-visibility|scroll|overscroll|touch-action|caret|outline|view-transition|interactivity|field-sizing|zoom)/;

/** The parts of a table, which size their rows themselves. */
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption']);

/** The property names a computed style lists (by index: not every DOM makes it iterable). */
function propertyNames(style: CSSStyleDeclaration): string[] {
  return Array.from({ length: style.length }, (_, i) => style.item(i));
}

/** Default computed styles of an HTML tag with nothing but the browser's own stylesheet. */
function defaultsOf(tag: string, sandbox: ShadowRoot, cache: Map<string, Map<string, string>>) {
  let defaults = cache.get(tag);
  if (defaults) return defaults;
  const element = sandbox.ownerDocument.createElement(tag);
  sandbox.append(element);
  const computed = getComputedStyle(element);
  defaults = new Map(propertyNames(computed).map((name) => [name, computed.getPropertyValue(name)]));
  element.remove();
  cache.set(tag, defaults);
  return defaults;
}

/** One HTML element's computed style as declarations: what differs from its default and parent. */
function htmlDeclarations(
  source: Element,
  parent: ReadonlyMap<string, string> | null,
  defaults: ReadonlyMap<string, string>,
): { declarations: string[]; values: Map<string, string> } {
  const computed = getComputedStyle(source);
  const values = new Map<string, string>();
  const declarations: string[] = [];
  // A table cell's computed height already holds what its row adds; written out, rows grow.
  const tablePart = TABLE_PARTS.has(source.localName);
  for (const name of propertyNames(computed)) {
    if (name.startsWith('--') || SKIPPED.test(name)) continue;
    if (tablePart && (name === 'height' || name === 'block-size')) continue;
    const value = computed.getPropertyValue(name);
    values.set(name, value);
    const same = INHERITED.has(name) && parent ? parent.get(name) === value : defaults.get(name) === value;
    if (!same) declarations.push(`${name}:${value}`);
  }
  return { declarations, values };
}

/** Whether an element takes part in the picture (laid out and not hidden). */
function shown(element: Element): boolean {
  const style = getComputedStyle(element);
  if (style.display === 'contents') return true;
  // checkVisibility also hides what a closed <details> holds (laid out, but content-visibility: hidden).
  return element.checkVisibility({ visibilityProperty: true }) && element.getClientRects().length > 0;
}

/** Whether an element sits in a box clipped to nothing (text for screen readers only). */
function screenReaderOnly(element: Element, root: Element): boolean {
  for (let e: Element | null = element; e && e !== root; e = e.parentElement) {
    const box = e.getBoundingClientRect();
    if ((box.width <= 1 || box.height <= 1) && getComputedStyle(e).overflow !== 'visible') return true;
    const style = getComputedStyle(e);
    if (style.clipPath === 'inset(50%)' || (style.position === 'absolute' && style.clip.startsWith('rect(0')))
      return true;
  }
  return false;
}

/** Grows `box` to hold `rect` (rectangles of zero size are ignored). */
function grow(box: DOMRect | null, rect: DOMRectReadOnly): DOMRect | null {
  if (rect.width <= 0 || rect.height <= 0) return box;
  if (!box) return DOMRect.fromRect(rect);
  const left = Math.min(box.left, rect.left);
  const top = Math.min(box.top, rect.top);
  const right = Math.max(box.right, rect.right);
  const bottom = Math.max(box.bottom, rect.bottom);
  return new DOMRect(left, top, right - left, bottom - top);
}

/**
 * The box of what is drawn inside `root`: text (by its glyph boxes), SVG shapes (not their
 * <svg>'s letterboxed viewport) and HTML boxes with a background or a border.
 */
export function contentBox(root: Element): DOMRect | null {
  let box: DOMRect | null = null;
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if (!node.textContent?.trim() || !node.parentElement || !shown(node.parentElement)) continue;
      if (node.parentElement.closest('style, script, title') || screenReaderOnly(node.parentElement, root))
        continue;
      const range = root.ownerDocument.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) box = grow(box, rect);
      continue;
    }
    const element = node as Element;
    if (!shown(element)) continue;
    if (element instanceof SVGGraphicsElement && !(element instanceof SVGSVGElement)) {
      if (element.closest('defs, clipPath, mask, marker, pattern')) continue;
      if (!(element instanceof SVGGElement)) box = grow(box, element.getBoundingClientRect());
      continue;
    }
    if (element instanceof HTMLElement) {
      const style = getComputedStyle(element);
      const painted =
        style.backgroundColor !== 'rgba(0, 0, 0, 0)' ||
        ['top', 'right', 'bottom', 'left'].some(
          (side) => parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0,
        );
      if (painted && element !== root) box = grow(box, element.getBoundingClientRect());
    }
  }
  return box;
}

/**
 * Copies `source` (an HTML subtree) into a new tree with every computed style inlined. Each
 * <svg> becomes an empty box of the same size (the drawing goes on top as native SVG);
 * elements not shown are dropped.
 */
function copyHtml(
  source: Element,
  doc: Document,
  sandbox: ShadowRoot,
  cache: Map<string, Map<string, string>>,
  parent: ReadonlyMap<string, string> | null,
): Element | null {
  if (!shown(source)) return null;
  const isSvg = source instanceof SVGSVGElement;
  const tag = isSvg ? 'div' : source.localName;
  const copy = doc.createElementNS(HTML_NS, tag);
  const { declarations, values } = htmlDeclarations(source, parent, defaultsOf(tag, sandbox, cache));
  if (isSvg) {
    const box = source.getBoundingClientRect();
    const display = getComputedStyle(source).display;
    declarations.push(
      `display:${display.startsWith('inline') ? 'inline-block' : display}`,
      `width:${box.width}px`,
      `height:${box.height}px`,
    );
  }
  if (declarations.length) copy.setAttribute('style', declarations.join(';'));
  for (const attribute of ['colspan', 'rowspan', 'start', 'value', 'lang', 'dir']) {
    const value = source.getAttribute(attribute);
    if (value !== null) copy.setAttribute(attribute, value);
  }
  if (isSvg) return copy;
  for (const child of source.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) copy.append(doc.createTextNode(child.textContent ?? ''));
    else if (child instanceof HTMLElement || child instanceof SVGSVGElement) {
      if (child.localName === 'style' || child.localName === 'script' || child.localName === 'template')
        continue;
      const inner = copyHtml(child, doc, sandbox, cache, values);
      if (inner) copy.append(inner);
    }
  }
  return copy;
}

/**
 * Serialises the figure `frame` as it is now drawn, in its export layout: controls and toolbar
 * hidden, narration kept when `narration` is true, zoom undone; cropped to the content with
 * {@link EXPORT_MARGIN_PX} around it, on `background`.
 */
export function serializeView(
  frame: HTMLElement,
  options: { background: string; narration: boolean },
): ViewExport {
  const doc = frame.ownerDocument;
  const fit = frame.querySelector<HTMLElement>('.figure-frame__fit');
  const zoom = fit?.style.zoom ?? '';
  const host = doc.createElement('div');
  host.style.cssText = 'position:absolute;visibility:hidden;pointer-events:none;all:initial';
  doc.body.append(host);
  const sandbox = host.attachShadow({ mode: 'open' });
  frame.classList.add('figure-frame--export');
  if (!options.narration) frame.classList.add('figure-frame--export-bare');
  if (fit) fit.style.zoom = '';
  try {
    // Nothing measured (no layout, as in a DOM without rendering): the frame's own box.
    const content = contentBox(frame) ?? frame.getBoundingClientRect();
    const x0 = content.left - EXPORT_MARGIN_PX;
    const y0 = content.top - EXPORT_MARGIN_PX;
    const width = Math.ceil(content.width + 2 * EXPORT_MARGIN_PX);
    const height = Math.ceil(content.height + 2 * EXPORT_MARGIN_PX);
    const frameBox = frame.getBoundingClientRect();

    const out = doc.createElementNS(SVG_NS, 'svg');
    out.setAttribute('xmlns', SVG_NS);
    out.setAttribute('width', String(width));
    out.setAttribute('height', String(height));
    out.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const background = doc.createElementNS(SVG_NS, 'rect');
    background.setAttribute('width', '100%');
    background.setAttribute('height', '100%');
    background.setAttribute('fill', options.background);
    out.append(background);

    // The HTML panels, placed where they are on screen; the frame's own border and background
    // are left to the picture's background.
    const html = copyHtml(frame, doc, sandbox, new Map(), null);
    if (html instanceof HTMLElement || html?.namespaceURI === HTML_NS) {
      const box = html as HTMLElement;
      box.setAttribute('xmlns', HTML_NS);
      box.style.setProperty('position', 'absolute');
      box.style.setProperty('left', `${frameBox.left - x0}px`);
      box.style.setProperty('top', `${frameBox.top - y0}px`);
      box.style.setProperty('margin', '0');
      box.style.setProperty('border-color', 'transparent');
      box.style.setProperty('background', 'none');
      const foreign = doc.createElementNS(SVG_NS, 'foreignObject');
      foreign.setAttribute('width', String(width));
      foreign.setAttribute('height', String(height));
      foreign.append(box);
      out.append(foreign);
    }

    // Each drawing as native SVG, at its place and size on screen.
    for (const svg of frame.querySelectorAll<SVGSVGElement>('svg')) {
      if (svg.ownerSVGElement || !shown(svg)) continue;
      const box = svg.getBoundingClientRect();
      const copy = svg.cloneNode(true) as SVGSVGElement;
      inlineSvgStyles(svg, copy);
      if (getComputedStyle(svg).overflow === 'visible') copy.setAttribute('overflow', 'visible');
      copy.setAttribute('x', String(box.left - x0));
      copy.setAttribute('y', String(box.top - y0));
      copy.setAttribute('width', String(box.width));
      copy.setAttribute('height', String(box.height));
      out.append(copy);
    }
    const markup = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(out)}`;
    return { markup, width, height };
  } finally {
    if (fit) fit.style.zoom = zoom;
    frame.classList.remove('figure-frame--export', 'figure-frame--export-bare');
    host.remove();
  }
}
