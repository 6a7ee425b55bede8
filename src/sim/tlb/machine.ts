import type { TlbEvent, TlbMetrics, TlbScenario, TlbSimState } from './model.ts';
import {
  findSlotOrVictim,
  flushNonGlobal,
  fromArrays,
  ownEntries,
  toArrays,
  touchSlot,
  writeSlot,
} from './tlb-core.ts';
import type { TlbArrays } from './tlb-core.ts';
import { KERNEL_BASE, kernelAddress, regionBase, traceParams, userAddress } from './trace.ts';
import type { TraceParams } from './trace.ts';
import { walkFrame } from '../mmu/index.ts';
import type { PhysMem } from '../mmu/index.ts';
import type { Pid, Tid } from '../units.ts';

/**
 * The simulation's engine: a mutable working copy of {@link TlbSimState} that
 * advances access by access. With no event sink it allocates nothing per
 * access (the fast path); with one it records what happened (the step API).
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
  memo: { user: Float64Array[]; baseVpn: Float64Array; kernel: Float64Array } | null;
}

/** Makes a working copy of a state (the state itself is not touched). */
export function toMachine(s: TlbSimState, copy = false): Machine {
  return {
    sc: s.scenario,
    trace: traceParams(s.scenario),
    tagged: s.scenario.policy === 'process-switch-pcid',
    tlb: toArrays(s.tlb, copy),
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
    memo: null,
  };
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

/** Advances `n` accesses; pushes events into `sink` when one is given. */
export function advance(x: Machine, n: number, sink: TlbEvent[] | null): void {
  for (let k = 0; k < n; k++) stepOnce(x, sink);
}

/** mulberry32, inlined over a slot of `rngs` (same numbers as src/sim/rng.ts). */
function nextU32(x: Machine, slot: number): number {
  const s = (x.rngs[slot]! + 0x6d2b79f5) >>> 0;
  x.rngs[slot] = s;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

function stepOnce(x: Machine, sink: TlbEvent[] | null): void {
  const sc = x.sc;
  const nTasks = x.tids.length;
  if (!x.kernel) {
    if (x.sliceLeft === 0) {
      if (nTasks > 1) switchTo(x, (x.current + 1) % nTasks, sink);
      x.sliceLeft = sc.timeSlice;
    }
    if (sc.interruptEvery > 0 && x.time > 0 && x.time % sc.interruptEvery === 0) {
      enterKernel(x, 'interrupt', sink);
    }
  }
  if (x.kernel) {
    const page = Math.floor((nextU32(x, nTasks) / 4294967296) * sc.kernelPages);
    const off = (nextU32(x, nTasks) % 512) * 8;
    access(x, kernelAddress(page, off), false, sink);
    x.m.kernelAccesses++;
    if (--x.kernelLeft === 0) {
      x.kernel = false;
      if (sink) sink.push({ type: 'return', tid: x.tids[x.current]!, reason: x.kernelReason ?? 'syscall' });
      x.kernelReason = null;
    }
  } else {
    const i = x.current;
    const rand = x.trace.kind === 2 ? nextU32(x, i) : 0;
    const va = userAddress(x.trace, i, x.cursors[i]!, rand);
    x.cursors[i]!++;
    x.sliceLeft--;
    if (x.sinceSwitch >= 0) x.sinceSwitch++;
    const hit = access(x, va, true, sink);
    if (x.sinceSwitch > 0 && x.sinceSwitch <= sc.afterSwitchWindow) {
      x.m.afterSwitchAccesses++;
      if (hit) x.m.afterSwitchHits++;
    }
    if (sc.syscallEvery > 0 && x.cursors[i]! % sc.syscallEvery === 0) enterKernel(x, 'syscall', sink);
  }
  x.time++;
  x.m.accesses++;
}

function enterKernel(x: Machine, reason: 'syscall' | 'interrupt', sink: TlbEvent[] | null): void {
  x.kernel = true;
  x.kernelLeft = x.sc.kernelAccesses;
  x.kernelReason = reason;
  if (reason === 'syscall') x.m.syscalls++;
  else x.m.interrupts++;
  if (sink) sink.push({ type: reason, tid: x.tids[x.current]! });
}

/** One translation: TLB lookup, and on a miss a walk, an eviction if needed, and a fill. */
function access(x: Machine, va: number, user: boolean, sink: TlbEvent[] | null): boolean {
  const t = x.tlb;
  const vpn = Math.floor(va / 4096);
  const slot = findSlotOrVictim(t, vpn, x.curAsid);
  if (slot >= 0) {
    touchSlot(t, slot);
    x.m.hits++;
    if (sink) {
      const g = t.global[slot] === 1;
      sink.push({ type: 'hit', tid: x.tids[x.current]!, va, vpn, pfn: t.pfn[slot]!, slot, global: g });
    }
    return true;
  }
  x.m.misses++;
  const root = x.roots[x.current]!;
  const pfn = walk(x, root, vpn, user);
  if (pfn < 0) throw new RangeError(`页 ${vpn.toString(16)} 没有映射（模拟器内部错误）`);
  x.m.walks++;
  x.m.walkRefs += WALK_REFS_4K;
  const victim = -1 - slot;
  if (sink) {
    sink.push({ type: 'miss', tid: x.tids[x.current]!, va, vpn });
    sink.push({ type: 'walk', vpn, pfn, refs: WALK_REFS_4K, root });
  }
  if (t.valid[victim] === 1) {
    x.m.evictions++;
    if (sink) {
      const g = t.global[victim] === 1;
      sink.push({ type: 'evict', slot: victim, vpn: t.vpn[victim]!, asid: t.asid[victim]!, global: g });
    }
  }
  const asid = user ? x.curAsid : 0;
  writeSlot(t, victim, vpn, pfn, asid, !user);
  if (user && x.dirtyCount >= 0) {
    if (x.dirtyCount < x.dirty.length) x.dirty[x.dirtyCount++] = victim;
    else x.dirtyCount = -1;
  }
  x.m.fills++;
  if (sink) sink.push({ type: 'fill', slot: victim, vpn, pfn, asid, global: !user });
  return false;
}

function walk(x: Machine, root: number, vpn: number, user: boolean): number {
  const memo = x.memo;
  if (memo === null) return walkFrame(x.mem, root, vpn);
  const arr = user ? memo.user[x.current]! : memo.kernel;
  const idx = vpn - (user ? memo.baseVpn[x.current]! : KERNEL_BASE / 4096);
  let pfn = arr[idx]!;
  if (pfn < 0) {
    pfn = walkFrame(x.mem, root, vpn);
    arr[idx] = pfn;
  }
  return pfn;
}

/** Drops every non-global entry (same result as flushNonGlobal(-1), faster when few were filled). */
function flushAll(x: Machine): number {
  if (x.dirtyCount < 0) {
    x.dirtyCount = 0;
    return flushNonGlobal(x.tlb, -1);
  }
  const t = x.tlb;
  let n = 0;
  for (let k = 0; k < x.dirtyCount; k++) {
    const s = x.dirty[k]!;
    if (t.valid[s] === 1 && t.global[s] === 0) {
      ownEntries(t);
      t.valid[s] = 0;
      n++;
    }
  }
  x.dirtyCount = 0;
  return n;
}

/**
 * A scheduler switch, as Linux's switch_mm_irqs_off does it: same mm → return
 * early (no CR3 write); otherwise write CR3, flushing non-global entries unless
 * the TLB is tagged and the process still owns one of the dynamic ASIDs.
 * @see ../../../../shared/reference.md (What Linux does, arch/x86/mm/tlb.c)
 */
function switchTo(x: Machine, next: number, sink: TlbEvent[] | null): void {
  const from = x.current;
  const prevPid = x.pids[from]!;
  const nextPid = x.pids[next]!;
  x.current = next;
  x.sinceSwitch = 0;
  const fromTid = x.tids[from]!;
  const toTid = x.tids[next]!;
  if (prevPid === nextPid) {
    x.m.threadSwitches++;
    if (sink)
      sink.push({
        type: 'switch',
        kind: 'thread',
        from: fromTid,
        to: toTid,
        cr3Write: false,
        asid: x.curAsid,
      });
    return;
  }
  x.m.processSwitches++;
  x.m.cr3Writes++;
  if (!x.tagged) {
    if (sink)
      sink.push({ type: 'switch', kind: 'process', from: fromTid, to: toTid, cr3Write: true, asid: 0 });
    const n = flushAll(x);
    x.m.flushes++;
    x.m.flushedEntries += n;
    if (sink) sink.push({ type: 'flush', reason: 'cr3-write', entries: n, asid: -1 });
    return;
  }
  let slot = -1;
  for (let s = 0; s < x.asidOwner.length; s++) if (x.asidOwner[s] === nextPid) slot = s;
  const reuse = slot < 0;
  if (reuse) {
    slot = x.nextAsid;
    x.nextAsid = (x.nextAsid + 1) % x.asidOwner.length;
  }
  x.curAsid = slot;
  if (sink)
    sink.push({ type: 'switch', kind: 'process', from: fromTid, to: toTid, cr3Write: true, asid: slot });
  if (reuse) {
    const old = x.asidOwner[slot]!;
    x.asidOwner[slot] = nextPid;
    if (old >= 0) {
      // A seventh process takes the oldest tag: that tag's entries must go.
      const n = flushNonGlobal(x.tlb, slot);
      x.m.flushes++;
      x.m.flushedEntries += n;
      if (sink) sink.push({ type: 'flush', reason: 'asid-reuse', entries: n, asid: slot });
    }
  }
}
