/**
 * Whether the figure is on a page that fits it to the frame (`<html data-fit>`, the embed pages):
 * false on the server and until hydration, so the first client render matches the server HTML.
 */
import { useSignal, type ReadonlySignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';

/** A signal that turns true after hydration on an embed page. */
export function useFitMode(): ReadonlySignal<boolean> {
  const fit = useSignal(false);
  useEffect(() => {
    fit.value = document.documentElement.hasAttribute('data-fit');
  }, []);
  return fit;
}
