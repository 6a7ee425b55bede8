import type { TlbEvent } from './model.ts';
import type { Machine } from './machine.ts';
import { flushNonGlobal, invalidateSlot } from './tlb-core.ts';
import type { TlbArrays } from './tlb-core.ts';
import { indexInvalidated, recountFree } from './tlb-index.ts';

/** Task switches on one CPU: thread switch, untagged process switch, PCID process switch. */

/** Drops every non-global entry (same result as flushNonGlobal(-1), faster when few were filled). */
function flushAll(x: Machine): number {
  if (x.dirtyCount < 0) {
    x.dirtyCount = 0;
    const n = flushNonGlobal(x.tlb, -1);
    if (x.ix !== null) recountFree(x.ix, x.tlb);
    return n;
  }
  const t = x.tlb;
  let n = 0;
  for (let k = 0; k < x.dirtyCount; k++) {
    const s = x.dirty[k]!;
    if (t.valid[s] === 1 && t.global[s] === 0) {
      invalidateSlot(t, s);
      if (x.ix !== null) indexInvalidated(x.ix, t, s);
      n++;
    }
  }
  x.dirtyCount = 0;
  return n;
}

/** Drops the non-global entries tagged `asid` (same result as flushNonGlobal(asid)). */
function flushTag(x: Machine, asid: number): number {
  const t: TlbArrays = x.tlb;
  const list = x.tagFills[asid];
  x.tagFills[asid] = [];
  if (list === null || list === undefined) {
    const n = flushNonGlobal(t, asid);
    if (x.ix !== null) recountFree(x.ix, t);
    return n;
  }
  let n = 0;
  for (const s of list) {
    if (t.valid[s] === 1 && t.global[s] === 0 && t.asid[s] === asid) {
      invalidateSlot(t, s);
      if (x.ix !== null) indexInvalidated(x.ix, t, s);
      n++;
    }
  }
  return n;
}

/**
 * A scheduler switch, as Linux's switch_mm_irqs_off does it: same mm → return
 * early (no CR3 write); otherwise write CR3, flushing non-global entries unless
 * the TLB is tagged and the process still owns one of the dynamic ASIDs.
 * @see https://elixir.bootlin.com/linux/latest/source/arch/x86/mm/tlb.c (switch_mm_irqs_off, choose_new_asid)
 * @see https://www.intel.com/content/www/us/en/developer/articles/technical/intel-sdm.html (Vol. 3A §4.10.4.1: what a CR3 write invalidates with and without PCID)
 */
export function switchTo(x: Machine, next: number, sink: TlbEvent[] | null): void {
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
        pcid: x.tagged,
      });
    return;
  }
  x.m.processSwitches++;
  x.m.cr3Writes++;
  if (!x.tagged) {
    if (sink)
      sink.push({
        type: 'switch',
        kind: 'process',
        from: fromTid,
        to: toTid,
        cr3Write: true,
        asid: 0,
        pcid: false,
      });
    const n = flushAll(x);
    x.m.flushes++;
    x.m.flushedEntries += n;
    if (sink) sink.push({ type: 'flush', reason: 'cr3-write', entries: n, asid: -1 });
    return;
  }
  let slot = x.asidOf[nextPid]!;
  const reuse = slot < 0;
  if (reuse) {
    slot = x.nextAsid;
    x.nextAsid = (x.nextAsid + 1) % x.asidOwner.length;
  }
  x.curAsid = slot;
  if (sink)
    sink.push({
      type: 'switch',
      kind: 'process',
      from: fromTid,
      to: toTid,
      cr3Write: true,
      asid: slot,
      pcid: true,
    });
  if (reuse) {
    const old = x.asidOwner[slot]!;
    x.asidOwner[slot] = nextPid;
    x.asidOf[nextPid] = slot;
    if (old >= 0) {
      x.asidOf[old] = -1;
      // A seventh process takes the oldest tag: that tag's entries must go.
      const n = flushTag(x, slot);
      x.m.flushes++;
      x.m.flushedEntries += n;
      if (sink) sink.push({ type: 'flush', reason: 'asid-reuse', entries: n, asid: slot });
    }
  }
}
