import type { TlbMetrics, TlbScenario, TlbSimState } from './model.ts';
import { fromArrays, toArrays } from './tlb-core.ts';
import type { TlbArrays } from './tlb-core.ts';
import { buildTlbIndex } from './tlb-index.ts';
import type { TlbIndex } from './tlb-index.ts';
import { regionBase, traceParams } from './trace.ts';
import type { TraceParams } from './trace.ts';
import type { PhysMem } from '../mmu/index.ts';
import type { Pid, Tid } from '../units.ts';

/**
 * The simulation's mutable working copy of {@link TlbSimState}, and the conversions
 * to and from it; advance.ts runs it access by access.
 */

/** Memory references of one walk of a 4 KiB page: one entry per level. */
export const WALK_REFS_4K = 4;

/** The mutable working copy. */
export interface Machine {
  sc: TlbScenario;
  trace: TraceParams;
  tagged: boolean;
  tlb: TlbArrays;
  mem: PhysMem;
  tids: Int32Array;
  pids: Int32Array;
  roots: Float64Array;
  cursors: Float64Array;
  /** Generator states: one per task, then the kernel's. */
  rngs: Float64Array;
  asidOwner: Int32Array;
  nextAsid: number;
  curAsid: number;
  current: number;
  sliceLeft: number;
  kernel: boolean;
  kernelLeft: number;
  kernelReason: 'syscall' | 'interrupt' | null;
  time: number;
  sinceSwitch: number;
  m: TlbMetrics;
  /**
   * Fast path only: walk results remembered per task page (and per kernel page),
   * -1 = not walked yet. The page tables do not change during a run, so a
   * remembered walk is the walk; it is still counted as a walk with 4 references.
   */
  /**
   * Slots filled with non-global entries since the last full flush, so a flush
   * of a big TLB touches only those (hardware clears all at once; a scan would
   * make a 1536-entry TLB cost 1536 steps per switch). `dirtyCount` = -1: unknown, scan.
   */
  dirty: Int32Array;
  dirtyCount: number;
  /**
   * Tagged TLB only: per ASID slot, the slots filled with that tag since its last flush, so
   * handing the tag to another process drops them without scanning every entry; null =
   * unknown (before the first flush, or more than 4 × entries fills), scan.
   */
  tagFills: (number[] | null)[];
  /** The ASID slot each process owns (index = pid), or -1: the inverse of `asidOwner`. */
  asidOf: Int32Array;
  /** Fast path with wide sets only: O(1) lookups and victims (see tlb-index.ts). */
  ix: TlbIndex | null;
  memo: { user: Float64Array[]; baseVpn: Float64Array; kernel: Float64Array } | null;
}

/** Makes a working copy of a state (the state itself is not touched). */
export function toMachine(s: TlbSimState): Machine {
  return {
    sc: s.scenario,
    trace: traceParams(s.scenario),
    tagged: s.scenario.policy === 'process-switch-pcid',
    tlb: toArrays(s.tlb),
    mem: s.mem,
    tids: Int32Array.from(s.tasks, (t) => t.tid),
    pids: Int32Array.from(s.tasks, (t) => t.pid),
    roots: Float64Array.from(s.tasks, (t) => t.root),
    cursors: Float64Array.from(s.tasks, (t) => t.cursor),
    rngs: Float64Array.from([...s.tasks.map((t) => t.rng.s), s.kernelRng.s]),
    asidOwner: Int32Array.from(s.asidOwner),
    nextAsid: s.nextAsid,
    curAsid: s.curAsid,
    current: s.current,
    sliceLeft: s.sliceLeft,
    kernel: s.mode === 'kernel',
    kernelLeft: s.kernelLeft,
    kernelReason: s.kernelReason,
    time: s.time,
    sinceSwitch: s.sinceSwitch,
    m: { ...s.metrics },
    dirty: new Int32Array(4 * s.tlb.valid.length),
    dirtyCount: -1,
    tagFills: s.asidOwner.map(() => null),
    // Pids run from 1 to at most 64 (one per task).
    asidOf: Int32Array.from({ length: 66 }, (_, pid) => s.asidOwner.indexOf(pid)),
    ix: null,
    memo: null,
  };
}

/** Remembers that `slot` now holds an entry tagged `asid` (see {@link Machine.tagFills}). */
export function recordTagFill(x: Machine, asid: number, slot: number): void {
  const list = x.tagFills[asid];
  if (list === null || list === undefined) return;
  if (list.length < 4 * x.tlb.valid.length) list.push(slot);
  else x.tagFills[asid] = null;
}

/** Ways above which the fast path indexes the TLB instead of scanning the set. */
export const INDEX_MIN_WAYS = 16;

/** Prepares the fast path's index when the sets are wide. */
export function enableTlbIndex(x: Machine): void {
  if (x.tlb.ways > INDEX_MIN_WAYS) x.ix = buildTlbIndex(x.tlb);
}

/** Prepares the fast path's remembered walks (one array per task's working set). */
export function enableWalkMemo(x: Machine): void {
  const n = x.tids.length;
  x.memo = {
    user: Array.from({ length: n }, () => new Float64Array(x.sc.trace.pages).fill(-1)),
    baseVpn: Float64Array.from({ length: n }, (_, i) => Math.floor(regionBase(x.sc, i) / 4096)),
    kernel: new Float64Array(x.sc.kernelPages).fill(-1),
  };
}

/** Turns a working copy back into a plain-JSON state. */
export function fromMachine(x: Machine): TlbSimState {
  const n = x.tids.length;
  return {
    scenario: x.sc,
    tlb: fromArrays(x.tlb),
    mem: x.mem,
    tasks: Array.from({ length: n }, (_, i) => ({
      tid: x.tids[i]! as Tid,
      pid: x.pids[i]! as Pid,
      root: x.roots[i]!,
      cursor: x.cursors[i]!,
      rng: { s: x.rngs[i]! },
    })),
    asidOwner: Array.from(x.asidOwner),
    nextAsid: x.nextAsid,
    curAsid: x.curAsid,
    current: x.current,
    sliceLeft: x.sliceLeft,
    mode: x.kernel ? 'kernel' : 'user',
    kernelLeft: x.kernelLeft,
    kernelReason: x.kernelReason,
    time: x.time,
    sinceSwitch: x.sinceSwitch,
    kernelRng: { s: x.rngs[n]! },
    metrics: { ...x.m },
  };
}
