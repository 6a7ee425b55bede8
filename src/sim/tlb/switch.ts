import type { TlbEvent } from './model.ts';
import type { Machine } from './machine.ts';
import { flushNonGlobal } from './tlb-core.ts';
import { indexInvalidated, recountFree } from './tlb-index.ts';

/** Task switches on one CPU: thread switch, untagged process switch, PCID process switch. */

/**
 * Flushes the non-global entries of every tag (`asid` = -1) or of one, looking only at the slots
 * filled since that last flush when the machine knows them, and counts it in the metrics; the
 * event lists the slots it emptied, for the figure and the practice solutions to read.
 */
function flush(x: Machine, asid: number, sink: TlbEvent[] | null): void {
  const known = asid < 0 ? (x.dirtyCount < 0 ? null : x.dirty.subarray(0, x.dirtyCount)) : x.tagFills[asid];
  const slots = flushNonGlobal(x.tlb, asid, known ?? null);
  if (asid < 0) x.dirtyCount = 0;
  else x.tagFills[asid] = [];
  if (x.ix !== null) {
    if (known === null || known === undefined) recountFree(x.ix, x.tlb);
    else for (const s of slots) indexInvalidated(x.ix, x.tlb, s);
  }
  x.m.flushes++;
  x.m.flushedEntries += slots.length;
  if (sink) sink.push({ type: 'flush', reason: asid < 0 ? 'cr3-write' : 'asid-reuse', slots, asid });
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
    flush(x, -1, sink);
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
      flush(x, slot, sink);
    }
  }
}
