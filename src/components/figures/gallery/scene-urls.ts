/**
 * Links to a figure's scenes, pure (no DOM): on its chapter page (`?fig=<id>&…#figure-<id>`) and
 * on its embed page. `sceneQuery('tlb-flush', { step: '15' })` → `'?fig=tlb-flush&step=15#figure-tlb-flush'`.
 */
import { FIGURE_KEY, figureAnchor, writeFigureParams } from '../../../lib/figure-url.ts';
import type { FigureScene } from '../frame/scenes.ts';

/** The query and fragment that open a figure at a scene on the page that holds it. */
export function sceneQuery(figureId: string, params: FigureScene['params']): string {
  return `${writeFigureParams('', { [FIGURE_KEY]: figureId, ...params })}#${figureAnchor(figureId)}`;
}

/** The HTML id of a scene's card in the gallery. */
export const sceneCardId = (figureId: string, sceneId: string): string => `scene-${figureId}-${sceneId}`;
