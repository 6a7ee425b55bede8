/**
 * Measures the text of a figure as it is drawn, for the slide tests: every visible text of the
 * frame (SVG text, HTML labels, legends, table cells, counters, controls, narration) with its
 * size on screen and whether any part of it is cut off or covered.
 *
 * Size on screen: the computed font size times every scale between it and the screen: for SVG,
 * the scale of `getScreenCTM()` (viewBox, transforms); for HTML, CSS `zoom` (`currentCSSZoom`)
 * times the scale of every ancestor's CSS transform. Cut off: the text's own box (a Range over
 * its text for HTML, the bounding box for SVG) leaves the window, or a box of an ancestor that
 * clips (overflow other than visible, an outer <svg>). Covered: the element at the centre of the
 * text belongs to another part of the frame (a dropdown drawn over a label).
 */
import type { Frame, Page } from 'playwright-core';

/** One measured text. */
export interface MeasuredText {
  /** The text, first 40 characters. */
  text: string;
  /** Its size on screen in CSS pixels of the frame. */
  px: number;
  /** Why it is not whole on screen: `window`, `clip:<ancestor>`, `covered:<element>`; null when whole. */
  cut: string | null;
}

/** What a view measures: the smallest text, and every text cut off or covered. */
export interface TextReport {
  /** The smallest text size on screen (Infinity when there is no text). */
  min: number;
  /** The smallest text itself. */
  minText: string;
  /** How many texts were measured. */
  count: number;
  /** How many are under the size asked for. */
  under: number;
  /** The texts cut off or covered, with the reason. */
  cut: string[];
}

/** Measures every visible text inside `root` of a page or frame. */
export async function measureTexts(target: Page | Frame, root = '.figure-frame'): Promise<MeasuredText[]> {
  return target.evaluate((root) => {
    const describe = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.classList.length ? `.${[...e.classList].join('.')}` : ''}`;
    /** The scale CSS transforms of `e` and its ancestors put on it (HTML only; zoom is separate). */
    const transformScale = (e: Element): number => {
      let scale = 1;
      for (let a: Element | null = e; a; a = a.parentElement) {
        const t = getComputedStyle(a).transform;
        if (t && t !== 'none') {
          const m = new DOMMatrix(t);
          scale *= Math.hypot(m.a, m.b);
        }
      }
      return scale;
    };
    const boxOf = (e: Element): DOMRect => {
      if (e instanceof SVGGraphicsElement) return e.getBoundingClientRect();
      const range = document.createRange();
      const rects: DOMRect[] = [];
      for (const node of e.childNodes) {
        if (node.nodeType !== Node.TEXT_NODE || node.textContent!.trim() === '') continue;
        range.selectNodeContents(node);
        rects.push(...range.getClientRects());
      }
      if (rects.length === 0) return e.getBoundingClientRect();
      const left = Math.min(...rects.map((r) => r.left));
      const top = Math.min(...rects.map((r) => r.top));
      const right = Math.max(...rects.map((r) => r.right));
      const bottom = Math.max(...rects.map((r) => r.bottom));
      return new DOMRect(left, top, right - left, bottom - top);
    };
    const scope = document.querySelector(root);
    if (!scope) return [];
    const leaves = [...scope.querySelectorAll('*')].filter((e) => {
      if (!(e instanceof HTMLElement || e instanceof SVGTextElement || e instanceof SVGTSpanElement))
        return false;
      if (e.closest('[inert], title, desc, style, script, option, .figure-frame__status')) return false;
      const own = [...e.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '',
      );
      // checkVisibility: not display:none, not in a closed <details> (content-visibility), not invisible.
      if (!own || !e.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
      // Visually hidden text for screen readers (1 px, clipped) is not drawn.
      const box = e.getBoundingClientRect();
      return box.width > 1 && box.height > 1;
    });
    const slack = 1;
    return leaves.map((e) => {
      const size = parseFloat(getComputedStyle(e).fontSize);
      let px: number;
      if (e instanceof SVGGraphicsElement) {
        const m = e.getScreenCTM();
        px = size * (m ? Math.hypot(m.a, m.b) : 1);
      } else {
        const zoom = (e as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
        px = size * zoom * transformScale(e);
      }
      const box = boxOf(e);
      let cut: string | null = null;
      if (
        box.left < -slack ||
        box.top < -slack ||
        box.right > innerWidth + slack ||
        box.bottom > innerHeight + slack
      ) {
        cut = 'window';
      }
      for (let a = e.parentElement; a && !cut; a = a.parentElement) {
        const style = getComputedStyle(a);
        const clipsX = style.overflowX !== 'visible';
        const clipsY = style.overflowY !== 'visible';
        if (!clipsX && !clipsY) continue;
        const r = a.getBoundingClientRect();
        if (
          (clipsX && (box.left < r.left - slack || box.right > r.right + slack)) ||
          (clipsY && (box.top < r.top - slack || box.bottom > r.bottom + slack))
        ) {
          cut = `clip:${describe(a)}`;
        }
      }
      if (!cut) {
        const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
        const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
        const hit = document.elementFromPoint(x, y);
        const svg = e.closest('svg');
        const related =
          !hit ||
          e.contains(hit) ||
          hit.contains(e) ||
          (svg !== null && svg.contains(hit)) ||
          // A label's own control, a table cell's row: the same small widget.
          (hit.closest('label, th, td, button, summary') !== null &&
            hit.closest('label, th, td, button, summary') === e.closest('label, th, td, button, summary'));
        if (!related) cut = `covered:${describe(hit)}`;
      }
      return { text: (e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40), px, cut };
    });
  }, root);
}

/** Sums up measured texts against a minimum size. */
export function reportOf(texts: readonly MeasuredText[], minimum: number): TextReport {
  let min = Infinity;
  let minText = '';
  for (const t of texts) {
    if (t.px < min) {
      min = t.px;
      minText = t.text;
    }
  }
  return {
    min: Math.round(min * 10) / 10,
    minText,
    count: texts.length,
    under: texts.filter((t) => t.px < minimum - 0.05).length,
    cut: texts.filter((t) => t.cut).map((t) => `“${t.text}” ${t.cut}`),
  };
}
