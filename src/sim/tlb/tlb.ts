import type { TlbState } from './model.ts';
import {
  findSlot,
  flushNonGlobal,
  fromArrays,
  invalidatePage,
  pickVictim,
  toArrays,
  touchSlot,
  writeSlot,
} from './tlb-core.ts';

/**
 * A TLB on its own, as pure functions over plain JSON: look up, fill with LRU
 * replacement, flush non-global entries, invalidate one page. The scheduler
 * simulation uses the same core (tlb-core.ts).
 */

/** Creates an empty TLB; `ways` = 'full' makes it fully associative. */
export function initTlb(entries: number, ways: number | 'full'): TlbState {
  const w = ways === 'full' ? entries : ways;
  if (!Number.isInteger(entries) || entries < 1)
    throw new RangeError(`TLB 条目数必须是正整数，收到 ${entries}`);
  if (!Number.isInteger(w) || w < 1 || entries % w !== 0) {
    throw new RangeError(`TLB 条目数 ${entries} 必须是路数 ${String(ways)} 的整数倍`);
  }
  const zeros = () => new Array<number>(entries).fill(0);
  return {
    sets: entries / w,
    ways: w,
    vpn: zeros(),
    asid: zeros(),
    pfn: zeros(),
    global: zeros(),
    valid: zeros(),
    stamp: zeros(),
    clock: 0,
  };
}

/** Looks `vpn` up for address space `asid`; a hit refreshes the entry's LRU stamp. */
export function lookupTlb(
  tlb: TlbState,
  vpn: number,
  asid = 0,
): [TlbState, { slot: number; pfn: number | null }] {
  const a = toArrays(tlb);
  const slot = findSlot(a, vpn, asid);
  if (slot < 0) return [tlb, { slot, pfn: null }];
  touchSlot(a, slot);
  return [fromArrays(a), { slot, pfn: a.pfn[slot]! }];
}

/** What a fill did: the slot written and the entry it evicted, if any. */
export interface FillResult {
  slot: number;
  evicted: { vpn: number; asid: number; global: boolean } | null;
}

/** Inserts a translation, replacing the least recently used way of its set when the set is full. */
export function fillTlb(
  tlb: TlbState,
  vpn: number,
  pfn: number,
  asid = 0,
  global = false,
): [TlbState, FillResult] {
  const a = toArrays(tlb);
  const slot = pickVictim(a, vpn);
  const evicted =
    a.valid[slot] === 1 ? { vpn: a.vpn[slot]!, asid: a.asid[slot]!, global: a.global[slot] === 1 } : null;
  writeSlot(a, slot, vpn, pfn, asid, global);
  return [fromArrays(a), { slot, evicted }];
}

/** A CR3 write without PCID: drops every non-global entry; returns the TLB and how many went. */
export function flushTlb(tlb: TlbState, asid = -1): [TlbState, number] {
  const a = toArrays(tlb);
  const n = flushNonGlobal(a, asid).length;
  return [fromArrays(a), n];
}

/** INVLPG: drops the entries for one page, global ones included. */
export function invlpg(tlb: TlbState, vpn: number): [TlbState, number] {
  const a = toArrays(tlb);
  const n = invalidatePage(a, vpn);
  return [fromArrays(a), n];
}

/** Valid entries, for views: slot, page, frame, tag and whether global. */
export function listTlbEntries(
  tlb: TlbState,
): { slot: number; vpn: number; pfn: number; asid: number; global: boolean }[] {
  const out = [];
  for (let s = 0; s < tlb.valid.length; s++) {
    if (tlb.valid[s] === 1) {
      out.push({
        slot: s,
        vpn: tlb.vpn[s]!,
        pfn: tlb.pfn[s]!,
        asid: tlb.asid[s]!,
        global: tlb.global[s] === 1,
      });
    }
  }
  return out;
}
