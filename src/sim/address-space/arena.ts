/**
 * glibc's per-thread malloc arenas: the first small malloc of a thread other than the first one
 * reserves a 64 MiB area aligned to its size (`---p`), and makes its low part read-write as it
 * fills (mprotect), much like brk moves for the main heap. Mutates the draft state from step.ts.
 * @see https://sourceware.org/git/?p=glibc.git;a=blob;f=malloc/arena.c (new_heap, HEAP_MAX_SIZE)
 */
import { ARENA_SIZE, MALLOC_ALIGN } from './constants.ts';
import { roundUpPage, sortRegions } from './frames.ts';
import { addRegion, placeMapping } from './layout.ts';
import type { Arena, Process, Thread, TraceEntry } from './model.ts';

const roundUp = (n: number, to: number): number => Math.ceil(n / to) * to;

/** The thread's arena, created (reserved, aligned) on first use. */
function arenaOf(p: Process, t: Thread, trace: TraceEntry[]): Arena {
  const found = p.arenas.find((a) => a.tid === t.tid);
  if (found) return found;
  const start = placeMapping(p, ARENA_SIZE, ARENA_SIZE);
  const arena: Arena = { tid: t.tid, start, top: start, limit: start };
  p.arenas.push(arena);
  addRegion(p, {
    name: `arena-reserve:${t.tid}`,
    kind: 'arena-reserve',
    start,
    end: start + ARENA_SIZE,
    perms: '---p',
    backing: { kind: 'anon' },
  });
  trace.push({ kind: 'arena', pid: p.pid, tid: t.tid, start, end: start + ARENA_SIZE });
  return arena;
}

/** Moves the boundary between the read-write part and the reservation up to `to` (mprotect). */
function growArena(p: Process, a: Arena, to: number, trace: TraceEntry[]): void {
  const reserve = p.regions.find((r) => r.name === `arena-reserve:${a.tid}`)!;
  const rw = p.regions.find((r) => r.name === `arena:${a.tid}`);
  if (rw) rw.end = to;
  else
    addRegion(p, {
      name: `arena:${a.tid}`,
      kind: 'arena',
      start: a.start,
      end: to,
      perms: 'rw-p',
      backing: { kind: 'anon' },
    });
  reserve.start = to;
  if (reserve.start === reserve.end) p.regions = p.regions.filter((r) => r !== reserve);
  sortRegions(p);
  trace.push({ kind: 'protect', pid: p.pid, region: `arena:${a.tid}`, from: a.limit, to });
  a.limit = to;
}

/**
 * Carves a small block from the thread's arena (first fit among its freed blocks, else the top).
 * Returns the block's address, or null when the arena is full (the caller falls back to mmap).
 */
export function arenaMalloc(
  p: Process,
  t: Thread,
  id: number,
  bytes: number,
  trace: TraceEntry[],
): number | null {
  const a = arenaOf(p, t, trace);
  const size = roundUp(Math.max(bytes, 1), MALLOC_ALIGN);
  const inArena = (x: { start: number }) => x.start >= a.start && x.start < a.start + ARENA_SIZE;
  const reuse = p.allocations.find(
    (x) => x.via === 'arena' && x.freed && inArena(x) && roundUp(x.bytes, MALLOC_ALIGN) >= size,
  );
  let start: number;
  if (reuse) {
    start = reuse.start;
    p.allocations = p.allocations.filter((x) => x !== reuse);
  } else {
    if (a.top + size > a.start + ARENA_SIZE) return null;
    start = a.top;
    a.top += size;
    if (a.top > a.limit) growArena(p, a, roundUpPage(a.top), trace);
  }
  p.allocations.push({ id, via: 'arena', start, bytes, freed: false });
  trace.push({ kind: 'malloc', pid: p.pid, alloc: id, via: 'arena', addr: start, bytes });
  return start;
}

/** Returns an arena block to its free list; the read-write part does not shrink. */
export function arenaFree(p: Process, start: number): void {
  const a = p.arenas.find((x) => start >= x.start && start < x.start + ARENA_SIZE);
  if (!a) return;
  const live = p.allocations.filter(
    (x) => x.via === 'arena' && !x.freed && x.start >= a.start && x.start < a.start + ARENA_SIZE,
  );
  a.top = Math.max(a.start, ...live.map((x) => x.start + roundUp(x.bytes, MALLOC_ALIGN)));
  p.allocations = p.allocations.filter(
    (x) => !(x.via === 'arena' && x.freed && x.start >= a.top && x.start < a.start + ARENA_SIZE),
  );
}
