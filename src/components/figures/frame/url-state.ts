/**
 * A figure's URL state, for islands: the pure helpers of src/lib/figure-url.ts plus the site's
 * base path as the bundle knows it. No DOM: callers pass `location.search` or `location.href`.
 */
export {
  buildEmbedUrl,
  buildIframeCode,
  buildShareUrl,
  figureAnchor,
  readFigureParams,
  writeFigureParams,
  type FigureParams,
} from '../../../lib/figure-url.ts';
export { siteBase } from '../../../lib/base.ts';
