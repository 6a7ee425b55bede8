/**
 * The address-space reducer: `initAddressSpace(config, seed)` and
 * `stepAddressSpace(state, event) -> [next, trace]`. Pure: the input state is never changed.
 */
import { seedRng } from '../rng.ts';
import { limitBreach } from './limits.ts';
import { GUARD_SIZE, PAGE_SIZE } from './constants.ts';
import { populateRegion, retainFrame, unmapRange } from './frames.ts';
import { addRegion, baseName, buildImage, fileObject, placeMapping } from './layout.ts';
import { call, free, malloc, removeProcess, ret, writePage } from './memory.ts';
import type {
  AddressSpaceConfig,
  AddressSpaceEvent,
  AddressSpaceState,
  Process,
  Thread,
  TraceEntry,
} from './model.ts';

/** The machine at start: one process running `config.program`, with its libraries loaded. */
export function initAddressSpace(config: AddressSpaceConfig, seed = 1): AddressSpaceState {
  const s: AddressSpaceState = {
    config: structuredClone(config),
    rng: seedRng(seed),
    processes: [],
    frames: [],
    objects: {},
    nextId: config.firstPid + 1,
    nextAlloc: 1,
    time: 0,
  };
  s.processes.push(buildImage(s, { pid: config.firstPid, parent: null }, config.program, config.pie));
  return s;
}

/**
 * Applies one event. An event that names a missing process, thread, region or block changes
 * nothing and is traced as `rejected`; so is one that would take the model past its limits
 * (limits.ts), with `limit: true`.
 */
export function stepAddressSpace(
  state: AddressSpaceState,
  event: AddressSpaceEvent,
): [AddressSpaceState, TraceEntry[]] {
  const s = structuredClone(state);
  s.time += 1;
  const trace: TraceEntry[] = [];
  const why = apply(s, event, trace);
  if (why !== null) return [{ ...state, time: state.time + 1 }, [{ kind: 'rejected', why }]];
  const limit = limitBreach(s);
  if (limit !== null)
    return [{ ...state, time: state.time + 1 }, [{ kind: 'rejected', why: limit, limit: true }]];
  return [s, trace];
}

/**
 * The events applied one at a time, on demand: first the initial state (with no trace), then the
 * state after each event and what it did. A figure pulls only the steps it shows.
 */
export function* walkAddressSpace(
  config: AddressSpaceConfig,
  events: readonly AddressSpaceEvent[],
  seed = 1,
): Generator<[AddressSpaceState, TraceEntry[]], void, undefined> {
  let state = initAddressSpace(config, seed);
  yield [state, []];
  for (const e of events) {
    const [next, trace] = stepAddressSpace(state, e);
    state = next;
    yield [next, trace];
  }
}

/** Runs every event from the initial state; returns each state (index 0 is the initial one) and each step's trace. */
export function runAddressSpace(
  config: AddressSpaceConfig,
  events: readonly AddressSpaceEvent[],
  seed = 1,
): { states: AddressSpaceState[]; traces: TraceEntry[][] } {
  const states: AddressSpaceState[] = [];
  const traces: TraceEntry[][] = [];
  for (const [state, trace] of walkAddressSpace(config, events, seed)) {
    if (states.push(state) > 1) traces.push(trace);
  }
  return { states, traces };
}

/** Mutates the draft; returns null on success or why the event was rejected. */
function apply(s: AddressSpaceState, e: AddressSpaceEvent, trace: TraceEntry[]): string | null {
  const p = s.processes.find((q) => q.pid === e.pid);
  if (!p) return `没有进程 ${e.pid}`;
  const t = 'tid' in e && e.tid !== undefined ? p.threads.find((x) => x.tid === e.tid) : p.threads[0];
  if (!t) return `进程 ${p.pid} 中没有线程 ${'tid' in e ? String(e.tid) : ''}`;
  switch (e.type) {
    case 'malloc':
      malloc(s, p, t, e.bytes, trace);
      return null;
    case 'free':
      return free(s, p, e.alloc, trace) ? null : `进程 ${p.pid} 没有未释放的块 #${e.alloc}`;
    case 'call':
      call(s, p, t, e.bytes, e.fn ?? `f${t.frames.length + 1}`, trace);
      return null;
    case 'return':
      return ret(p, t, trace) ? null : `线程 ${t.tid} 的栈上没有可返回的函数帧`;
    case 'pthread_create':
      createThread(s, p, trace);
      return null;
    case 'fork':
      fork(s, p, t, trace);
      return null;
    case 'write':
      return write(s, p, t, e.region, e.page ?? 0, trace);
    case 'exec': {
      const unmappedPages = unmapRange(s, p, 0, Number.MAX_SAFE_INTEGER);
      const program = e.program ?? p.program;
      const fresh = buildImage(s, { pid: p.pid, parent: p.parent }, program, e.pie ?? p.pie);
      s.processes = s.processes.map((q) => (q === p ? fresh : q));
      trace.push({ kind: 'exec', pid: p.pid, program, unmappedPages });
      return null;
    }
    case 'exit':
      trace.push({ kind: 'exit', pid: p.pid, unmappedPages: removeProcess(s, p) });
      return null;
    case 'shm':
      return mapObject(s, p, `shm:${e.name}`, `shm:${e.name}`, e.bytes, true, trace);
    case 'mmap-file':
      return mapObject(s, p, `file:${baseName(e.path)}`, fileObject(e.path), e.bytes, e.shared, trace);
  }
}

/** pthread_create: a new stack of `threadStackSize` in the mmap area, with a guard page below it. */
function createThread(s: AddressSpaceState, p: Process, trace: TraceEntry[]): void {
  const tid = s.nextId++;
  const start = placeMapping(p, s.config.threadStackSize + GUARD_SIZE);
  const guard = addRegion(p, {
    name: `guard:${tid}`,
    kind: 'guard',
    start,
    end: start + GUARD_SIZE,
    perms: '---p',
    backing: { kind: 'anon' },
  });
  const stack = addRegion(p, {
    name: `stack:${tid}`,
    kind: 'thread-stack',
    start: guard.end,
    end: guard.end + s.config.threadStackSize,
    perms: 'rw-p',
    backing: { kind: 'anon' },
  });
  for (const r of [guard, stack])
    trace.push({ kind: 'map', pid: p.pid, region: r.name, start: r.start, end: r.end, perms: r.perms });
  p.threads.push({ tid, stack: stack.name, sp: stack.end, frames: [] });
  trace.push({ kind: 'thread', pid: p.pid, tid, stack: stack.name });
  // glibc keeps the thread descriptor (struct pthread) at the top of the new stack.
  writePage(s, p, tid, stack.end - PAGE_SIZE, trace);
}

/**
 * fork: the child gets a copy of every region and page-table entry, pointing at the same frames.
 * Private writable pages become copy-on-write in both; MAP_SHARED pages stay shared. Only the
 * calling thread exists in the child.
 */
function fork(s: AddressSpaceState, p: Process, t: Thread, trace: TraceEntry[]): void {
  const pid = s.nextId++;
  const child: Process = structuredClone({ ...p, pid, parent: p.pid });
  child.threads = [{ ...structuredClone(t), tid: pid }];
  for (const [key, pte] of Object.entries(p.ptes)) {
    retainFrame(s, pte.pfn);
    const r = p.regions.find((x) => x.start <= Number(key) * PAGE_SIZE && Number(key) * PAGE_SIZE < x.end)!;
    const cow = r.perms[1] === 'w' && r.perms[3] === 'p';
    pte.cow = cow;
    child.ptes[key] = { pfn: pte.pfn, cow };
  }
  s.processes.push(child);
  trace.push({ kind: 'fork', parent: p.pid, child: pid, sharedPages: Object.keys(p.ptes).length });
}

/** A write to page `page` of a region (negative counts from the top: -1 is the highest page). */
function write(
  s: AddressSpaceState,
  p: Process,
  t: Thread,
  name: string,
  page: number,
  trace: TraceEntry[],
): string | null {
  const r = p.regions.find((x) => x.name === name);
  if (!r) return `进程 ${p.pid} 没有名为 ${name} 的区域`;
  const pages = (r.end - r.start) / PAGE_SIZE;
  const index = page < 0 ? pages + page : page;
  if (index < 0 || index >= pages) return `${name} 只有 ${pages} 页，没有第 ${page} 页`;
  writePage(s, p, t.tid, r.start + index * PAGE_SIZE, trace);
  return null;
}

/** shm_open + mmap(MAP_SHARED), or mmap of a file: the pages point at the object's frames. */
function mapObject(
  s: AddressSpaceState,
  p: Process,
  name: string,
  object: string,
  bytes: number,
  shared: boolean,
  trace: TraceEntry[],
): string | null {
  if (p.regions.some((r) => r.name === name)) return `进程 ${p.pid} 已经映射了 ${name}`;
  const size = Math.ceil(bytes / PAGE_SIZE) * PAGE_SIZE;
  const start = placeMapping(p, size);
  const kind = object.startsWith('shm:') ? 'shm' : 'file-mmap';
  const backing = { kind: kind === 'shm' ? ('shm' as const) : ('file' as const), object, firstPage: 0 };
  const r = addRegion(p, { name, kind, start, end: start + size, perms: shared ? 'rw-s' : 'rw-p', backing });
  trace.push({ kind: 'map', pid: p.pid, region: name, start, end: r.end, perms: r.perms });
  trace.push({ kind: 'shared', pid: p.pid, region: name, object, pages: populateRegion(s, p, r) });
  return null;
}
