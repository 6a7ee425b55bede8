/**
 * The sequence every figure island runs: check its MDX props, hold its options in a signal,
 * apply the page's URL once hydrated, keep the step player in range, collect the error for the
 * frame, and write the share link's parameters. One hook, so every figure reads a URL the same
 * way and a bad parameter always shows the same error box.
 */
import { useComputed, useSignal, useSignalEffect, type ReadonlySignal, type Signal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { readFigureParams, readPlayerOptions, type FigureParams } from '../../../lib/figure-url.ts';
import type { FigureId } from '../registry.ts';
import {
  checkStepBound,
  loadChecks,
  type FigureOption,
  type FigureOptions,
  type OptionValues,
} from './options.ts';
import { usePlayer, type Player } from './use-player.ts';

/** What a figure tells {@link useFigure}. */
export interface FigureSetup<S extends Record<string, FigureOption<unknown>>> {
  /** The figure's id (its embed URL). */
  id: FigureId;
  /** The figure's title when the props give none. */
  title: string;
  /** The figure's options, from `defineOptions`. */
  schema: FigureOptions<S>;
  /** The MDX props as received. */
  props: unknown;
  /** The last step for these options (figures with a player; reads the view-model). */
  lastStep?: ((values: OptionValues<S>) => number) | undefined;
  /** Checks a combination the single options cannot (a Chinese sentence, or null). */
  check?: ((values: OptionValues<S>, source: string) => string | null) | undefined;
}

/** What {@link useFigure} gives the island. */
export interface Figure<S extends Record<string, FigureOption<unknown>>> {
  /** The figure's id. */
  id: FigureId;
  /** The options now shown. */
  values: Signal<OptionValues<S>>;
  /** The step player (its range follows `lastStep`). */
  player: Player;
  /** Why the figure cannot be shown (bad props or URL), or null. */
  error: ReadonlySignal<string | null>;
  /** The title to show. */
  title: string;
  /** Drawing only, for a gallery thumbnail (see FrameProps). */
  thumbnail: boolean;
  /** Changes some options; a combination that fails `check` is refused and reported. */
  set(change: Partial<OptionValues<S>>): void;
  /** The URL parameters of what is shown now, step included (share link, embed code, exports). */
  urlParams(): FigureParams;
}

/**
 * `const fig = useFigure({ id: 'tlb-flush', title: 'TLB', schema, props, lastStep })`; then
 * `<FigureFrame {...frameProps(fig)}>` and read `fig.values.value` and `fig.player.step.value`.
 */
export function useFigure<S extends Record<string, FigureOption<unknown>>>(setup: FigureSetup<S>): Figure<S> {
  const { schema } = setup;
  const props = schema.parseProps(setup.props);
  const { title, thumbnail, params, ...options } = props.ok ? props.value : {};
  const fromParams = params ? schema.parseUrl(params) : null;
  const merged = {
    ...schema.defaults,
    ...options,
    ...(fromParams?.ok ? fromParams.value : {}),
  } as OptionValues<S>;
  const combo = props.ok ? (setup.check?.(merged, 'MDX 属性') ?? null) : null;
  const refusal = !props.ok ? props : fromParams && !fromParams.ok ? fromParams : null;
  const init = refusal === null && combo === null ? merged : schema.defaults;

  const values = useSignal<OptionValues<S>>(init);
  const last = useComputed(() => setup.lastStep?.(values.value) ?? 0);
  const initial = (init as { step?: number | 'end' }).step ?? 0;
  const first = initial === 'end' ? (setup.lastStep?.(init) ?? 0) : initial;
  const player = usePlayer(last, { initialStep: first });
  const propsError = useSignal<string | null>(refusal?.error ?? combo);
  const urlError = useSignal<string | null>(null);
  const query = useSignal<FigureParams | null>(null);

  // After hydration only, so the server HTML and the first client render agree.
  useEffect(() => {
    // Refused props in a browser: the reason is worded once the checks are loaded.
    if (refusal?.pending) {
      void loadChecks().then(() => {
        const again = schema.parseProps(setup.props);
        const reason = !again.ok ? again : again.value.params ? schema.parseUrl(again.value.params) : null;
        if (reason && !reason.ok) propsError.value = reason.error;
      });
    }
    query.value = readFigureParams(location.search, setup.id);
    const options = readPlayerOptions(location.search);
    if (!options.ok) urlError.value = options.error;
    else {
      if (options.value.speed !== undefined) player.speed.value = options.value.speed;
      if (options.value.autoplay) player.play();
    }
  }, [setup.id]);

  useSignalEffect(() => {
    const p = query.value;
    if (!p || Object.keys(p).length === 0) return;
    const parsed = schema.parseUrl(p);
    if (!parsed.ok) {
      urlError.value = parsed.error;
      // Refused in a browser: the reason is worded once the checks are loaded.
      if (parsed.pending)
        void loadChecks().then(() => {
          const again = schema.parseUrl(p);
          if (!again.ok) urlError.value = again.error;
        });
      return;
    }
    const next = { ...values.peek(), ...parsed.value } as OptionValues<S>;
    const invalid = setup.check?.(next, '网址参数');
    if (invalid) return void (urlError.value = invalid);
    values.value = next;
    const step = (parsed.value as { step?: number | 'end' }).step;
    if (step === undefined || !setup.lastStep) return;
    const max = setup.lastStep(next);
    const beyond = checkStepBound(step, max, p.step);
    if (beyond) return void (urlError.value = beyond);
    player.seek(step === 'end' ? max : step);
  });

  const error = useComputed(() => propsError.value ?? urlError.value);
  return {
    id: setup.id,
    values,
    player,
    error,
    title: title ?? setup.title,
    thumbnail: thumbnail ?? false,
    set(change) {
      const next = { ...values.peek(), ...change } as OptionValues<S>;
      const invalid = setup.check?.(next, '控件');
      if (invalid) urlError.value = invalid;
      else values.value = next;
    },
    urlParams() {
      const params = schema.toUrl(values.peek());
      return setup.lastStep ? { ...params, step: String(player.step.peek()) } : params;
    },
  };
}
