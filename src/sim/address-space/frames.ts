/**
 * The physical frame allocator and page-table helpers. These mutate the draft state that
 * step.ts clones at the start of every step, so the reducer stays pure from the outside.
 */
import { PAGE_SIZE } from './constants.ts';
import type { AddressSpaceState, Process, Pte, Region } from './model.ts';

/** Takes the lowest free frame (reference count 0), or a new one, with one reference. */
export function allocFrame(s: AddressSpaceState): number {
  const free = s.frames.indexOf(0);
  const pfn = free >= 0 ? free : s.frames.length;
  s.frames[pfn] = 1;
  return pfn;
}

/** Adds a reference to a frame (a new page-table entry or object holds it). */
export function retainFrame(s: AddressSpaceState, pfn: number): void {
  if (!(s.frames[pfn]! > 0)) throw new Error(`页框 ${pfn} 未分配，不能再引用`);
  s.frames[pfn]! += 1;
}

/** Drops a reference; the frame is free again when none is left. */
export function releaseFrame(s: AddressSpaceState, pfn: number): void {
  if (!(s.frames[pfn]! > 0)) throw new Error(`页框 ${pfn} 的引用计数已经是 0`);
  s.frames[pfn]! -= 1;
}

/** The virtual page number of an address. */
export const pageOf = (addr: number): number => Math.floor(addr / PAGE_SIZE);

/** Rounds up to a whole number of pages, in bytes. */
export const roundUpPage = (bytes: number): number => Math.ceil(bytes / PAGE_SIZE) * PAGE_SIZE;

/** Rounds down to a page boundary. */
export const roundDownPage = (addr: number): number => Math.floor(addr / PAGE_SIZE) * PAGE_SIZE;

/** The page-table entry for an address, if the page is resident. */
export const pteAt = (p: Process, addr: number): Pte | undefined => p.ptes[String(pageOf(addr))];

/** Maps a page to a frame the caller already holds a reference for. */
export function setPte(p: Process, addr: number, pte: Pte): void {
  p.ptes[String(pageOf(addr))] = pte;
}

/** Unmaps every resident page of [start, end) and releases the frames; returns how many. */
export function unmapRange(s: AddressSpaceState, p: Process, start: number, end: number): number {
  let freed = 0;
  for (const key of Object.keys(p.ptes)) {
    const addr = Number(key) * PAGE_SIZE;
    if (addr < start || addr >= end) continue;
    releaseFrame(s, p.ptes[key]!.pfn);
    delete p.ptes[key];
    freed += 1;
  }
  return freed;
}

/** Frames of a named object (page cache file or shm), created on demand up to `pages` pages. */
export function objectFrames(s: AddressSpaceState, object: string, pages: number): number[] {
  const frames = (s.objects[object] ??= []);
  while (frames.length < pages) frames.push(allocFrame(s));
  return frames;
}

/**
 * Maps every page of a file or shm region to its object's frames (like MAP_POPULATE): the same
 * frames appear in every process that maps the object. Private file pages are mapped copy-on-write.
 */
export function populateRegion(s: AddressSpaceState, p: Process, r: Region): number {
  if (r.backing.kind === 'anon') return 0;
  const pages = (r.end - r.start) / PAGE_SIZE;
  const frames = objectFrames(s, r.backing.object, r.backing.firstPage + pages);
  const shared = r.perms.endsWith('s');
  for (let i = 0; i < pages; i++) {
    const pfn = frames[r.backing.firstPage + i]!;
    retainFrame(s, pfn);
    setPte(p, r.start + i * PAGE_SIZE, { pfn, cow: !shared && r.perms[1] === 'w' });
  }
  return pages;
}

/** The region containing an address, if any. */
export const regionAt = (p: Process, addr: number): Region | undefined =>
  p.regions.find((r) => r.start <= addr && addr < r.end);

/** Keeps regions sorted by address, as /proc/PID/maps lists them. */
export function sortRegions(p: Process): void {
  p.regions.sort((a, b) => a.start - b.start);
}
