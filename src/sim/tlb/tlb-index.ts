import type { TlbArrays } from './tlb-core.ts';

/**
 * An exact index over a working TLB for the fast path of wide sets (a fully
 * associative TLB compares all entries at once in hardware; a loop over 64 ways
 * per access would not reach the throughput target). Page → slots through hash
 * chains, and per set a least-recently-used list plus a count of free ways, so
 * lookups and victims cost O(1) instead of O(ways). It picks exactly the slot the
 * scan in tlb-core.ts picks (first free way, else the least recently used), which
 * the property test "the fast path agrees with the step path" checks.
 */
export interface TlbIndex {
  mask: number;
  /** Bucket → first slot of its chain, or -1. */
  head: Int32Array;
  /** Slot → next slot in its chain, or -1. */
  next: Int32Array;
  /** 1 while the slot is in the chain of the page it holds (invalid slots may stay linked). */
  linked: Uint8Array;
  /** Per-set LRU list over all ways: least recent at the head. */
  prev: Int32Array;
  after: Int32Array;
  lruHead: Int32Array;
  lruTail: Int32Array;
  /** Per set: ways not holding an entry. */
  free: Int32Array;
}

const bucket = (ix: TlbIndex, vpn: number) => (vpn >>> 0) & ix.mask;

/** Builds the index for a TLB (O(entries)). */
export function buildTlbIndex(a: TlbArrays): TlbIndex {
  const n = a.valid.length;
  let size = 1;
  while (size < 2 * n) size *= 2;
  const ix: TlbIndex = {
    mask: size - 1,
    head: new Int32Array(size).fill(-1),
    next: new Int32Array(n).fill(-1),
    linked: new Uint8Array(n),
    prev: new Int32Array(n).fill(-1),
    after: new Int32Array(n).fill(-1),
    lruHead: new Int32Array(a.sets).fill(-1),
    lruTail: new Int32Array(a.sets).fill(-1),
    free: new Int32Array(a.sets),
  };
  for (let s = 0; s < n; s++) if (a.valid[s] === 1) link(ix, a, s);
  for (let set = 0; set < a.sets; set++) {
    const ways = Array.from({ length: a.ways }, (_, w) => set * a.ways + w);
    ways.sort((p, q) => a.stamp[p]! - a.stamp[q]! || p - q);
    for (const s of ways) {
      appendLru(ix, set, s);
      if (a.valid[s] === 0) ix.free[set]!++;
    }
  }
  return ix;
}

/** Recounts free ways after a bulk invalidation. */
export function recountFree(ix: TlbIndex, a: TlbArrays): void {
  ix.free.fill(0);
  for (let s = 0; s < a.valid.length; s++) if (a.valid[s] === 0) ix.free[Math.floor(s / a.ways)]!++;
}

/** The slot translating `vpn` for `asid`, or -1 (same answer as findSlot). */
export function indexFind(ix: TlbIndex, a: TlbArrays, vpn: number, asid: number): number {
  for (let s = ix.head[bucket(ix, vpn)]!; s >= 0; s = ix.next[s]!) {
    if (a.vpn[s] === vpn && a.valid[s] === 1 && (a.global[s] === 1 || a.asid[s] === asid)) return s;
  }
  return -1;
}

/** The slot a fill of `vpn` replaces (same answer as pickVictim). */
export function indexVictim(ix: TlbIndex, a: TlbArrays, vpn: number): number {
  const set = (vpn >>> 0) % a.sets;
  if (ix.free[set]! > 0) {
    for (let s = set * a.ways, end = s + a.ways; s < end; s++) if (a.valid[s] === 0) return s;
  }
  return ix.lruHead[set]!;
}

/** Marks a slot most recently used. */
export function indexTouch(ix: TlbIndex, a: TlbArrays, slot: number): void {
  const set = Math.floor(slot / a.ways);
  if (ix.lruTail[set] === slot) return;
  removeLru(ix, set, slot);
  appendLru(ix, set, slot);
}

/** Call before writing a new page into `slot`: unlinks the old page. */
export function indexBeforeWrite(ix: TlbIndex, a: TlbArrays, slot: number): void {
  if (ix.linked[slot] === 1) unlink(ix, a, slot);
  if (a.valid[slot] === 0) ix.free[Math.floor(slot / a.ways)]!--;
}

/** Call after writing `slot`: links the new page and makes it most recent. */
export function indexAfterWrite(ix: TlbIndex, a: TlbArrays, slot: number): void {
  link(ix, a, slot);
  indexTouch(ix, a, slot);
}

/** Call when `slot` turned invalid (its chain link may stay; lookups check `valid`). */
export function indexInvalidated(ix: TlbIndex, a: TlbArrays, slot: number): void {
  ix.free[Math.floor(slot / a.ways)]!++;
}

function link(ix: TlbIndex, a: TlbArrays, s: number): void {
  const b = bucket(ix, a.vpn[s]!);
  ix.next[s] = ix.head[b]!;
  ix.head[b] = s;
  ix.linked[s] = 1;
}

function unlink(ix: TlbIndex, a: TlbArrays, s: number): void {
  const b = bucket(ix, a.vpn[s]!);
  let p = -1;
  for (let c = ix.head[b]!; c >= 0; p = c, c = ix.next[c]!) {
    if (c === s) {
      if (p < 0) ix.head[b] = ix.next[s]!;
      else ix.next[p] = ix.next[s]!;
      break;
    }
  }
  ix.next[s] = -1;
  ix.linked[s] = 0;
}

function appendLru(ix: TlbIndex, set: number, s: number): void {
  const tail = ix.lruTail[set]!;
  ix.prev[s] = tail;
  ix.after[s] = -1;
  if (tail >= 0) ix.after[tail] = s;
  else ix.lruHead[set] = s;
  ix.lruTail[set] = s;
}

function removeLru(ix: TlbIndex, set: number, s: number): void {
  const p = ix.prev[s]!;
  const q = ix.after[s]!;
  if (p >= 0) ix.after[p] = q;
  else ix.lruHead[set] = q;
  if (q >= 0) ix.prev[q] = p;
  else ix.lruTail[set] = p;
}
