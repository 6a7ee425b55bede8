import type { TlbEvent } from './model.ts';
import type { Machine } from './machine.ts';
import { recordTagFill, WALK_REFS_4K } from './machine.ts';
import { switchTo } from './switch.ts';
import { findSlotOrVictim, touchSlot, writeSlot } from './tlb-core.ts';
import { indexAfterWrite, indexBeforeWrite, indexFind, indexTouch, indexVictim } from './tlb-index.ts';
import { KERNEL_BASE, kernelAddress, userAddress } from './trace.ts';
import { walkFrame } from '../mmu/index.ts';

/**
 * The engine: advances a {@link Machine} access by access. With no event sink it
 * allocates nothing per access (the fast path); with one it records what happened.
 */

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
  const ix = x.ix;
  const slot = ix === null ? findSlotOrVictim(t, vpn, x.curAsid) : indexFind(ix, t, vpn, x.curAsid);
  if (slot >= 0) {
    touchSlot(t, slot);
    if (ix !== null) indexTouch(ix, t, slot);
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
  const victim = ix === null ? -1 - slot : indexVictim(ix, t, vpn);
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
  if (ix !== null) indexBeforeWrite(ix, t, victim);
  writeSlot(t, victim, vpn, pfn, asid, !user);
  if (ix !== null) indexAfterWrite(ix, t, victim);
  if (user && x.tagged) recordTagFill(x, asid, victim);
  if (user && x.dirtyCount >= 0) {
    if (x.dirtyCount < x.dirty.length) x.dirty[x.dirtyCount++] = victim;
    else x.dirtyCount = -1;
  }
  x.m.fills++;
  if (sink) sink.push({ type: 'fill', slot: victim, vpn, pfn, asid, global: !user, pcid: user && x.tagged });
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
