/**
 * Fit to the frame: on an embed page (`<html data-fit>`) the figure must fill its iframe or
 * slide without scrolling. CSS lays the figure out to the frame's shape first (drawings shrink
 * into the space left by the text); when the content is still taller or wider than the stage,
 * this zooms it (CSS `zoom`, which re-lays out) just enough to fit. Loaded by use-fit.ts on embed
 * pages only, so chapter pages do not carry it.
 */

/** Never zoom below this: past it the text would be unreadable, so the stage scrolls instead. */
export const MIN_ZOOM = 0.4;

/** The next zoom from the current one and the content's overflow (sizes in the content's own units). */
export function nextZoom(
  zoom: number,
  client: readonly [number, number],
  scroll: readonly [number, number],
): number {
  const ratio = Math.min(client[0] / Math.max(1, scroll[0]), client[1] / Math.max(1, scroll[1]));
  return ratio >= 0.995 ? zoom : Math.max(MIN_ZOOM, zoom * ratio);
}

/**
 * Presenter mode's arrangements (figure-frame.css), in order of preference when they tie. The last,
 * `plain`, is the figure exactly as without presenter mode (details shown, plain type), so the
 * chosen one never draws the figure smaller than that.
 */
export const SLIDE_LAYOUTS = ['stack', 'side', 'wide', 'compact', 'plain'] as const;

/**
 * The smallest text of the figure as drawn, in CSS pixels: SVG text by its font size times the
 * scale of its screen matrix (viewBox, transforms, zoom), HTML text by its font size times CSS zoom;
 * and how many SVG texts are cut off: outside their outermost <svg> (which clips), or with no box
 * at all (a drawing its arrangement squeezed to nothing, whose text would otherwise not count).
 */
export function drawnText(inner: HTMLElement): { min: number; cut: number } {
  let min = Infinity;
  let cut = 0;
  for (const e of inner.querySelectorAll<HTMLElement | SVGElement>('*')) {
    if (!e.firstChild || e.closest('title, desc, option, style, script') || !e.checkVisibility()) continue;
    const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
    if (!own) continue;
    const box = e.getBoundingClientRect();
    if (e instanceof SVGGraphicsElement) {
      let svg = e.ownerSVGElement;
      while (svg?.ownerSVGElement) svg = svg.ownerSVGElement;
      const r = svg?.getBoundingClientRect();
      const outside =
        !r ||
        box.left < r.left - 1 ||
        box.right > r.right + 1 ||
        box.top < r.top - 1 ||
        box.bottom > r.bottom + 1;
      if (outside || box.width <= 1 || box.height <= 1) {
        cut++;
        continue;
      }
    }
    // Text drawn for screen readers only (a 1 px clipped box) is the same in every arrangement.
    if (box.width <= 1 || box.height <= 1) continue;
    const size = parseFloat(getComputedStyle(e).fontSize);
    const scale =
      e instanceof SVGGraphicsElement
        ? Math.hypot(e.getScreenCTM()?.a ?? 1, e.getScreenCTM()?.b ?? 0)
        : ((e as HTMLElement & { currentCSSZoom?: number }).currentCSSZoom ?? 1);
    min = Math.min(min, size * scale);
  }
  return { min, cut };
}

/** Keeps `inner` zoomed to fit `box` while either changes size; returns the function that stops it. */
export function startFit(box: HTMLElement, inner: HTMLElement): () => void {
  let frame = 0;
  const zoomToFit = () => {
    // From 1 each time, so a larger frame gets larger type again; no paint happens in between.
    inner.style.zoom = '';
    let zoom = 1;
    for (let i = 0; i < 4; i++) {
      const next = nextZoom(
        zoom,
        [inner.clientWidth, inner.clientHeight],
        [inner.scrollWidth, inner.scrollHeight],
      );
      if (next === zoom) break;
      zoom = next;
      inner.style.zoom = String(zoom);
    }
    box.dataset.zoom = zoom.toFixed(2);
  };
  const figure = box.parentElement;
  const presenter = document.documentElement.hasAttribute('data-presenter') && figure !== null;
  const fit = () => {
    frame = 0;
    if (!presenter) return zoomToFit();
    // Presenter mode: try each arrangement and keep the one that draws the figure's text largest.
    let best: { layout: string; px: number } = { layout: 'stack', px: -Infinity };
    for (const layout of SLIDE_LAYOUTS) {
      figure.dataset.slide = layout;
      zoomToFit();
      // An arrangement that pushes the narration or the player out of the frame is out of the running;
      // one whose drawing still overflows at the smallest zoom, or cuts some of its text off, wins
      // only when every one does.
      const whole =
        figure.scrollHeight <= figure.clientHeight + 1 && figure.scrollWidth <= figure.clientWidth + 1;
      const overflow =
        inner.scrollHeight > inner.clientHeight + 1 || inner.scrollWidth > inner.clientWidth + 1;
      const text = whole ? drawnText(inner) : null;
      const px = text ? text.min - (overflow || text.cut > 0 ? 1000 : 0) : -Infinity;
      if (px > best.px) best = { layout, px };
    }
    figure.dataset.slide = best.layout;
    zoomToFit();
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(fit);
  };
  const observer = new ResizeObserver(schedule);
  observer.observe(box);
  observer.observe(inner);
  // The parts of the figure: a step that makes one taller does not resize the stage itself.
  for (const part of inner.querySelectorAll(':scope > *, :scope > * > *')) observer.observe(part);
  schedule();
  return () => {
    observer.disconnect();
    cancelAnimationFrame(frame);
  };
}
