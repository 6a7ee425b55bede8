import { z } from 'zod/mini';
import { intIn, intUpTo, seedIn } from '../scenario.ts';
import type { Rng } from '../rng.ts';
import type { PhysMem } from '../mmu/index.ts';
import type { Pid, Tid } from '../units.ts';

/**
 * Scenario, state and trace types of the TLB + scheduler model. Everything here
 * is plain JSON so a state goes into a URL and back.
 */

/** The three ways the same trace can be scheduled. */
export const SWITCH_POLICIES = ['thread-switch', 'process-switch', 'process-switch-pcid'] as const;
/** Thread switch / process switch without PCID / process switch with PCID. */
export type SwitchPolicy = (typeof SWITCH_POLICIES)[number];
/** Kinds of generated access traces. */
export const TRACE_KINDS = ['sequential', 'strided', 'random', 'working-set'] as const;
/** A kind of generated access trace. */
export type TraceKind = (typeof TRACE_KINDS)[number];

/**
 * TLB geometry. Defaults follow Skylake's L1 dTLB: 64 entries, 4-way.
 * @see Intel 64 and IA-32 Architectures Optimization Reference Manual (order no. 248966), Table 2-15 (Skylake TLBs)
 * @see https://elixir.bootlin.com/linux/latest/source/arch/x86/include/asm/tlbflush.h (TLB_NR_DYN_ASIDS: Linux keeps 6 dynamic ASIDs per CPU)
 */
export const tlbGeometrySchema = z
  .strictObject({
    /** Number of entries. Default: 64. */
    entries: z._default(intIn(1, 4096), 64),
    /** Ways per set, or 'full' for fully associative. Default: 4. */
    ways: z._default(z.union([z.literal('full'), intIn(1, 4096)]), 4),
    /** Dynamic ASIDs per CPU (Linux: 6). Default: 6. */
    asids: z._default(intIn(1, 4096), 6),
  })
  .check(
    z.refine((g) => g.ways === 'full' || (g.ways <= g.entries && g.entries % g.ways === 0), {
      error: '条目数必须是路数的整数倍',
      path: ['ways'],
    }),
  );

/** How each task's addresses are generated. */
export const traceSchema = z.strictObject({
  /** sequential scan, fixed stride, uniform random, or loops over a small hot set. Default: sequential. */
  kind: z._default(z.enum(TRACE_KINDS), 'sequential'),
  /** Pages in each task's working set. Default: 16. */
  pages: z._default(intIn(1, 262144), 16),
  /** Bytes between consecutive accesses (sequential, working-set). Default: 256. */
  step: z._default(intIn(1, 1 << 20), 256),
  /** Bytes between accesses for the strided kind. Default: 4096. */
  stride: z._default(intIn(1, 1 << 30), 4096),
  /** Pages in the hot set of the working-set kind. Default: 4. */
  hotPages: z._default(intIn(1, 262144), 4),
  /** All tasks use the same virtual addresses (otherwise each task has its own region). Default: false. */
  sameAddresses: z._default(z.boolean(), false),
});

/**
 * Most accesses in one scenario: the CLI runs them under each of the three policies, and
 * the worst case measured (64 tasks, timeSlice 1, 4096 entries) took 0.9 s of CPU for all three
 * (README, limits of npm run sim).
 */
export const MAX_ACCESSES = 1_000_000;
/**
 * Most pages mapped over all tasks (tasks × trace.pages): each is a page-table entry in plain
 * JSON, and 65,536 of them (256 MiB of 4 KiB pages) build in a fraction of a second.
 */
export const MAX_MAPPED_PAGES = 65_536;

/** A full TLB scenario as it comes from outside (URL, CLI file, MDX props). */
export const tlbScenarioSchema = z
  .strictObject({
    /** How tasks are grouped into address spaces and whether the TLB is tagged. Default: process-switch. */
    policy: z._default(z.enum(SWITCH_POLICIES), 'process-switch'),
    /** Runnable tasks, taking turns round robin on one CPU. Default: 2. */
    tasks: z._default(intIn(1, 64), 2),
    /** Threads per process under the process policies (consecutive tasks share a process). Default: 1. */
    threadsPerProcess: z._default(intIn(1, 64), 1),
    /** User accesses per time slice. Default: 64. */
    timeSlice: z._default(intIn(1, 1e9), 64),
    /** Total accesses to simulate (CLI, comparison). Default: 2048. */
    accesses: z._default(intUpTo(1, MAX_ACCESSES, '访问次数上限'), 2048),
    /** A task makes a system call after every this many of its accesses (0 = never). Default: 0. */
    syscallEvery: z._default(intIn(0, 1e9), 0),
    /** An interrupt arrives every this many accesses (0 = never). Default: 0. */
    interruptEvery: z._default(intIn(0, 1e9), 0),
    /** Kernel accesses per system call or interrupt. Default: 4. */
    kernelAccesses: z._default(intIn(1, 1e6), 4),
    /** Global kernel pages the kernel touches. Default: 4. */
    kernelPages: z._default(intIn(1, 4096), 4),
    /** N in "hit rate in the first N accesses after a switch". Default: 32. */
    afterSwitchWindow: z._default(intIn(1, 1e9), 32),
    /** TLB geometry. */
    tlb: z.prefault(tlbGeometrySchema, {}),
    /** Address trace of each task. */
    trace: z.prefault(traceSchema, {}),
    /** Seed of every random choice. Default: 1. */
    seed: z._default(seedIn(), 1),
  })
  .check(
    z.refine((sc) => sc.tasks * sc.trace.pages <= MAX_MAPPED_PAGES, {
      error: `tasks × trace.pages 超过上限 ${MAX_MAPPED_PAGES}（映射页数上限）`,
      path: ['trace', 'pages'],
    }),
  );

/** A validated scenario (all defaults filled in). */
export type TlbScenario = z.output<typeof tlbScenarioSchema>;
/** A scenario as written by hand (every field optional). */
export type TlbScenarioInput = z.input<typeof tlbScenarioSchema>;

/** The TLB: `sets × ways` slots in flat arrays (slot = set × ways + way); plain JSON. */
export interface TlbState {
  sets: number;
  ways: number;
  /** Virtual page number per slot. */
  vpn: number[];
  /** Address-space tag per slot (0 when the TLB is untagged). */
  asid: number[];
  /** Frame per slot. */
  pfn: number[];
  /** 1 when the slot holds a global (kernel) page. */
  global: number[];
  /** 1 when the slot holds an entry. */
  valid: number[];
  /** Last use, for LRU: larger is more recent. */
  stamp: number[];
  /** Use counter that feeds `stamp`. */
  clock: number;
}

/** One runnable task (a thread) and where it is in its trace. */
export interface TaskState {
  tid: Tid;
  pid: Pid;
  /** Page-table root (CR3) of the task's address space. */
  root: number;
  /** Accesses this task has made. */
  cursor: number;
  /** The task's own generator (random traces). */
  rng: Rng;
}

/** Counters the simulator keeps; rates and costs are derived from them. */
export interface TlbMetrics {
  accesses: number;
  hits: number;
  misses: number;
  walks: number;
  walkRefs: number;
  fills: number;
  evictions: number;
  flushes: number;
  flushedEntries: number;
  threadSwitches: number;
  processSwitches: number;
  cr3Writes: number;
  syscalls: number;
  interrupts: number;
  kernelAccesses: number;
  afterSwitchAccesses: number;
  afterSwitchHits: number;
}

/** The whole simulation: scenario, TLB, page tables, tasks, scheduler and counters. */
export interface TlbSimState {
  scenario: TlbScenario;
  tlb: TlbState;
  mem: PhysMem;
  tasks: TaskState[];
  /** Process owning each dynamic ASID slot (-1 = free); only used when tagged. */
  asidOwner: number[];
  /** Next ASID slot to hand out, round robin. */
  nextAsid: number;
  /** Tag of the running address space. */
  curAsid: number;
  /** Index of the running task. */
  current: number;
  /** User accesses left in the running task's slice. */
  sliceLeft: number;
  /** 'kernel' while a system call or interrupt runs. */
  mode: 'user' | 'kernel';
  /** Kernel accesses left before returning to user mode. */
  kernelLeft: number;
  /** Why the CPU is in the kernel. */
  kernelReason: 'syscall' | 'interrupt' | null;
  /** Accesses so far (user and kernel). */
  time: number;
  /** User accesses since the last task switch (-1 before the first switch). */
  sinceSwitch: number;
  /** Generator for kernel accesses. */
  kernelRng: Rng;
  metrics: TlbMetrics;
}

/** What happened in one step: data for a view to animate. */
export type TlbEvent =
  | { type: 'hit'; tid: number; va: number; vpn: number; pfn: number; slot: number; global: boolean }
  | { type: 'miss'; tid: number; va: number; vpn: number }
  | { type: 'walk'; vpn: number; pfn: number; refs: number; root: number }
  | { type: 'evict'; slot: number; vpn: number; asid: number; global: boolean }
  | { type: 'fill'; slot: number; vpn: number; pfn: number; asid: number; global: boolean; pcid: boolean }
  | { type: 'flush'; reason: 'cr3-write' | 'asid-reuse'; entries: number; asid: number }
  | {
      type: 'switch';
      kind: 'thread' | 'process';
      from: number;
      to: number;
      cr3Write: boolean;
      /** Tag (dynamic ASID slot) of the address space now running; meaningful when `pcid`. */
      asid: number;
      /** Whether the TLB is tagged (PCID on). */
      pcid: boolean;
    }
  | { type: 'syscall' | 'interrupt'; tid: number }
  | { type: 'return'; tid: number; reason: 'syscall' | 'interrupt' };
