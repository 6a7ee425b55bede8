/**
 * The part of @preact/signals the islands use, on preact/hooks: a figure or practice page then
 * loads about 0.4 KiB gzip for its state instead of 3.2 KiB (`npm run perf`).
 *
 * - `useSignal(v)`: a value with `.value` (read, write) and `.peek()`; writing a different value
 *   re-renders the component that made it, and with it every component it renders (they read the
 *   signal during that render). A signal is only ever read by the component that made it or by
 *   components below it, which is how every island uses them.
 * - `useComputed(fn)`: `fn`'s result, kept until a signal it read changes (read on demand).
 * - `useSignalEffect(fn)`: runs `fn` after a render when a signal it read last time has changed
 *   (and after the first render); its cleanup runs before the next run and on unmount. Not on
 *   the server, as with `useEffect`.
 *
 * Unlike @preact/signals, a component does not subscribe to what it reads, and effects run after
 * the render a change caused, not during the write.
 */
import { useEffect, useReducer, useRef } from 'preact/hooks';

/** A value that can be read without being written. */
export interface ReadonlySignal<T> {
  /** The current value (inside `useComputed`/`useSignalEffect`: also a dependency). */
  readonly value: T;
  /** The current value, never a dependency. */
  peek(): T;
}

/** A value whose writes re-render the component that made it. */
export interface Signal<T> extends ReadonlySignal<T> {
  value: T;
}

/** The cells read so far by the computation that is running, each with its version when first read. */
let reading: Map<Cell<unknown>, number> | null = null;

/** Notes that the running computation (if any) read `cell` at `version`. */
function noteRead(cell: Cell<unknown>, version: number): void {
  if (reading && !reading.has(cell)) reading.set(cell, version);
}

/** A signal's storage: a value, a version that counts writes, and the owner's re-render. */
class Cell<T> implements Signal<T> {
  version = 0;
  #value: T;
  readonly #changed: () => void;
  constructor(value: T, changed: () => void) {
    this.#value = value;
    this.#changed = changed;
  }
  get value(): T {
    noteRead(this as Cell<unknown>, this.version);
    return this.#value;
  }
  set value(next: T) {
    if (Object.is(next, this.#value)) return;
    this.#value = next;
    this.version++;
    this.#changed();
  }
  peek(): T {
    return this.#value;
  }
}

/** What `run` returned, and the cells it read, each with the version it read. */
function track<R>(run: () => R): [R, Map<Cell<unknown>, number>] {
  const outer = reading;
  const read = new Map<Cell<unknown>, number>();
  reading = read;
  try {
    return [run(), read];
  } finally {
    reading = outer;
  }
}

/** Whether a cell read by a computation changed since. */
const stale = (deps: Map<Cell<unknown>, number> | null): boolean =>
  deps === null || [...deps].some(([cell, version]) => cell.version !== version);

/** A derived value over cells, recomputed on read when one of them changed. */
class Derived<T> implements ReadonlySignal<T> {
  #deps: Map<Cell<unknown>, number> | null = null;
  #value!: T;
  readonly #compute: () => T;
  constructor(compute: () => T) {
    this.#compute = compute;
  }
  get value(): T {
    const value = this.peek();
    if (this.#deps) for (const [cell, version] of this.#deps) noteRead(cell, version);
    return value;
  }
  peek(): T {
    if (stale(this.#deps)) [this.#value, this.#deps] = track(this.#compute);
    return this.#value;
  }
}

/** A signal owned by the calling component: `const open = useSignal(false)`. */
export function useSignal<T>(initial: T): Signal<T> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const cell = useRef<Cell<T> | null>(null);
  cell.current ??= new Cell(initial, () => rerender(undefined));
  return cell.current;
}

/** A value derived from signals, recomputed when one it read changed; `fn` is the latest one passed. */
export function useComputed<T>(fn: () => T): ReadonlySignal<T> {
  const latest = useRef(fn);
  latest.current = fn;
  const derived = useRef<Derived<T> | null>(null);
  derived.current ??= new Derived(() => latest.current());
  return derived.current;
}

/** An effect over signals: after a render, runs again when a signal it read has changed. */
export function useSignalEffect(fn: () => void | (() => void)): void {
  const latest = useRef(fn);
  latest.current = fn;
  const state = useRef<{ deps: Map<Cell<unknown>, number> | null; cleanup: (() => void) | void }>({
    deps: null,
    cleanup: undefined,
  });
  useEffect(() => {
    const s = state.current;
    if (!stale(s.deps)) return;
    s.cleanup?.();
    s.cleanup = undefined;
    [s.cleanup, s.deps] = track(() => latest.current());
  });
  useEffect(
    () => () => {
      state.current.cleanup?.();
      state.current.cleanup = undefined;
    },
    [],
  );
}
