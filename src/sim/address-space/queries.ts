/**
 * Questions a reader asks of a state: which regions a thread sees, which pages are private or
 * shared (and with whom), where each virtual page lives in physical memory, and the totals.
 */
import { PAGE_SIZE } from './constants.ts';
import type { AddressSpaceState, Process, Region } from './model.ts';

/** One resident virtual page and its frame. */
export interface PageInfo {
  addr: number;
  pfn: number;
  region: string;
  /** Write-protected until a write copies it. */
  cow: boolean;
  /** Other processes whose page tables map the same frame. */
  sharedWith: number[];
}

/** A region with its resident and shared page counts, for the regions table. */
export interface RegionInfo extends Region {
  size: number;
  resident: number;
  /** Resident pages whose frame is also mapped elsewhere. */
  shared: number;
  cow: number;
  /** Processes that map at least one of this region's frames. */
  sharedWith: number[];
  /** For stacks: the thread that runs on it. */
  thread?: number;
}

/** Frame number → every (pid, page address) that maps it. */
export function frameMappers(s: AddressSpaceState): Map<number, { pid: number; addr: number }[]> {
  const out = new Map<number, { pid: number; addr: number }[]>();
  for (const p of s.processes) {
    for (const [key, pte] of Object.entries(p.ptes)) {
      const list = out.get(pte.pfn) ?? [];
      list.push({ pid: p.pid, addr: Number(key) * PAGE_SIZE });
      out.set(pte.pfn, list);
    }
  }
  return out;
}

/** Finds a process or throws a readable error. */
export function processOf(s: AddressSpaceState, pid: number): Process {
  const p = s.processes.find((q) => q.pid === pid);
  if (!p) throw new Error(`没有进程 ${pid}`);
  return p;
}

/** The virtual-to-physical map of one process, in address order. */
export function pageMap(s: AddressSpaceState, pid: number): PageInfo[] {
  const p = processOf(s, pid);
  const mappers = frameMappers(s);
  return Object.entries(p.ptes)
    .map(([key, pte]) => {
      const addr = Number(key) * PAGE_SIZE;
      const region = p.regions.find((r) => r.start <= addr && addr < r.end)?.name ?? '?';
      const others = (mappers.get(pte.pfn) ?? []).map((m) => m.pid).filter((x) => x !== pid);
      return {
        addr,
        pfn: pte.pfn,
        region,
        cow: pte.cow,
        sharedWith: [...new Set(others)].sort((a, b) => a - b),
      };
    })
    .sort((a, b) => a.addr - b.addr);
}

/** Every region of a process with its resident, shared and copy-on-write page counts. */
export function regionTable(s: AddressSpaceState, pid: number): RegionInfo[] {
  const p = processOf(s, pid);
  const mappers = frameMappers(s);
  const rows = p.regions.map((r): RegionInfo => {
    const info: RegionInfo = { ...r, size: r.end - r.start, resident: 0, shared: 0, cow: 0, sharedWith: [] };
    const thread = p.threads.find((t) => t.stack === r.name)?.tid;
    if (thread !== undefined) info.thread = thread;
    return info;
  });
  // One pass over the resident pages (not over every page of an 8 MiB stack or a 64 MiB reservation).
  const withPids = rows.map(() => new Set<number>());
  for (const [key, pte] of Object.entries(p.ptes)) {
    const addr = Number(key) * PAGE_SIZE;
    const i = rows.findIndex((r) => r.start <= addr && addr < r.end);
    if (i < 0) continue;
    const row = rows[i]!;
    row.resident += 1;
    if (pte.cow) row.cow += 1;
    const users = mappers.get(pte.pfn) ?? [];
    if (users.length > 1) row.shared += 1;
    for (const u of users) if (u.pid !== pid) withPids[i]!.add(u.pid);
  }
  rows.forEach((row, i) => (row.sharedWith = [...withPids[i]!].sort((a, b) => a - b)));
  return rows;
}

/** How a thread relates to a region it can see. */
export type Visibility = 'own-stack' | 'other-stack' | 'shared-by-threads';

/**
 * What one thread can address: every region of its process (other threads' stacks included —
 * nothing but convention keeps them apart), marked by whose it is. The kernel half is not visible
 * in user mode.
 */
export function visibleTo(
  s: AddressSpaceState,
  pid: number,
  tid: number,
): { region: string; visibility: Visibility }[] {
  const p = processOf(s, pid);
  const own = p.threads.find((t) => t.tid === tid);
  if (!own) throw new Error(`进程 ${pid} 中没有线程 ${tid}`);
  const stacks = new Set(p.threads.map((t) => t.stack));
  return p.regions.map((r) => ({
    region: r.name,
    visibility: r.name === own.stack ? 'own-stack' : stacks.has(r.name) ? 'other-stack' : 'shared-by-threads',
  }));
}

/** Totals of one process. */
export interface ProcessTotals {
  pid: number;
  virtualSize: number;
  resident: number;
  shared: number;
  private: number;
}

/** Totals over the machine: per process, and physical frames in use, shared and held only by caches. */
export function totals(s: AddressSpaceState): {
  processes: ProcessTotals[];
  framesInUse: number;
  sharedFrames: number;
  cacheOnlyFrames: number;
} {
  const mappers = frameMappers(s);
  const processes = s.processes.map((p) => {
    const ptes = Object.values(p.ptes);
    const shared = ptes.filter((pte) => (mappers.get(pte.pfn)?.length ?? 0) > 1).length;
    const virtualSize = p.regions.reduce((sum, r) => sum + r.end - r.start, 0);
    return { pid: p.pid, virtualSize, resident: ptes.length, shared, private: ptes.length - shared };
  });
  const inUse = s.frames.filter((refs) => refs > 0).length;
  const sharedFrames = [...mappers.values()].filter((m) => m.length > 1).length;
  return { processes, framesInUse: inUse, sharedFrames, cacheOnlyFrames: inUse - mappers.size };
}
