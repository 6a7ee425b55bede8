/**
 * zod schemas of TLB scenarios from outside (URL, CLI file, MDX props); errors name the field.
 * Defaults come from TLB_SCENARIO_DEFAULTS and the geometry rule from tlbGeometryProblem (model.ts),
 * which the figures use without zod.
 */
import { z } from 'zod/mini';
import type { Parsed } from '../scenario.ts';
import { intIn, intUpTo, parseScenario, seedIn } from '../scenario-schema.ts';
import {
  MAX_ACCESSES,
  MAX_MAPPED_PAGES,
  SWITCH_POLICIES,
  TLB_GEOMETRY_MESSAGE,
  TLB_SCENARIO_DEFAULTS,
  TRACE_KINDS,
  tlbGeometryProblem,
  type TlbScenario,
} from './model.ts';

const D = TLB_SCENARIO_DEFAULTS;

/**
 * TLB geometry. Defaults follow Skylake's L1 dTLB: 64 entries, 4-way.
 * @see Intel 64 and IA-32 Architectures Optimization Reference Manual (order no. 248966), Table 2-15 (Skylake TLBs)
 * @see https://elixir.bootlin.com/linux/latest/source/arch/x86/include/asm/tlbflush.h (TLB_NR_DYN_ASIDS: Linux keeps 6 dynamic ASIDs per CPU)
 */
export const tlbGeometrySchema = z
  .strictObject({
    /** Number of entries. Default: 64. */
    entries: z._default(intIn(1, 4096), D.tlb.entries),
    /** Ways per set, or 'full' for fully associative. Default: 4. */
    ways: z._default(z.union([z.literal('full'), intIn(1, 4096)]), D.tlb.ways),
    /** Dynamic ASIDs per CPU (Linux: 6). Default: 6. */
    asids: z._default(intIn(1, 4096), D.tlb.asids),
  })
  .check(z.refine((g) => tlbGeometryProblem(g) === null, { error: TLB_GEOMETRY_MESSAGE, path: ['ways'] }));

/** How each task's addresses are generated. */
export const traceSchema = z.strictObject({
  /** sequential scan, fixed stride, uniform random, or loops over a small hot set. Default: sequential. */
  kind: z._default(z.enum(TRACE_KINDS), D.trace.kind),
  /** Pages in each task's working set. Default: 16. */
  pages: z._default(intIn(1, 262144), D.trace.pages),
  /** Bytes between consecutive accesses (sequential, working-set). Default: 256. */
  step: z._default(intIn(1, 1 << 20), D.trace.step),
  /** Bytes between accesses for the strided kind. Default: 4096. */
  stride: z._default(intIn(1, 1 << 30), D.trace.stride),
  /** Pages in the hot set of the working-set kind. Default: 4. */
  hotPages: z._default(intIn(1, 262144), D.trace.hotPages),
  /** All tasks use the same virtual addresses (otherwise each task has its own region). Default: false. */
  sameAddresses: z._default(z.boolean(), D.trace.sameAddresses),
});

/** A full TLB scenario as it comes from outside (URL, CLI file, MDX props). */
export const tlbScenarioSchema = z
  .strictObject({
    /** How tasks are grouped into address spaces and whether the TLB is tagged. Default: process-switch. */
    policy: z._default(z.enum(SWITCH_POLICIES), D.policy),
    /** Runnable tasks, taking turns round robin on one CPU. Default: 2. */
    tasks: z._default(intIn(1, 64), D.tasks),
    /** Threads per process under the process policies (consecutive tasks share a process). Default: 1. */
    threadsPerProcess: z._default(intIn(1, 64), D.threadsPerProcess),
    /** User accesses per time slice. Default: 64. */
    timeSlice: z._default(intIn(1, 1e9), D.timeSlice),
    /** Total accesses to simulate (CLI, comparison). Default: 2048. */
    accesses: z._default(intUpTo(1, MAX_ACCESSES, '访问次数上限'), D.accesses),
    /** A task makes a system call after every this many of its accesses (0 = never). Default: 0. */
    syscallEvery: z._default(intIn(0, 1e9), D.syscallEvery),
    /** An interrupt arrives every this many accesses (0 = never). Default: 0. */
    interruptEvery: z._default(intIn(0, 1e9), D.interruptEvery),
    /** Kernel accesses per system call or interrupt. Default: 4. */
    kernelAccesses: z._default(intIn(1, 1e6), D.kernelAccesses),
    /** Global kernel pages the kernel touches. Default: 4. */
    kernelPages: z._default(intIn(1, 4096), D.kernelPages),
    /** N in "hit rate in the first N accesses after a switch". Default: 32. */
    afterSwitchWindow: z._default(intIn(1, 1e9), D.afterSwitchWindow),
    /** TLB geometry. */
    tlb: z.prefault(tlbGeometrySchema, {}),
    /** Address trace of each task. */
    trace: z.prefault(traceSchema, {}),
    /** Seed of every random choice. Default: 1. */
    seed: z._default(seedIn(), D.seed),
  })
  .check(
    z.refine((sc) => sc.tasks * sc.trace.pages <= MAX_MAPPED_PAGES, {
      error: `tasks × trace.pages 超过上限 ${MAX_MAPPED_PAGES}（映射页数上限）`,
      path: ['trace', 'pages'],
    }),
  );

/** Validates outside input (URL, file, MDX props) into a scenario; errors name the field. */
export function parseTlbScenario(input: unknown, source: string): Parsed<TlbScenario> {
  return parseScenario(tlbScenarioSchema, input, source);
}
