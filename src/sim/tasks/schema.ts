/** zod schema of the tasks calculator's inputs; every default is a cited fact or a labelled model estimate. */
import { z } from 'zod/mini';
import { intIn } from '../scenario.ts';
import { MiB } from '../units.ts';
import {
  ASYNC_TASK_BYTES,
  COROUTINE_STACK_BYTES,
  LIBCO_COROUTINES,
  LIBCO_GROUP,
  LIBCO_MACHINE_RAM_BYTES,
  LIBCO_REPORTED_TOTAL_BYTES,
  LIBCO_SHARED_STACK_BYTES,
  THREAD_STACK_BYTES,
  TOUCHED_STACK_BYTES,
} from './constants.ts';

/** Up to 10 million tasks, the libco run's size. */
export const MAX_TASKS = 10_000_000;
const bytes = (max: number) => intIn(0, max);
/** A number (not only integers) in `min..max`. */
const numberIn = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));

/** The libco shared-stack report as inputs: coroutines, group size, shared stack, reported total. */
export const libcoInputSchema = z.strictObject({
  /** Coroutines. Default: 10,000,000. */
  coroutines: z._default(intIn(1, 1e9), LIBCO_COROUTINES),
  /** Coroutines sharing one stack. Default: 100,000. */
  group: z._default(intIn(1, 1e9), LIBCO_GROUP),
  /** Size of one shared stack. Default: 128 KiB. */
  sharedStackBytes: z._default(bytes(1 << 30), LIBCO_SHARED_STACK_BYTES),
  /** Total memory the echo service used. Default: 66 GB. */
  reportedTotalBytes: z._default(numberIn(0, 1e15), LIBCO_REPORTED_TOTAL_BYTES),
});

/** The calculator's inputs. */
export const tasksScenarioSchema = z.strictObject({
  /** Number of tasks. Default: 10,000. */
  n: z._default(intIn(1, MAX_TASKS), 10_000),
  /** CPU cores (the malloc arena limit is 8 per core). Default: 8. */
  cores: z._default(intIn(1, 1024), 8),
  /** RAM of the machine. Default: 128 GiB (the libco machine). */
  ramBytes: z._default(numberIn(MiB, 2 ** 50), LIBCO_MACHINE_RAM_BYTES),
  /** Resident memory of the parent that forks (its pages are shared copy-on-write). Default: 16 MiB. */
  parentResidentBytes: z._default(bytes(2 ** 40), 16 * MiB),
  /** Virtual size of the parent's address space. Default: 256 MiB. */
  parentVirtualBytes: z._default(bytes(2 ** 47), 256 * MiB),
  /** Share of the parent's pages a child writes (and so copies). Default: 0.1. */
  cowWriteFraction: z._default(numberIn(0, 1), 0.1),
  /** Thread stack reservation. Default: 8 MiB (RLIMIT_STACK). */
  threadStackBytes: z._default(bytes(1 << 30), THREAD_STACK_BYTES),
  /** Stack actually touched per thread or stackful coroutine. Default: 8 KiB (model estimate). */
  touchedStackBytes: z._default(bytes(1 << 30), TOUCHED_STACK_BYTES),
  /** Private stack of a stackful coroutine. Default: 128 KiB (libco). */
  coroutineStackBytes: z._default(bytes(1 << 30), COROUTINE_STACK_BYTES),
  /** State of one stackless async task. Default: 512 B (model estimate). */
  asyncTaskBytes: z._default(bytes(1 << 30), ASYNC_TASK_BYTES),
  /** Per-connection state beside the shared stack; default: derived from the libco report. */
  perConnectionBytes: z.optional(bytes(1 << 30)),
  /** The libco report the shared-stack figures come from. */
  libco: z._default(libcoInputSchema, libcoInputSchema.parse({})),
});

/** A validated calculator input. */
export type TasksScenario = z.infer<typeof tasksScenarioSchema>;
/** The libco report's inputs. */
export type LibcoInput = z.infer<typeof libcoInputSchema>;

/** The default scenario, parsed (so every default is filled). */
export function defaultTasksScenario(n?: number): TasksScenario {
  return tasksScenarioSchema.parse(n === undefined ? {} : { n });
}

/** Stack a thread touches, never more than its stack. */
export const touched = (sc: TasksScenario, stack: number): number => Math.min(stack, sc.touchedStackBytes);
