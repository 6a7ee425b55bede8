import type { TlbScenario } from './model.ts';
import { PAGE_SIZE } from '../units.ts';

/**
 * Where each task's accesses go. Addresses depend only on the task, its access
 * count and its own random numbers, never on the policy, so the three policies
 * replay exactly the same trace.
 */

/**
 * Base of task 0's data: the PIE load address with ASLR off.
 * @see https://elixir.bootlin.com/linux/latest/source/arch/x86/include/asm/elf.h (ELF_ET_DYN_BASE: two thirds of the 47-bit window)
 */
export const USER_BASE = 0x555555554000;
/**
 * Each task's region starts 1 GiB after the previous one, plus the task's working
 * set (so regions of consecutive tasks fall into different TLB sets instead of all
 * aliasing to the same ones), unless `sameAddresses`.
 */
export const REGION_BYTES = 2 ** 30;
/**
 * The kernel's direct map, 0xffff888000000000, written as its 48-bit form
 * (bit 47 set = kernel half; the walk uses bits 47–12 only).
 * @see https://docs.kernel.org/arch/x86/x86_64/mm.html (ffff888000000000: direct mapping of all physical memory)
 */
export const KERNEL_BASE = 0x888000000000;
/** Hot-set loops of the working-set kind run this many times before the window moves. */
export const WORKING_SET_LOOPS = 4;

/** First byte of task `task`'s region. */
export function regionBase(sc: TlbScenario, task: number): number {
  return USER_BASE + (sc.trace.sameAddresses ? 0 : task * (REGION_BYTES + sc.trace.pages * PAGE_SIZE));
}

/** Trace constants worked out once per run, so generating an address is a few arithmetic operations. */
export interface TraceParams {
  /** 0 sequential, 1 strided, 2 random, 3 working-set. */
  kind: number;
  bytes: number;
  step: number;
  stride: number;
  hotBytes: number;
  perLoop: number;
  windows: number;
  /** Region base of each task. */
  bases: number[];
}

/** Works out the trace constants of a scenario. */
export function traceParams(sc: TlbScenario): TraceParams {
  const t = sc.trace;
  const hot = Math.min(t.hotPages, t.pages);
  const hotBytes = hot * PAGE_SIZE;
  return {
    kind: ['sequential', 'strided', 'random', 'working-set'].indexOf(t.kind),
    bytes: t.pages * PAGE_SIZE,
    step: t.step,
    stride: t.stride,
    hotBytes,
    perLoop: Math.max(1, Math.ceil(hotBytes / t.step)),
    windows: Math.ceil(t.pages / hot),
    bases: Array.from({ length: sc.tasks }, (_, i) => regionBase(sc, i)),
  };
}

/**
 * The virtual address of access number `cursor` of task `task`; `rand` is a
 * uniform 32-bit number, used only by the random kind.
 */
export function userAddress(p: TraceParams, task: number, cursor: number, rand: number): number {
  let off: number;
  if (p.kind === 0) off = (cursor * p.step) % p.bytes;
  else if (p.kind === 1) off = (cursor * p.stride) % p.bytes;
  else if (p.kind === 2) off = Math.floor((rand / 4294967296) * (p.bytes / 8)) * 8;
  else {
    // Loop WORKING_SET_LOOPS times over a hot window of pages, then move on to the next hot window of pages.
    const window = Math.floor(cursor / (p.perLoop * WORKING_SET_LOOPS)) % p.windows;
    off = Math.min(window * p.hotBytes + (((cursor % p.perLoop) * p.step) % p.hotBytes), p.bytes - 8);
  }
  return p.bases[task]! + off;
}

/** The address of a kernel access to kernel page `page` at byte `offset`. */
export function kernelAddress(page: number, offset: number): number {
  return KERNEL_BASE + page * PAGE_SIZE + offset;
}
