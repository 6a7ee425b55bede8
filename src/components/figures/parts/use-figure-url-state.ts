import { useSignal, useSignalEffect, type ReadonlySignal } from '@preact/signals';
import type { core } from 'zod/mini';
import { useFigureParams } from './FigureFrame.tsx';
import type { Player } from './use-player.ts';
import { parseFigureParams, readStepParam } from './url-state.ts';

/** Where a figure's `step` parameter goes: its player, and the last step valid once the rest is applied. */
export interface UrlStep {
  player: Player;
  /** Read after `apply`, so a scenario from the URL sets the range the step is checked against. */
  last: () => number;
}

/**
 * Applies the page's query to a figure once the island has hydrated: validates it with `schema`,
 * hands the value to `apply` (which may return a Chinese sentence when the combination is
 * invalid), then seeks the player to `step`. Returns the error for the frame, or null.
 *
 * Every island reads its URL the same way, so a bad parameter always shows the same error box.
 */
export function useFigureUrlState<S extends core.$ZodType>(
  figureId: string,
  schema: S,
  apply: (value: core.output<S>) => string | null | void,
  step?: UrlStep,
): ReadonlySignal<string | null> {
  const error = useSignal<string | null>(null);
  const params = useFigureParams(figureId);
  useSignalEffect(() => {
    const p = params.value;
    if (!p || Object.keys(p).length === 0) return;
    const parsed = parseFigureParams(schema, p);
    if (!parsed.ok) return void (error.value = parsed.error);
    const invalid = apply(parsed.value);
    if (invalid) return void (error.value = invalid);
    if (!step) return;
    const at = readStepParam(p, step.last());
    if (!at.ok) return void (error.value = at.error);
    step.player.seek(at.value);
  });
  return error;
}
