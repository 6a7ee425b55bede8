import type { TlbMetrics } from './model.ts';

/**
 * The cost table that turns counters into an estimated time. Every figure comes from a
 * measurement named at DEFAULT_COSTS; where a cost is derived, the comment shows how.
 */
export interface TlbCostTable {
  /** Time of one access whose translation hits the TLB, in ns. */
  tlbHitNs: number;
  /** Time of one memory reference of a page walk, in ns. */
  walkRefNs: number;
  /** Direct cost of a task switch (thread or process), in ns. */
  switchNs: number;
  /** Extra direct cost of the flush itself, in ns. */
  flushNs: number;
  /** Direct cost of entering and leaving the kernel (system call, interrupt), in ns. */
  modeSwitchNs: number;
  /** Clock used to express ns as cycles, in GHz. */
  clockGHz: number;
}

/**
 * Default costs.
 * - tlbHitNs 5: OSTEP ch. 19 homework, about 5 ns per access while the pages fit the TLB
 *   (https://pages.cs.wisc.edu/~remzi/OSTEP/vm-tlbs.pdf).
 * - walkRefNs 16.25: OSTEP's about 70 ns per access near 1024 pages, minus the 5 ns hit,
 *   spread over the 4 references of a four-level walk: (70 − 5) / 4.
 * - switchNs 2700: about 2.7 µs per switch measured on a 2-vCPU KVM machine with PCID, for
 *   processes and threads alike: one run of the book's pingpong.c
 *   (src/content/docs/switching/switch-cost.mdx, 动手：用管道测一测).
 * - flushNs 0: the CR3 write is already inside the measured 2.7 µs; the flush's real cost is the
 *   refills, which the model counts as walks.
 * - modeSwitchNs 1800: lmbench 1996 puts a system call at 4 µs against 6 µs for a context switch
 *   (OSTEP ch. 6, https://pages.cs.wisc.edu/~remzi/OSTEP/cpu-mechanisms.pdf); the same 4 : 6 ratio
 *   applied to 2.7 µs (a rough scale, stated as such).
 * - clockGHz 3: the 3.0 GHz i5-4590S of the IPC measurements (ipc-bench's README,
 *   https://github.com/goldsborough/ipc-bench), as a nominal clock.
 */
export const DEFAULT_COSTS: TlbCostTable = {
  tlbHitNs: 5,
  walkRefNs: (70 - 5) / 4,
  switchNs: 2700,
  flushNs: 0,
  modeSwitchNs: (2700 * 4) / 6,
  clockGHz: 3,
};

/** Rates and the estimated time derived from the counters. */
export interface TlbSummary {
  /** Hits / accesses (0 when nothing ran). */
  hitRate: number;
  /** Hit rate over the first N user accesses after each switch (null before any switch). */
  afterSwitchHitRate: number | null;
  /** Estimated time, split by cause, in ns. */
  costNs: { access: number; walks: number; switches: number; flushes: number; modeSwitches: number };
  /** Sum of the parts, in ns. */
  totalNs: number;
  /** The same in cycles at `clockGHz`. */
  cycles: number;
}

/** Derives rates and the estimated cost from the counters (nothing here is stored in the state). */
export function summarizeTlbMetrics(m: TlbMetrics, c: TlbCostTable = DEFAULT_COSTS): TlbSummary {
  const costNs = {
    access: m.accesses * c.tlbHitNs,
    walks: m.walkRefs * c.walkRefNs,
    switches: (m.threadSwitches + m.processSwitches) * c.switchNs,
    flushes: m.flushes * c.flushNs,
    modeSwitches: (m.syscalls + m.interrupts) * c.modeSwitchNs,
  };
  const totalNs = costNs.access + costNs.walks + costNs.switches + costNs.flushes + costNs.modeSwitches;
  return {
    hitRate: m.accesses === 0 ? 0 : m.hits / m.accesses,
    afterSwitchHitRate: m.afterSwitchAccesses === 0 ? null : m.afterSwitchHits / m.afterSwitchAccesses,
    costNs,
    totalNs,
    cycles: Math.round(totalNs * c.clockGHz),
  };
}
