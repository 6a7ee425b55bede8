/**
 * zod schema of the tasks calculator's inputs from outside (CLI file, URL); every default is a
 * cited fact or a labelled model estimate, read from TASKS_SCENARIO_DEFAULTS (model.ts).
 */
import { z } from 'zod/mini';
import { intIn } from '../scenario-schema.ts';
import { MiB } from '../units.ts';
import { MAX_TASKS, TASKS_SCENARIO_DEFAULTS } from './model.ts';

const D = TASKS_SCENARIO_DEFAULTS;
const bytes = (max: number) => intIn(0, max);
/** A number (not only integers) in `min..max`. */
const numberIn = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));

/** The libco shared-stack report as inputs: coroutines, group size, shared stack, reported total. */
export const libcoInputSchema = z.strictObject({
  /** Coroutines. Default: 10,000,000. */
  coroutines: z._default(intIn(1, 1e9), D.libco.coroutines),
  /** Coroutines sharing one stack. Default: 100,000. */
  group: z._default(intIn(1, 1e9), D.libco.group),
  /** Size of one shared stack. Default: 128 KiB. */
  sharedStackBytes: z._default(bytes(1 << 30), D.libco.sharedStackBytes),
  /** Total memory the echo service used. Default: 66 GB. */
  reportedTotalBytes: z._default(numberIn(0, 1e15), D.libco.reportedTotalBytes),
});

/** The calculator's inputs. */
export const tasksScenarioSchema = z.strictObject({
  /** Number of tasks. Default: 10,000. */
  n: z._default(intIn(1, MAX_TASKS), D.n),
  /** CPU cores (the malloc arena limit is 8 per core). Default: 8. */
  cores: z._default(intIn(1, 1024), D.cores),
  /** RAM of the machine. Default: 128 GiB (the libco machine). */
  ramBytes: z._default(numberIn(MiB, 2 ** 50), D.ramBytes),
  /** Resident memory of the parent that forks (its pages are shared copy-on-write). Default: 16 MiB. */
  parentResidentBytes: z._default(bytes(2 ** 40), D.parentResidentBytes),
  /** Virtual size of the parent's address space. Default: 256 MiB. */
  parentVirtualBytes: z._default(bytes(2 ** 47), D.parentVirtualBytes),
  /** Share of the parent's pages a child writes (and so copies). Default: 0.1. */
  cowWriteFraction: z._default(numberIn(0, 1), D.cowWriteFraction),
  /** Thread stack reservation. Default: 8 MiB (RLIMIT_STACK). */
  threadStackBytes: z._default(bytes(1 << 30), D.threadStackBytes),
  /** Stack actually touched per thread or stackful coroutine. Default: 8 KiB (model estimate). */
  touchedStackBytes: z._default(bytes(1 << 30), D.touchedStackBytes),
  /** Private stack of a stackful coroutine. Default: 128 KiB (libco). */
  coroutineStackBytes: z._default(bytes(1 << 30), D.coroutineStackBytes),
  /** State of one stackless async task. Default: 512 B (model estimate). */
  asyncTaskBytes: z._default(bytes(1 << 30), D.asyncTaskBytes),
  /** Per-connection state beside the shared stack; default: derived from the libco report. */
  perConnectionBytes: z.optional(bytes(1 << 30)),
  /** The libco report the shared-stack figures come from. */
  libco: z._default(libcoInputSchema, D.libco),
});
