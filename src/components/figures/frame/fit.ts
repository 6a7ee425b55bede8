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

/** Keeps `inner` zoomed to fit `box` while either changes size; returns the function that stops it. */
export function startFit(box: HTMLElement, inner: HTMLElement): () => void {
  let frame = 0;
  const fit = () => {
    frame = 0;
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
