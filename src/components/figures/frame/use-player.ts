/**
 * The step player every figure shares: which step is shown, whether it plays, how fast.
 * Steps run from 0 (the model's initial state) to `steps` (after the last event).
 */
import { useRef } from 'preact/hooks';
import { useComputed, useSignal, useSignalEffect, type ReadonlySignal, type Signal } from '@preact/signals';

/** Milliseconds between two steps at speed 1. */
export const BASE_INTERVAL_MS = 900;

/** The speeds offered in the frame's speed menu. */
export const PLAYER_SPEEDS: readonly number[] = [0.5, 1, 2, 4];

/** Options of {@link usePlayer}. */
export interface PlayerOptions {
  /** The step to show first (from the URL); clamped into `0..steps`. Default: 0. */
  initialStep?: number;
  /** Playback speed multiplier. Default: 1. */
  initialSpeed?: number;
  /** Start playing after hydration, unless the reader prefers reduced motion. Default: false. */
  autoplay?: boolean;
  /** Milliseconds between steps at speed 1. Default: {@link BASE_INTERVAL_MS}. */
  intervalMs?: number;
}

/** What {@link usePlayer} returns: signals to read, actions to call. */
export interface Player {
  /** The step shown, `0..last`. */
  step: Signal<number>;
  /** Whether the timer is advancing the step. */
  playing: Signal<boolean>;
  /** Playback speed multiplier (1 = one step per {@link BASE_INTERVAL_MS}). */
  speed: Signal<number>;
  /** The last step (equals the number of steps). */
  last: ReadonlySignal<number>;
  /** Starts playing; from the last step it starts again at 0. */
  play(): void;
  /** Stops playing. */
  pause(): void;
  /** Play when paused, pause when playing. */
  toggle(): void;
  /** One step forward (stops playing; stays at the end). */
  forward(): void;
  /** One step back (stops playing; stays at 0). */
  back(): void;
  /** Back to step 0, stopped. */
  reset(): void;
  /** Shows step `n`, clamped into `0..last`. */
  seek(n: number): void;
}

/** Clamps a step into `0..last`; non-finite input gives 0. */
export function clampStep(n: number, last: number): number {
  if (!Number.isFinite(n)) return 0;
  return Math.min(Math.max(0, Math.trunc(n)), Math.max(0, last));
}

/** Whether the reader asked the system for reduced motion (false on the server). */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * A step player over @preact/signals with timer playback that stops at the end.
 *
 * @param steps the number of steps (a number, or a signal when the scenario can change)
 */
export function usePlayer(steps: number | ReadonlySignal<number>, options: PlayerOptions = {}): Player {
  const stepsRef = useRef(steps);
  stepsRef.current = steps;
  const count = useSignal(typeof steps === 'number' ? steps : steps.value);
  if (typeof steps === 'number' && count.peek() !== steps) count.value = steps;
  const last = useComputed(() => {
    const current = stepsRef.current;
    return Math.max(0, typeof current === 'number' ? count.value : current.value);
  });
  const step = useSignal(clampStep(options.initialStep ?? 0, last.peek()));
  const playing = useSignal(false);
  const speed = useSignal(options.initialSpeed ?? 1);
  const interval = options.intervalMs ?? BASE_INTERVAL_MS;

  const actions = useRef<Omit<Player, 'step' | 'playing' | 'speed' | 'last'>>(null);
  if (actions.current === null) {
    actions.current = {
      play() {
        if (step.peek() >= last.peek()) step.value = 0;
        playing.value = last.peek() > 0;
      },
      pause() {
        playing.value = false;
      },
      toggle() {
        if (playing.peek()) actions.current?.pause();
        else actions.current?.play();
      },
      forward() {
        playing.value = false;
        step.value = clampStep(step.peek() + 1, last.peek());
      },
      back() {
        playing.value = false;
        step.value = clampStep(step.peek() - 1, last.peek());
      },
      reset() {
        playing.value = false;
        step.value = 0;
      },
      seek(n: number) {
        step.value = clampStep(n, last.peek());
      },
    };
  }

  // Keep the step inside the range when the number of steps shrinks.
  useSignalEffect(() => {
    const max = last.value;
    if (step.peek() > max) step.value = max;
  });

  // The timer: one step per tick; it stops itself at the last step.
  useSignalEffect(() => {
    if (!playing.value) return;
    const id = setInterval(
      () => {
        const next = step.peek() + 1;
        if (next >= last.peek()) {
          step.value = last.peek();
          playing.value = false;
        } else {
          step.value = next;
        }
      },
      interval / Math.max(0.1, speed.value),
    );
    return () => clearInterval(id);
  });

  // Autoplay once after hydration, never under prefers-reduced-motion.
  const autoplay = options.autoplay ?? false;
  useSignalEffect(() => {
    if (autoplay && !prefersReducedMotion()) actions.current?.play();
  });

  return { step, playing, speed, last, ...actions.current };
}
