/**
 * While a figure plays, its frame never gets shorter: it keeps the tallest height it has had since
 * playing started, and lets go when the player stops. A step that shortens the narration or the
 * drawing then moves neither the pause button under the reader's pointer nor the rest of the chapter,
 * and the browser does not lay out and repaint everything below the figure on every step (the
 * animation run of `npm run perf`). Not on embed pages (`<html data-fit>`): there the page gives the
 * frame its size.
 */
import { useEffect } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { ReadonlySignal } from '@preact/signals';

/** Keeps `frame` (border-box sizing) at least as tall as it has been while `playing` is true. */
export function useSteadyHeight(
  frame: RefObject<HTMLElement>,
  playing: ReadonlySignal<boolean> | undefined,
): void {
  useEffect(() => {
    const element = frame.current;
    if (!element || !playing || typeof ResizeObserver !== 'function') return;
    if (document.documentElement.hasAttribute('data-fit')) return;
    let tallest = 0;
    // The size after each layout, before paint: nothing is measured by forcing a layout.
    const observer = new ResizeObserver((entries) => {
      const height = entries[0]?.borderBoxSize?.[0]?.blockSize ?? 0;
      if (height <= tallest) return;
      tallest = height;
      element.style.minHeight = `${height}px`;
    });
    const stop = playing.subscribe((on) => {
      if (on) return observer.observe(element);
      observer.disconnect();
      tallest = 0;
      element.style.minHeight = '';
    });
    return () => {
      stop();
      observer.disconnect();
      element.style.minHeight = '';
    };
  }, [playing]);
}
