/**
 * The width of an element in CSS pixels, as a signal: null on the server and until the first
 * measurement, then kept up to date by a ResizeObserver. Figures use it to choose a narrow layout
 * (one SVG unit per pixel) on phones instead of shrinking a wide drawing until its labels are specks.
 */
import { useSignal, type ReadonlySignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';

/** `const [ref, width] = useWidth<HTMLDivElement>()`; put `ref` on the element to measure. */
export function useWidth<T extends Element>(): [RefObject<T>, ReadonlySignal<number | null>] {
  const ref = useRef<T>(null);
  const width = useSignal<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver !== 'function') return;
    // Rounded to whole pixels so sub-pixel jitter does not redraw the figure.
    const measure = () => {
      const next = Math.round(element.getBoundingClientRect().width);
      if (next > 0 && next !== width.peek()) width.value = next;
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
