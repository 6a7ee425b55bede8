/**
 * A slide's level of detail, for the parts of a figure that cannot fold with CSS alone (an SVG's
 * viewBox): true while the figure is on a slide (presenter mode) with its details folded, false
 * once the lecturer presses 显示全部细节 (or the URL has `details=1`), and everywhere else.
 * FigureFrame provides it; CSS folds the parts marked `data-slide-detail`.
 */
import { createContext, type VNode } from 'preact';
import { useContext } from 'preact/hooks';

/** Whether the figure's secondary details are folded away on a slide. */
export const SlideFolded = createContext(false);

/**
 * Renders `render(folded)` with the slide's level of detail: for an island whose own body (outside
 * FigureFrame's provider) lays its drawing out differently on a slide.
 */
export function SlideAware(props: { render: (folded: boolean) => VNode }): VNode {
  return props.render(useContext(SlideFolded));
}
