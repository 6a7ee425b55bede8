/**
 * Types of the address-space model: the memory layout of Linux x86-64 processes
 * at page granularity, with a physical frame allocator. Everything is plain JSON
 * (numbers, strings, arrays, records), so a state goes into a URL and back.
 */
import type { Rng } from '../rng.ts';

/** Settings of a run; `AddressSpaceConfigInput` (schema.ts) fills the defaults. */
export interface AddressSpaceConfig {
  /** Position-independent executable (loaded at 0x555555554000) or classic (0x400000). */
  pie: boolean;
  /** Address-space layout randomisation: random offsets from the seeded generator. */
  aslr: boolean;
  /** Path of the program the first process runs (its text is shared through the page cache). */
  program: string;
  /** Pages of the program's text, rodata, data and bss. */
  image: { text: number; rodata: number; data: number; bss: number };
  /** Shared libraries mapped at start, highest first (the dynamic loader maps itself first). */
  libraries: { path: string; textPages: number; dataPages: number }[];
  /** malloc requests of at least this many bytes get their own mmap. */
  mmapThreshold: number;
  /** RLIMIT_STACK: the main stack may grow to this many bytes. */
  stackLimit: number;
  /** Size of each new thread's stack (glibc uses RLIMIT_STACK). */
  threadStackSize: number;
  /** The first process id. */
  firstPid: number;
}

/** Config as written by hand: every field optional (schema.ts checks it, config.ts fills it). */
export type AddressSpaceConfigInput = Partial<AddressSpaceConfig>;

/** What a region's pages come from. */
export type Backing =
  | { kind: 'anon' }
  | { kind: 'file'; object: string; firstPage: number }
  | { kind: 'shm'; object: string; firstPage: number };

/** The role a region plays, for colours and narration. */
export type RegionKind =
  | 'text'
  | 'rodata'
  | 'data'
  | 'bss'
  | 'heap'
  | 'lib-text'
  | 'lib-data'
  | 'anon-mmap'
  | 'arena'
  | 'arena-reserve'
  | 'file-mmap'
  | 'shm'
  | 'thread-stack'
  | 'guard'
  | 'stack';

/** One virtual memory area, like a line of /proc/PID/maps; `end` is exclusive. */
export interface Region {
  /** Unique within its process: `heap`, `stack`, `stack:4243`, `mmap:2`, `libc.so.6:text`… */
  name: string;
  kind: RegionKind;
  start: number;
  end: number;
  /** `r-xp`, `rw-s`, `---p`… as in /proc/PID/maps (`s` = MAP_SHARED). */
  perms: string;
  backing: Backing;
}

/** A page-table entry: which frame backs a virtual page and whether it is copy-on-write. */
export interface Pte {
  pfn: number;
  /** Write-protected because the frame is shared copy-on-write (after fork, or a private file page). */
  cow: boolean;
}

/** A stack frame pushed by `call`. */
export interface StackFrame {
  fn: string;
  bytes: number;
}

/** A thread: its own stack region and stack pointer; everything else belongs to the process. */
export interface Thread {
  tid: number;
  /** Name of the region holding this thread's stack. */
  stack: string;
  sp: number;
  frames: StackFrame[];
}

/** A block handed out by malloc. */
export interface Allocation {
  id: number;
  /** `heap`: carved from the brk heap; `mmap`: its own region `mmap:<id>`; `arena`: a thread's arena. */
  via: AllocVia;
  start: number;
  bytes: number;
  freed: boolean;
}

/** Where malloc took a block from. */
export type AllocVia = 'heap' | 'mmap' | 'arena';

/** A thread's malloc arena: a 64 MiB reservation whose low part is made read-write as it fills. */
export interface Arena {
  /** The thread it was created for. */
  tid: number;
  start: number;
  /** End of the bytes malloc has used. */
  top: number;
  /** End of the read-write part (page aligned); the rest up to `start + ARENA_SIZE` is `---p`. */
  limit: number;
}

/** One process: its regions, page table, threads and malloc bookkeeping. */
export interface Process {
  pid: number;
  parent: number | null;
  program: string;
  pie: boolean;
  regions: Region[];
  /** Page table: virtual page number (decimal string) → entry. Only resident pages appear. */
  ptes: Record<string, Pte>;
  threads: Thread[];
  allocations: Allocation[];
  /** Arenas of threads other than the first (glibc gives new threads their own). */
  arenas: Arena[];
  heapStart: number;
  /** End of the bytes malloc has used in the heap. */
  heapTop: number;
  /** The program break: end of the heap region, page aligned. */
  brk: number;
  /** Highest address of the mmap area; mappings are placed top-down below it. */
  mmapTop: number;
  /** Top of the main stack. */
  stackTop: number;
}

/** The whole simulated machine. */
export interface AddressSpaceState {
  config: AddressSpaceConfig;
  rng: Rng;
  processes: Process[];
  /** Reference count per physical frame number; 0 means free. */
  frames: number[];
  /** Page cache and shared-memory objects: object name → frame per page. Each holds one reference. */
  objects: Record<string, number[]>;
  /** Next process/thread id (Linux draws both from one id space). */
  nextId: number;
  /** Next malloc allocation id. */
  nextAlloc: number;
  /** Number of events applied so far. */
  time: number;
}

/** Something a program does; `tid` defaults to the process's first thread. */
export type AddressSpaceEvent =
  | { type: 'malloc'; pid: number; tid?: number; bytes: number }
  | { type: 'free'; pid: number; alloc: number }
  | { type: 'call'; pid: number; tid?: number; bytes: number; fn?: string }
  | { type: 'return'; pid: number; tid?: number }
  | { type: 'pthread_create'; pid: number }
  | { type: 'fork'; pid: number; tid?: number }
  | { type: 'write'; pid: number; region: string; page?: number }
  | { type: 'exec'; pid: number; program?: string; pie?: boolean }
  | { type: 'exit'; pid: number }
  | { type: 'shm'; pid: number; name: string; bytes: number }
  | { type: 'mmap-file'; pid: number; path: string; bytes: number; shared: boolean };

/** A scenario: a config, a seed and the events to play (schema.ts parses outside input into it). */
export interface AddressSpaceScenario {
  /** A title shown by the CLI and the figure. */
  title?: string | undefined;
  config: AddressSpaceConfig;
  /** Seed for ASLR offsets. */
  seed: number;
  events: AddressSpaceEvent[];
}

/** Why a page got a frame. */
export type FaultReason = 'demand-zero' | 'cow-copy' | 'cow-reuse';

/** What happened during one step, as data for a view to animate and narrate. */
export type TraceEntry =
  | { kind: 'map'; pid: number; region: string; start: number; end: number; perms: string }
  | { kind: 'unmap'; pid: number; region: string; start: number; end: number }
  | { kind: 'brk'; pid: number; from: number; to: number }
  | { kind: 'malloc'; pid: number; alloc: number; via: AllocVia; addr: number; bytes: number }
  | { kind: 'free'; pid: number; alloc: number; via: AllocVia }
  | { kind: 'arena'; pid: number; tid: number; start: number; end: number }
  | { kind: 'protect'; pid: number; region: string; from: number; to: number }
  | { kind: 'stack'; pid: number; tid: number; fn: string; from: number; to: number; grew: boolean }
  | { kind: 'fault'; pid: number; addr: number; reason: FaultReason; pfn: number; oldPfn?: number }
  | { kind: 'write'; pid: number; addr: number; pfn: number }
  | { kind: 'thread'; pid: number; tid: number; stack: string }
  | { kind: 'fork'; parent: number; child: number; sharedPages: number }
  | { kind: 'exec'; pid: number; program: string; unmappedPages: number }
  | { kind: 'exit'; pid: number; unmappedPages: number }
  | { kind: 'segv'; pid: number; tid: number; addr: number; why: 'read-only' | 'guard' | 'stack-limit' }
  | { kind: 'shared'; pid: number; region: string; object: string; pages: number }
  | {
      kind: 'rejected';
      why: string;
      /** The event would exceed a documented limit (limits.ts). */
      limit?: true;
    };
