/**
 * Fit to the frame, as a hook: on an embed page (`<html data-fit>`) it loads fit.ts and keeps the
 * figure zoomed to its stage; elsewhere it does nothing and loads nothing.
 */
import { useEffect } from 'preact/hooks';
import type { RefObject } from 'preact';

/** Keeps `content` zoomed to fit `stage` (embed pages only; see fit.ts). */
export function useFit(stage: RefObject<HTMLElement>, content: RefObject<HTMLElement>): void {
  useEffect(() => {
    const box = stage.current;
    const inner = content.current;
    if (!box || !inner || !document.documentElement.hasAttribute('data-fit')) return;
    let stop: (() => void) | null = null;
    let gone = false;
    void import('./fit.ts').then(({ startFit }) => {
      if (!gone) stop = startFit(box, inner);
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, []);
}
