import type { TlbState } from './model.ts';

/**
 * The TLB's slots as typed arrays, and the operations on them. Both the
 * per-step API and the fast path run these same functions, so they cannot
 * disagree; the public state stays plain JSON ({@link TlbState}).
 */

/** Mutable working copy of a TLB. */
export interface TlbArrays {
  sets: number;
  ways: number;
  vpn: Float64Array;
  asid: Int32Array;
  pfn: Float64Array;
  global: Uint8Array;
  valid: Uint8Array;
  stamp: Float64Array;
  clock: number;
}

/** Copies a JSON TLB into typed arrays. */
export function toArrays(t: TlbState): TlbArrays {
  return {
    sets: t.sets,
    ways: t.ways,
    vpn: Float64Array.from(t.vpn),
    asid: Int32Array.from(t.asid),
    pfn: Float64Array.from(t.pfn),
    global: Uint8Array.from(t.global),
    valid: Uint8Array.from(t.valid),
    stamp: Float64Array.from(t.stamp),
    clock: t.clock,
  };
}

/** Copies typed arrays back into a JSON TLB. */
export function fromArrays(a: TlbArrays): TlbState {
  return {
    sets: a.sets,
    ways: a.ways,
    vpn: Array.from(a.vpn),
    asid: Array.from(a.asid),
    pfn: Array.from(a.pfn),
    global: Array.from(a.global),
    valid: Array.from(a.valid),
    stamp: Array.from(a.stamp),
    clock: a.clock,
  };
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
    if (a.valid[s] === 1 && a.vpn[s] === vpn && (a.global[s] === 1 || a.asid[s] === asid)) return s;
  }
  return -1;
}

/** Marks a slot as just used (LRU). */
export function touchSlot(a: TlbArrays, slot: number): void {
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
      a.valid[s] = 0;
      n++;
    }
  }
  return n;
}
