/**
 * What touches memory inside one process: writes (demand-zero and copy-on-write faults),
 * malloc/free (brk heap below the mmap threshold, own mapping above), and stack frames.
 * Functions mutate the draft state cloned by step.ts and append to `trace`.
 */
import { MALLOC_ALIGN, PAGE_SIZE, STACK_ALIGN } from './constants.ts';
import {
  allocFrame,
  pageOf,
  pteAt,
  regionAt,
  releaseFrame,
  roundDownPage,
  roundUpPage,
  setPte,
  unmapRange,
} from './frames.ts';
import { arenaFree, arenaMalloc } from './arena.ts';
import { addRegion, placeMapping } from './layout.ts';
import type { AddressSpaceState, Process, Thread, TraceEntry } from './model.ts';

const roundUp = (n: number, to: number): number => Math.ceil(n / to) * to;

/** Removes a process and releases every frame it maps; returns how many mappings were dropped. */
export function removeProcess(s: AddressSpaceState, p: Process): number {
  const freed = unmapRange(s, p, 0, Number.MAX_SAFE_INTEGER);
  s.processes = s.processes.filter((q) => q.pid !== p.pid);
  return freed;
}

/** Delivers SIGSEGV: the process dies and its frames are released. */
function segv(
  s: AddressSpaceState,
  p: Process,
  tid: number,
  addr: number,
  why: 'read-only' | 'guard' | 'stack-limit',
  trace: TraceEntry[],
): false {
  trace.push({ kind: 'segv', pid: p.pid, tid, addr, why });
  trace.push({ kind: 'exit', pid: p.pid, unmappedPages: removeProcess(s, p) });
  return false;
}

/**
 * Writes to the page holding `addr`, as the MMU and the page-fault handler would: a missing
 * anonymous page gets a zeroed frame; a copy-on-write page gets its own copy, unless nobody else
 * holds the frame, in which case it is simply made writable. Returns false if the process died.
 */
export function writePage(
  s: AddressSpaceState,
  p: Process,
  tid: number,
  addr: number,
  trace: TraceEntry[],
): boolean {
  const r = regionAt(p, addr);
  if (!r || r.perms[1] !== 'w')
    return segv(s, p, tid, addr, r?.kind === 'guard' ? 'guard' : 'read-only', trace);
  const page = roundDownPage(addr);
  const pte = pteAt(p, addr);
  if (!pte) {
    if (r.backing.kind !== 'anon') throw new Error(`${r.name} 的页应在映射时就已装入`);
    const pfn = allocFrame(s);
    setPte(p, page, { pfn, cow: false });
    trace.push({ kind: 'fault', pid: p.pid, addr: page, reason: 'demand-zero', pfn });
  } else if (!pte.cow) {
    trace.push({ kind: 'write', pid: p.pid, addr: page, pfn: pte.pfn });
  } else if (s.frames[pte.pfn] === 1) {
    pte.cow = false;
    trace.push({ kind: 'fault', pid: p.pid, addr: page, reason: 'cow-reuse', pfn: pte.pfn });
  } else {
    const pfn = allocFrame(s);
    releaseFrame(s, pte.pfn);
    setPte(p, page, { pfn, cow: false });
    trace.push({ kind: 'fault', pid: p.pid, addr: page, reason: 'cow-copy', pfn, oldPfn: pte.pfn });
  }
  return true;
}

/**
 * malloc: requests of at least the mmap threshold get their own anonymous mapping; smaller ones
 * come from the heap (first fit among freed blocks, else the top, moving brk up to a page boundary),
 * or, for a thread other than the first, from that thread's arena. The model ignores chunk headers'
 * size, but glibc writes the header, so the block's first page is touched.
 */
export function malloc(
  s: AddressSpaceState,
  p: Process,
  t: Thread,
  bytes: number,
  trace: TraceEntry[],
): void {
  const id = s.nextAlloc++;
  const small = bytes < s.config.mmapThreshold;
  const fromArena = small && t !== p.threads[0] ? arenaMalloc(p, t, id, bytes, trace) : null;
  const start =
    fromArena ??
    (small && t === p.threads[0] ? heapMalloc(p, id, bytes, trace) : mmapMalloc(p, id, bytes, trace));
  writePage(s, p, t.tid, start, trace);
}

/** A block with its own anonymous mapping `mmap:<id>`. */
function mmapMalloc(p: Process, id: number, bytes: number, trace: TraceEntry[]): number {
  const size = roundUpPage(bytes);
  const start = placeMapping(p, size);
  const r = addRegion(p, {
    name: `mmap:${id}`,
    kind: 'anon-mmap',
    start,
    end: start + size,
    perms: 'rw-p',
    backing: { kind: 'anon' },
  });
  trace.push({ kind: 'map', pid: p.pid, region: r.name, start: r.start, end: r.end, perms: r.perms });
  p.allocations.push({ id, via: 'mmap', start, bytes, freed: false });
  trace.push({ kind: 'malloc', pid: p.pid, alloc: id, via: 'mmap', addr: start, bytes });
  return start;
}

/** A block from the brk heap. */
function heapMalloc(p: Process, id: number, bytes: number, trace: TraceEntry[]): number {
  const size = roundUp(Math.max(bytes, 1), MALLOC_ALIGN);
  const reuse = p.allocations.find(
    (a) => a.via === 'heap' && a.freed && roundUp(a.bytes, MALLOC_ALIGN) >= size,
  );
  let start: number;
  if (reuse) {
    start = reuse.start;
    p.allocations = p.allocations.filter((a) => a !== reuse);
  } else {
    start = p.heapTop;
    p.heapTop += size;
    if (p.heapTop > p.brk) growBrk(p, roundUpPage(p.heapTop), trace);
  }
  p.allocations.push({ id, via: 'heap', start, bytes, freed: false });
  trace.push({ kind: 'malloc', pid: p.pid, alloc: id, via: 'heap', addr: start, bytes });
  return start;
}

/** Moves the program break up, creating the [heap] region on first use. */
function growBrk(p: Process, to: number, trace: TraceEntry[]): void {
  const heap = p.regions.find((r) => r.kind === 'heap');
  if (heap) heap.end = to;
  else
    addRegion(p, {
      name: 'heap',
      kind: 'heap',
      start: p.heapStart,
      end: to,
      perms: 'rw-p',
      backing: { kind: 'anon' },
    });
  trace.push({ kind: 'brk', pid: p.pid, from: p.brk, to });
  p.brk = to;
}

/**
 * free: an mmap'd block is unmapped at once (its frames released); a heap block goes back to
 * malloc's free list — brk does not move and its pages stay resident. Returns false if `alloc` is unknown.
 */
export function free(s: AddressSpaceState, p: Process, alloc: number, trace: TraceEntry[]): boolean {
  const a = p.allocations.find((x) => x.id === alloc && !x.freed);
  if (!a) return false;
  if (a.via === 'mmap') {
    const r = p.regions.find((x) => x.name === `mmap:${alloc}`)!;
    unmapRange(s, p, r.start, r.end);
    p.regions = p.regions.filter((x) => x !== r);
    p.allocations = p.allocations.filter((x) => x !== a);
    trace.push({ kind: 'unmap', pid: p.pid, region: r.name, start: r.start, end: r.end });
  } else if (a.via === 'arena') {
    a.freed = true;
    arenaFree(p, a.start);
  } else {
    a.freed = true;
    const live = p.allocations.filter((x) => x.via === 'heap' && !x.freed);
    p.heapTop = Math.max(p.heapStart, ...live.map((x) => x.start + roundUp(x.bytes, MALLOC_ALIGN)));
    p.allocations = p.allocations.filter((x) => !(x.freed && x.start >= p.heapTop));
  }
  trace.push({ kind: 'free', pid: p.pid, alloc, via: a.via });
  return true;
}

/**
 * A function call pushes a frame: the stack pointer moves down and the pages it crosses are written.
 * The main stack grows on demand up to RLIMIT_STACK; a thread stack is fixed and ends at its guard page.
 */
export function call(
  s: AddressSpaceState,
  p: Process,
  t: Thread,
  bytes: number,
  fn: string,
  trace: TraceEntry[],
): boolean {
  const from = t.sp;
  const to = from - roundUp(Math.max(bytes, 1), STACK_ALIGN);
  const r = p.regions.find((x) => x.name === t.stack)!;
  let grew = false;
  if (to < r.start) {
    if (r.kind !== 'stack') return segv(s, p, t.tid, to, 'guard', trace);
    if (to < p.stackTop - s.config.stackLimit) return segv(s, p, t.tid, to, 'stack-limit', trace);
    r.start = roundDownPage(to);
    grew = true;
  }
  t.frames.push({ fn, bytes: from - to });
  t.sp = to;
  trace.push({ kind: 'stack', pid: p.pid, tid: t.tid, fn, from, to, grew });
  for (let page = pageOf(to); page <= pageOf(from - 1); page++) {
    if (!writePage(s, p, t.tid, page * PAGE_SIZE, trace)) return false;
  }
  return true;
}

/** A return pops the top frame; the pages stay resident (the kernel does not shrink stacks). */
export function ret(p: Process, t: Thread, trace: TraceEntry[]): boolean {
  const frame = t.frames.pop();
  if (!frame) return false;
  const from = t.sp;
  t.sp += frame.bytes;
  trace.push({ kind: 'stack', pid: p.pid, tid: t.tid, fn: frame.fn, from, to: t.sp, grew: false });
  return true;
}
