import type { TlbState } from './model.ts';

/**
 * The TLB's slots as typed arrays, and the operations on them. Both the
 * per-step API and the fast path run these same functions, so they cannot
 * disagree; the public state stays plain JSON ({@link TlbState}).
 */

/**
 * Working copy of a TLB. Arrays are shared with the state they came from until
 * the first write (copy on write), so a step that only hits copies one array.
 */
export interface TlbArrays extends TlbState {
  /** False while vpn/asid/pfn/global/valid are still the source state's arrays. */
  entriesOwned: boolean;
  /** False while stamp is still the source state's array. */
  stampOwned: boolean;
}

/** Wraps a JSON TLB; `copy` makes private copies at once (the fast path), else on first write. */
export function toArrays(t: TlbState, copy = false): TlbArrays {
  const a: TlbArrays = { ...t, entriesOwned: false, stampOwned: false };
  if (copy) {
    ownEntries(a);
    ownStamp(a);
  }
  return a;
}

/** Copies the entry arrays before a write, once. */
export function ownEntries(a: TlbArrays): void {
  if (a.entriesOwned) return;
  a.vpn = a.vpn.slice();
  a.asid = a.asid.slice();
  a.pfn = a.pfn.slice();
  a.global = a.global.slice();
  a.valid = a.valid.slice();
  a.entriesOwned = true;
}

/** Copies the LRU stamps before a write, once. */
export function ownStamp(a: TlbArrays): void {
  if (a.stampOwned) return;
  a.stamp = a.stamp.slice();
  a.stampOwned = true;
}

/** The JSON TLB the working copy now describes (unwritten arrays stay shared). */
export function fromArrays(a: TlbArrays): TlbState {
  const { sets, ways, vpn, asid, pfn, global, valid, stamp, clock } = a;
  return { sets, ways, vpn, asid, pfn, global, valid, stamp, clock };
}

/**
 * The set of a page: the low 32 bits of the VPN modulo the number of sets
 * (for a power-of-two set count this is the VPN's low index bits, as in hardware).
 */
export function setOf(a: TlbArrays, vpn: number): number {
  return (vpn >>> 0) % a.sets;
}

/**
 * Finds the slot that translates `vpn` for address space `asid`: a valid entry
 * with the same page that is either global or carries the same tag. Returns -1 on a miss.
 */
export function findSlot(a: TlbArrays, vpn: number, asid: number): number {
  const base = ((vpn >>> 0) % a.sets) * a.ways;
  for (let s = base, end = base + a.ways; s < end; s++) {
    if (a.vpn[s] === vpn && a.valid[s] === 1 && (a.global[s] === 1 || a.asid[s] === asid)) return s;
  }
  return -1;
}

/**
 * One pass over the set: the hitting slot (≥ 0), or `-1 - victim` on a miss, where
 * victim is the slot {@link pickVictim} would choose. Saves the simulator a second scan.
 */
export function findSlotOrVictim(a: TlbArrays, vpn: number, asid: number): number {
  const base = ((vpn >>> 0) % a.sets) * a.ways;
  let victim = -1;
  let free = -1;
  for (let s = base, end = base + a.ways; s < end; s++) {
    if (a.valid[s] === 1) {
      if (a.vpn[s] === vpn && (a.global[s] === 1 || a.asid[s] === asid)) return s;
      if (victim < 0 || a.stamp[s]! < a.stamp[victim]!) victim = s;
    } else if (free < 0) free = s;
  }
  return -1 - (free >= 0 ? free : victim);
}

/** Marks a slot as just used (LRU). */
export function touchSlot(a: TlbArrays, slot: number): void {
  ownStamp(a);
  a.stamp[slot] = ++a.clock;
}

/** The slot a fill of `vpn` replaces: the first free way of its set, else the least recently used. */
export function pickVictim(a: TlbArrays, vpn: number): number {
  const base = ((vpn >>> 0) % a.sets) * a.ways;
  let victim = base;
  for (let s = base, end = base + a.ways; s < end; s++) {
    if (a.valid[s] === 0) return s;
    if (a.stamp[s]! < a.stamp[victim]!) victim = s;
  }
  return victim;
}

/** Writes an entry into `slot` and marks it most recently used. */
export function writeSlot(
  a: TlbArrays,
  slot: number,
  vpn: number,
  pfn: number,
  asid: number,
  global: boolean,
): void {
  ownEntries(a);
  ownStamp(a);
  a.vpn[slot] = vpn;
  a.pfn[slot] = pfn;
  a.asid[slot] = asid;
  a.global[slot] = global ? 1 : 0;
  a.valid[slot] = 1;
  a.stamp[slot] = ++a.clock;
}

/**
 * Drops non-global entries: all of them (`asid` = -1, an untagged CR3 write)
 * or only those of one tag (reusing an ASID). Returns how many were dropped.
 */
export function flushNonGlobal(a: TlbArrays, asid: number): number {
  let n = 0;
  for (let s = 0; s < a.valid.length; s++) {
    if (a.valid[s] === 1 && a.global[s] === 0 && (asid < 0 || a.asid[s] === asid)) {
      ownEntries(a);
      a.valid[s] = 0;
      n++;
    }
  }
  return n;
}

/** INVLPG: drops every entry for `vpn`, global ones too, whatever its tag. Returns how many. */
export function invalidatePage(a: TlbArrays, vpn: number): number {
  let n = 0;
  const base = ((vpn >>> 0) % a.sets) * a.ways;
  for (let s = base; s < base + a.ways; s++) {
    if (a.valid[s] === 1 && a.vpn[s] === vpn) {
      ownEntries(a);
      a.valid[s] = 0;
      n++;
    }
  }
  return n;
}
