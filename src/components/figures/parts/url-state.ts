/**
 * A figure's URL state, for islands: the pure helpers of src/lib/figure-url.ts plus validation of
 * figure-specific parameters with the simulator's zod schema. No DOM: callers pass `location.search`.
 */
import type { core } from 'zod/mini';
import { parseScenario } from '../../../sim/scenario.ts';
import { readFigureParams, readIntParam, type FigureParams } from '../../../lib/figure-url.ts';

export {
  buildEmbedUrl,
  buildIframeCode,
  buildShareUrl,
  figureAnchor,
  normalizeBase,
  readFigureParams,
  readIntParam,
  writeFigureParams,
  type FigureParams,
} from '../../../lib/figure-url.ts';

/** The site's base path as Astro/Vite define it (`/` or `/book/`). */
export function siteBase(): string {
  return import.meta.env.BASE_URL ?? '/';
}

/** The outcome of reading a figure's parameters: the value, or a readable Chinese message. */
export type FigureParamsResult<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * Validates a figure's URL parameters with its schema (zod/mini; use `z.coerce.number()` for numbers).
 * The message names each wrong parameter, ready for the frame's `error` prop.
 *
 * `parseFigureParams(z.object({ seed: z.coerce.number().check(z.int()) }), { seed: 'x' })`
 * → `{ ok: false, error: '网址参数无效：seed: …' }`.
 */
export function parseFigureParams<S extends core.$ZodType>(
  schema: S,
  params: FigureParams,
): FigureParamsResult<core.output<S>> {
  const parsed = parseScenario(schema, params, '网址参数');
  if (parsed.ok) return parsed;
  return { ok: false, error: `网址参数无效：${parsed.error.issues.join('；')}` };
}

/**
 * Reads the figure's parameters for `figureId` from a query string and validates them.
 * Combines {@link readFigureParams} and {@link parseFigureParams}.
 */
export function readFigureState<S extends core.$ZodType>(
  schema: S,
  search: string,
  figureId: string,
): FigureParamsResult<core.output<S>> {
  return parseFigureParams(schema, readFigureParams(search, figureId));
}

/**
 * Reads the `step` parameter: absent means 0; anything that is not an integer in `0..last`
 * is an error message, so a shared link never silently shows a different step.
 */
export function readStepParam(params: FigureParams, last: number): FigureParamsResult<number> {
  const step = readIntParam(params, 'step', 0);
  if (Number.isInteger(step) && step >= 0 && step <= last) return { ok: true, value: step };
  return { ok: false, error: `网址参数无效：step 应为 0 到 ${last} 之间的整数，收到 “${params.step ?? ''}”` };
}
