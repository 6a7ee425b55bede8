/**
 * Builds a fresh process image (what execve leaves behind) and places new mappings in the
 * mmap area, top-down, as Linux does on x86-64.
 */
import { nextInt } from '../rng.ts';
import { ASLR, MMAP_GAP, NON_PIE_BASE, PAGE_SIZE, PIE_BASE, STACK_TOP } from './constants.ts';
import { allocFrame, populateRegion, setPte, sortRegions } from './frames.ts';
import type { AddressSpaceState, Process, Region } from './model.ts';

/** Draws a page-aligned random offset below `pages` pages from the state's generator (0 with ASLR off). */
function randomPages(s: AddressSpaceState, pages: number): number {
  if (!s.config.aslr) return 0;
  const [n, rng] = nextInt(s.rng, pages);
  s.rng = rng;
  return n * PAGE_SIZE;
}

/** The short name of a path: `/usr/lib/x86_64-linux-gnu/libc.so.6` → `libc.so.6`. */
export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Page-cache object name of a file. */
export const fileObject = (path: string): string => `file:${path}`;

/**
 * Finds the highest free range of `size` bytes below the process's mmap top (first fit,
 * top-down, as Linux's default `vm_unmapped_area` search does), its start a multiple of `align`.
 */
export function placeMapping(p: Process, size: number, align = PAGE_SIZE): number {
  let cursor = p.mmapTop;
  const below = p.regions.filter((r) => r.end <= p.mmapTop).sort((a, b) => b.end - a.end);
  for (const r of below) {
    if (Math.floor((cursor - size) / align) * align >= r.end) break;
    cursor = Math.min(cursor, r.start);
  }
  const start = Math.floor((cursor - size) / align) * align;
  if (start < p.brk) throw new Error(`mmap 区已满：放不下 ${size} 字节`);
  return start;
}

/** Adds a region (kept sorted) and returns it. */
export function addRegion(p: Process, region: Region): Region {
  p.regions.push(region);
  sortRegions(p);
  return region;
}

/**
 * Creates a process image: the program's text, rodata, data and bss at the PIE or non-PIE base,
 * an empty heap just above, the loader and libraries in the mmap area, and the main stack with
 * its top page resident (argv and the environment). Mutates `s` (frames, objects, rng).
 */
export function buildImage(
  s: AddressSpaceState,
  ids: { pid: number; parent: number | null },
  program: string,
  pie: boolean,
): Process {
  const { image, libraries } = s.config;
  const base = pie ? PIE_BASE + randomPages(s, ASLR.mmapPages) : NON_PIE_BASE;
  const stackTop = STACK_TOP - randomPages(s, ASLR.stackPages);
  const mmapTop = STACK_TOP - MMAP_GAP - (s.config.aslr ? ASLR.stackPages * PAGE_SIZE : 0);
  const p: Process = {
    pid: ids.pid,
    parent: ids.parent,
    program,
    pie,
    regions: [],
    ptes: {},
    threads: [{ tid: ids.pid, stack: 'stack', sp: stackTop, frames: [] }],
    allocations: [],
    arenas: [],
    heapStart: 0,
    heapTop: 0,
    brk: 0,
    mmapTop: mmapTop - randomPages(s, ASLR.mmapPages),
    stackTop,
  };
  const exe = fileObject(program);
  let at = base;
  let filePage = 0;
  const segments = [
    ['text', 'r-xp', image.text],
    ['rodata', 'r--p', image.rodata],
    ['data', 'rw-p', image.data],
  ] as const;
  for (const [kind, perms, pages] of segments) {
    const r = addRegion(p, {
      name: kind,
      kind,
      start: at,
      end: at + pages * PAGE_SIZE,
      perms,
      backing: { kind: 'file', object: exe, firstPage: filePage },
    });
    populateRegion(s, p, r);
    at = r.end;
    filePage += pages;
  }
  addRegion(p, {
    name: 'bss',
    kind: 'bss',
    start: at,
    end: at + image.bss * PAGE_SIZE,
    perms: 'rw-p',
    backing: { kind: 'anon' },
  });
  p.heapStart = p.heapTop = p.brk = at + image.bss * PAGE_SIZE + randomPages(s, ASLR.brkPages);
  for (const lib of libraries) {
    const size = (lib.textPages + lib.dataPages) * PAGE_SIZE;
    const start = placeMapping(p, size);
    const name = baseName(lib.path);
    const object = fileObject(lib.path);
    const split = start + lib.textPages * PAGE_SIZE;
    const text = addRegion(p, {
      name: `${name}:text`,
      kind: 'lib-text',
      start,
      end: split,
      perms: 'r-xp',
      backing: { kind: 'file', object, firstPage: 0 },
    });
    const data = addRegion(p, {
      name: `${name}:data`,
      kind: 'lib-data',
      start: split,
      end: start + size,
      perms: 'rw-p',
      backing: { kind: 'file', object, firstPage: lib.textPages },
    });
    populateRegion(s, p, text);
    populateRegion(s, p, data);
  }
  addRegion(p, {
    name: 'stack',
    kind: 'stack',
    start: stackTop - PAGE_SIZE,
    end: stackTop,
    perms: 'rw-p',
    backing: { kind: 'anon' },
  });
  setPte(p, stackTop - PAGE_SIZE, { pfn: allocFrame(s), cow: false });
  return p;
}
