import { withDefaults } from '../scenario.ts';
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

/** Why a TLB geometry cannot be built. */
export const TLB_GEOMETRY_MESSAGE = '条目数必须是路数的整数倍';

/**
 * What is wrong with a TLB geometry, or null: the entries must split into whole sets of `ways`
 * (fully associative always does). The schema (schema.ts) checks every scenario with it.
 */
export function tlbGeometryProblem(g: { entries: number; ways: number | 'full' }): string | null {
  return g.ways === 'full' || (g.ways <= g.entries && g.entries % g.ways === 0) ? null : TLB_GEOMETRY_MESSAGE;
}

/**
 * Every default of a TLB scenario, in one place: the schema's defaults (schema.ts) and
 * {@link tlbScenarioWith} both read it. Each field is documented on the schema.
 * The TLB geometry follows Skylake's L1 dTLB (64 entries, 4-way) and Linux's 6 dynamic ASIDs.
 */
export const TLB_SCENARIO_DEFAULTS = {
  policy: 'process-switch' as SwitchPolicy,
  tasks: 2,
  threadsPerProcess: 1,
  timeSlice: 64,
  accesses: 2048,
  syscallEvery: 0,
  interruptEvery: 0,
  kernelAccesses: 4,
  kernelPages: 4,
  afterSwitchWindow: 32,
  tlb: { entries: 64, ways: 4 as number | 'full', asids: 6 },
  trace: {
    kind: 'sequential' as TraceKind,
    pages: 16,
    step: 256,
    stride: 4096,
    hotPages: 4,
    sameAddresses: false,
  },
  seed: 1,
};

/** A validated scenario (all defaults filled in): the shape of the defaults; schema.ts parses into it. */
export type TlbScenario = typeof TLB_SCENARIO_DEFAULTS;
/** A scenario as written by hand: every field optional, those of `tlb` and `trace` too. */
export type TlbScenarioInput = {
  [K in keyof TlbScenario]?: TlbScenario[K] extends object ? Partial<TlbScenario[K]> : TlbScenario[K];
};

/**
 * A trusted scenario (the figures build theirs from options already checked) with every default
 * filled in, without zod: the same value as `tlbScenarioSchema.parse(input)` for valid input, and
 * nothing is checked. Outside input goes through `parseTlbScenario` (schema.ts).
 */
export function tlbScenarioWith(input: TlbScenarioInput): TlbScenario {
  const { tlb, trace, ...rest } = input;
  const d = TLB_SCENARIO_DEFAULTS;
  return {
    ...withDefaults(d, rest),
    tlb: withDefaults(d.tlb, tlb ?? {}),
    trace: withDefaults(d.trace, trace ?? {}),
  };
}

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
  /** A flush, with the slots it emptied (`asid` -1: every tag, a CR3 write without PCID). */
  | { type: 'flush'; reason: 'cr3-write' | 'asid-reuse'; slots: number[]; asid: number }
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
