import type { Pfn, VirtAddr } from '../units.ts';
import { linear48 } from '../canonical.ts';

/**
 * The x86-64 four-level page table, kept as plain JSON: every table lives in a
 * physical frame, and an entry points either to the next table's frame or to a
 * data frame (a leaf). A walk reads one entry per level, so it costs one memory
 * reference per level visited.
 *
 * @see https://elixir.bootlin.com/linux/latest/source/arch/x86/include/asm/pgtable_64_types.h
 *   (PGDIR_SHIFT 39, PUD_SHIFT 30, PMD_SHIFT 21; 512 entries a table)
 */

/** Shifts of the PML4, PDPT, PD and PT indices in a 48-bit virtual address. */
export const LEVEL_SHIFTS = [39, 30, 21, 12] as const;
/** Entries per table: 512, so each index has 9 bits. */
export const ENTRIES_PER_TABLE = 512;
/** Base page shift: 4 KiB pages. */
export const PAGE_SHIFT = 12;
/** First PML4 index of the kernel half (bit 47 set). */
export const KERNEL_PML4_START = 256;
/** Names of the four levels, top first, as the Intel SDM calls them. */
export const LEVEL_NAMES = ['PML4', 'PDPT', 'PD', 'PT'] as const;

/** One page-table entry: the frame it points to, whether it maps data, and the global bit. */
export interface Pte {
  /** Frame of the next table, or of the data page when `leaf`. */
  frame: number;
  /** True when this entry maps a page (a PT entry, or a 2 MiB page in a PD). */
  leaf: boolean;
  /** Global pages (the kernel's) survive a CR3 write. */
  global: boolean;
}

/** Physical memory as far as page tables go: tables by frame, and the next free frame. */
export interface PhysMem {
  /** Table frame → index → entry. */
  tables: Record<number, Record<number, Pte>>;
  /** Next frame the allocator hands out. */
  nextFrame: number;
}

/** The result of a page walk: the data frame (or null on a fault) and the memory references made. */
export interface WalkResult {
  pfn: Pfn | null;
  /** Entries read, one per level visited: 4 for a 4 KiB page, 3 for a 2 MiB page. */
  refs: number;
  /** True when the walk ended at a 2 MiB page in the PD. */
  huge: boolean;
}

/** The four 9-bit indices and the 12-bit offset of an address. */
export interface AddressSplit {
  indices: [number, number, number, number];
  offset: number;
}

/** Splits a 48-bit virtual address into its PML4/PDPT/PD/PT indices and page offset (non-canonical: #GP, see canonical.ts). */
export function splitAddress(va: VirtAddr | bigint): AddressSplit {
  va = linear48(va) as VirtAddr;
  const idx = LEVEL_SHIFTS.map((s) => Math.floor(va / 2 ** s) % ENTRIES_PER_TABLE);
  return { indices: [idx[0]!, idx[1]!, idx[2]!, idx[3]!], offset: va % 2 ** PAGE_SHIFT };
}

/** Creates empty physical memory whose allocator starts at `firstFrame`. */
export function createPhysMem(firstFrame = 1): PhysMem {
  return { tables: {}, nextFrame: firstFrame };
}

/** Allocates a fresh, empty table; returns the new memory and the table's frame. */
export function allocTable(mem: PhysMem): [PhysMem, number] {
  const frame = mem.nextFrame;
  return [{ tables: { ...mem.tables, [frame]: {} }, nextFrame: frame + 1 }, frame];
}

/** Options for mapping a page. */
export interface MapOptions {
  /** Data frame to map; a fresh frame is allocated when omitted. */
  pfn?: number;
  /** Set the global bit (kernel pages). */
  global?: boolean;
  /** Map a 2 MiB page with a leaf in the PD (three-level walk). */
  huge?: boolean;
}

/** Maps one page under `root`, allocating missing tables; returns the new memory and the data frame. */
export function mapPage(mem: PhysMem, root: number, va: VirtAddr, opts: MapOptions = {}): [PhysMem, Pfn] {
  const own = cloneMem(mem);
  return [own, mapInto(own, root, va, opts, new Set())];
}

/** Maps `count` consecutive 4 KiB pages starting at `va` (page aligned); one copy for the whole range. */
export function mapRange(
  mem: PhysMem,
  root: number,
  va: VirtAddr,
  count: number,
  opts: Omit<MapOptions, 'pfn' | 'huge'> = {},
): PhysMem {
  const own = cloneMem(mem);
  const copied = new Set<number>();
  for (let i = 0; i < count; i++) mapInto(own, root, (va + i * 2 ** PAGE_SHIFT) as VirtAddr, opts, copied);
  return own;
}

/** Copies the kernel half (PML4 entries 256–511) of `fromRoot` into `toRoot`, as Linux shares it. */
export function shareKernelHalf(mem: PhysMem, fromRoot: number, toRoot: number): PhysMem {
  const from = mem.tables[fromRoot] ?? {};
  const to = { ...(mem.tables[toRoot] ?? {}) };
  for (const [k, e] of Object.entries(from)) if (Number(k) >= KERNEL_PML4_START) to[Number(k)] = e;
  return { tables: { ...mem.tables, [toRoot]: to }, nextFrame: mem.nextFrame };
}

/**
 * Walks the four levels from `root` for `va`, counting one memory reference per entry read.
 * A non-canonical address never reaches the walk: it throws {@link NonCanonicalAddressError},
 * as the CPU raises #GP (2^48 + 0x1000 is not 0x1000).
 */
export function walkPageTable(mem: PhysMem, root: number, va: VirtAddr | bigint): WalkResult {
  va = linear48(va) as VirtAddr;
  let frame = root;
  for (let level = 0; level < 4; level++) {
    const e = mem.tables[frame]?.[Math.floor(va / 2 ** LEVEL_SHIFTS[level]!) % ENTRIES_PER_TABLE];
    if (e === undefined) return { pfn: null, refs: level + 1, huge: false };
    if (e.leaf) {
      // A 2 MiB leaf in the PD: the frame covers 512 small frames; add the 4 KiB index inside it.
      const extra = level === 2 ? Math.floor(va / 2 ** PAGE_SHIFT) % ENTRIES_PER_TABLE : 0;
      return { pfn: (e.frame + extra) as Pfn, refs: level + 1, huge: level === 2 };
    }
    frame = e.frame;
  }
  return { pfn: null, refs: 4, huge: false };
}

/** Walk without allocating: returns the data frame or -1; used by the simulator's fast path. */
export function walkFrame(mem: PhysMem, root: number, vpn: number): number {
  let frame = root;
  for (let level = 0; level < 4; level++) {
    const t = mem.tables[frame];
    if (t === undefined) return -1;
    const e = t[Math.floor(vpn / 2 ** (LEVEL_SHIFTS[level]! - PAGE_SHIFT)) % ENTRIES_PER_TABLE];
    if (e === undefined) return -1;
    if (e.leaf) return level === 2 ? e.frame + (vpn % ENTRIES_PER_TABLE) : e.frame;
    frame = e.frame;
  }
  return -1;
}

function cloneMem(mem: PhysMem): PhysMem {
  return { tables: { ...mem.tables }, nextFrame: mem.nextFrame };
}

/**
 * Mutates `own` (a private copy): copies each touched table once before writing to it
 * (`copied` remembers which tables are already private to this copy).
 */
function mapInto(own: PhysMem, root: number, va: VirtAddr, opts: MapOptions, copied: Set<number>): Pfn {
  const writable = (frame: number): Record<number, Pte> => {
    if (!copied.has(frame)) {
      own.tables[frame] = { ...(own.tables[frame] ?? {}) };
      copied.add(frame);
    }
    return own.tables[frame]!;
  };
  const leafLevel = opts.huge ? 2 : 3;
  let frame = root;
  for (let level = 0; level < leafLevel; level++) {
    const idx = Math.floor(va / 2 ** LEVEL_SHIFTS[level]!) % ENTRIES_PER_TABLE;
    const table = writable(frame);
    let e = table[idx];
    if (e === undefined) {
      e = { frame: own.nextFrame++, leaf: false, global: false };
      own.tables[e.frame] = {};
      copied.add(e.frame);
      table[idx] = e;
    } else if (e.leaf) throw new RangeError(`地址 ${va} 已被一个大页映射`);
    frame = e.frame;
  }
  const idx = Math.floor(va / 2 ** LEVEL_SHIFTS[leafLevel]!) % ENTRIES_PER_TABLE;
  const table = writable(frame);
  let data = opts.pfn;
  if (data === undefined) {
    // A 2 MiB page needs 512 consecutive, 512-aligned frames.
    if (opts.huge) own.nextFrame = Math.ceil(own.nextFrame / ENTRIES_PER_TABLE) * ENTRIES_PER_TABLE;
    data = own.nextFrame;
    own.nextFrame += opts.huge ? ENTRIES_PER_TABLE : 1;
  }
  table[idx] = { frame: data, leaf: true, global: opts.global ?? false };
  return data as Pfn;
}
