import type { TlbEvent, TlbMetrics, TlbScenario, TlbSimState, TaskState } from './model.ts';
import { advance } from './advance.ts';
import { enableTlbIndex, enableWalkMemo, fromMachine, toMachine } from './machine.ts';
import { initTlb } from './tlb.ts';
import { toTypedArrays } from './tlb-core.ts';
import { kernelAddress, regionBase } from './trace.ts';
import { allocTable, createPhysMem, mapRange, shareKernelHalf } from '../mmu/index.ts';
import type { PhysMem } from '../mmu/index.ts';
import { seedRng } from '../rng.ts';
import type { Pid, Tid, VirtAddr } from '../units.ts';

/** Counters all at zero. */
export function emptyTlbMetrics(): TlbMetrics {
  return {
    accesses: 0,
    hits: 0,
    misses: 0,
    walks: 0,
    walkRefs: 0,
    fills: 0,
    evictions: 0,
    flushes: 0,
    flushedEntries: 0,
    threadSwitches: 0,
    processSwitches: 0,
    cr3Writes: 0,
    syscalls: 0,
    interrupts: 0,
    kernelAccesses: 0,
    afterSwitchAccesses: 0,
    afterSwitchHits: 0,
  };
}

/** The process of task `i`: one process for all under thread-switch, else `threadsPerProcess` per process. */
export function taskPid(sc: TlbScenario, i: number): Pid {
  return (sc.policy === 'thread-switch' ? 1 : Math.floor(i / sc.threadsPerProcess) + 1) as Pid;
}

/**
 * Builds the machine: kernel pages mapped global and shared by every address
 * space, one page table per process with its tasks' working sets, an empty TLB,
 * task 0 running.
 */
export function initTlbSim(sc: TlbScenario): TlbSimState {
  const [mem0, kernelRoot] = allocTable(createPhysMem(1));
  let mem: PhysMem = mem0;
  mem = mapRange(mem, kernelRoot, kernelAddress(0, 0) as VirtAddr, sc.kernelPages, { global: true });
  const roots = new Map<number, number>();
  const mapped = new Set<string>();
  const tasks: TaskState[] = [];
  for (let i = 0; i < sc.tasks; i++) {
    const pid = taskPid(sc, i);
    let root = roots.get(pid);
    if (root === undefined) {
      [mem, root] = allocTable(mem);
      mem = shareKernelHalf(mem, kernelRoot, root);
      roots.set(pid, root);
    }
    const base = regionBase(sc, i);
    if (!mapped.has(`${pid}:${base}`)) {
      mem = mapRange(mem, root, base as VirtAddr, sc.trace.pages);
      mapped.add(`${pid}:${base}`);
    }
    const rng = seedRng((sc.seed ^ Math.imul(i + 1, 0x9e3779b9)) >>> 0);
    tasks.push({ tid: (i + 1) as Tid, pid, root, cursor: 0, rng });
  }
  const tagged = sc.policy === 'process-switch-pcid';
  const asidOwner = new Array<number>(sc.tlb.asids).fill(-1);
  if (tagged) asidOwner[0] = tasks[0]!.pid;
  return {
    scenario: sc,
    tlb: initTlb(sc.tlb.entries, sc.tlb.ways),
    mem,
    tasks,
    asidOwner,
    nextAsid: tagged ? 1 % sc.tlb.asids : 0,
    curAsid: 0,
    current: 0,
    sliceLeft: sc.timeSlice,
    mode: 'user',
    kernelLeft: 0,
    kernelReason: null,
    time: 0,
    sinceSwitch: -1,
    kernelRng: seedRng((sc.seed ^ 0x5bd1e995) >>> 0),
    metrics: emptyTlbMetrics(),
  };
}

/** One access (and the switch, system call or interrupt that precedes it): the next state and what happened. */
export function stepTlbSim(state: TlbSimState): [TlbSimState, TlbEvent[]] {
  const x = toMachine(state);
  const events: TlbEvent[] = [];
  advance(x, 1, events);
  return [fromMachine(x), events];
}

/** The fast path: `n` accesses with no events and no allocation per access. */
export function runTlbSim(state: TlbSimState, n: number): TlbSimState {
  const x = toMachine(state);
  x.tlb = toTypedArrays(state.tlb);
  enableWalkMemo(x);
  enableTlbIndex(x);
  advance(x, n, null);
  return fromMachine(x);
}

/** Like {@link runTlbSim} but also returns every event (for golden traces and tests). */
export function traceTlbSim(state: TlbSimState, n: number): [TlbSimState, TlbEvent[]] {
  const x = toMachine(state);
  const events: TlbEvent[] = [];
  advance(x, n, events);
  return [fromMachine(x), events];
}

/** A recorded run for animation: `states[k]` after k accesses, `events[k]` = what access k + 1 did. */
export interface TlbRun {
  states: TlbSimState[];
  events: TlbEvent[][];
}

/** Records `n` steps with the per-step API (copy on write keeps this cheap for small TLBs). */
export function recordTlbRun(state: TlbSimState, n: number): TlbRun {
  const states = [state];
  const events: TlbEvent[][] = [];
  let s = state;
  for (let k = 0; k < n; k++) {
    const [next, ev] = stepTlbSim(s);
    states.push(next);
    events.push(ev);
    s = next;
  }
  return { states, events };
}
