/**
 * What the memory-layout figure shows, computed from the model without a DOM: the run for the
 * options, the processes, region tables and totals at a step, the narration, the hovered region.
 */
import { configWith } from '../../../sim/address-space/config.ts';
import type { AddressSpaceState, TraceEntry } from '../../../sim/address-space/model.ts';
import { regionTable, totals } from '../../../sim/address-space/queries.ts';
import { walkAddressSpace } from '../../../sim/address-space/step.ts';
import { tokensToEvents } from '../../../sim/address-space/tokens.ts';
import { narrateAddressSpace } from '../../../sim/address-space/narration.ts';

import type { MemoryOptions } from './options.ts';

/** The key of a region in hover state and links: `pid|name`. */
export const regionKey = (pid: number, name: string): string => `${pid}|${name}`;

/**
 * A run of the model over the options' events, computed as far as it has been looked at: `state(n)` is
 * the state after `n` events (clamped to the run), `traces(n)` what the first `n` events did. A figure
 * opened at step 0 hydrates without running every event; each later step costs one more event.
 */
export interface MemoryRun {
  /** The number of events. */
  readonly length: number;
  state(step: number): AddressSpaceState;
  traces(step: number): readonly TraceEntry[][];
}

/** The run of the model over the options' events (lazy, see {@link MemoryRun}). */
export function runMemory(o: MemoryOptions): MemoryRun {
  const events = tokensToEvents(o.events);
  const walk = walkAddressSpace(configWith({ pie: o.pie, aslr: o.aslr }), events, o.seed);
  const states: AddressSpaceState[] = [];
  const traces: TraceEntry[][] = [];
  const reach = (step: number): number => {
    const last = Math.min(Math.max(0, Math.trunc(step) || 0), events.length);
    while (states.length <= last) {
      const [state, trace] = walk.next().value!;
      if (states.push(state) > 1) traces.push(trace);
    }
    return last;
  };
  return {
    length: events.length,
    state: (step) => states[reach(step)]!,
    traces(step) {
      reach(step);
      return traces;
    },
  };
}

/** The last step: one per event. */
export const memoryLastStep = (o: MemoryOptions): number => o.events.length;

/** The state at `step` with the (at most two) processes drawn, their region tables and the totals. */
export function memoryView(run: MemoryRun, step: number) {
  const state = run.state(step);
  const shown = state.processes.slice(0, 2);
  const tables = shown.map((p) => regionTable(state, p.pid));
  return { state, shown, tables, sum: totals(state) };
}

/** The narration at `step`. */
export function memoryNarration(o: MemoryOptions, run: MemoryRun, step: number): string {
  return narrateAddressSpace(o.events, run.traces(step), step);
}

/** The details of the hovered region (`pid|name`), or null. */
export function hoveredRegion(view: ReturnType<typeof memoryView>, key: string | null) {
  if (!key) return null;
  const { shown, tables } = view;
  const i = shown.findIndex((p) => key.startsWith(`${p.pid}|`));
  const info = i >= 0 ? tables[i]!.find((r) => regionKey(shown[i]!.pid, r.name) === key) : undefined;
  return info ? { ...info, pid: shown[i]!.pid, threads: shown[i]!.threads.map((t) => t.tid) } : null;
}

/** What the controls need to know of each process drawn. */
export function controlProcesses(view: ReturnType<typeof memoryView>) {
  return view.shown.map((p) => ({
    pid: p.pid,
    hasHeap: p.regions.some((r) => r.kind === 'heap'),
    hasShm: p.regions.some((r) => r.kind === 'shm'),
    threads: p.threads.map((t) => ({ tid: t.tid, depth: t.frames.length })),
  }));
}
