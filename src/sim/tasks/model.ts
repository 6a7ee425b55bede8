/**
 * The calculator's scenario without zod: the limit on N, every default in one object (the schema,
 * schema.ts, reads it too), the types, and the trusted input filled with them, which is all the
 * figure needs.
 */
import { withDefaults } from '../scenario.ts';
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

/**
 * Every default of the calculator's inputs, each documented on the schema (schema.ts): a cited
 * fact or a labelled model estimate (constants.ts). `perConnectionBytes` has none: it is derived
 * from the libco report when absent.
 */
export const TASKS_SCENARIO_DEFAULTS = {
  n: 10_000,
  cores: 8,
  ramBytes: LIBCO_MACHINE_RAM_BYTES,
  parentResidentBytes: 16 * MiB,
  parentVirtualBytes: 256 * MiB,
  cowWriteFraction: 0.1,
  threadStackBytes: THREAD_STACK_BYTES,
  touchedStackBytes: TOUCHED_STACK_BYTES,
  coroutineStackBytes: COROUTINE_STACK_BYTES,
  asyncTaskBytes: ASYNC_TASK_BYTES,
  libco: {
    coroutines: LIBCO_COROUTINES,
    group: LIBCO_GROUP,
    sharedStackBytes: LIBCO_SHARED_STACK_BYTES,
    reportedTotalBytes: LIBCO_REPORTED_TOTAL_BYTES,
  },
};

/** The libco report's inputs. */
export type LibcoInput = typeof TASKS_SCENARIO_DEFAULTS.libco;
/** A validated calculator input: the defaults' shape, and `perConnectionBytes` when given. */
export type TasksScenario = typeof TASKS_SCENARIO_DEFAULTS & { perConnectionBytes?: number };
/** A calculator input as written by hand: every field optional, those of `libco` too. */
export type TasksScenarioInput = Partial<Omit<TasksScenario, 'libco'>> & { libco?: Partial<LibcoInput> };

/**
 * A trusted input (the figure's, from options already checked) with every default filled in,
 * without zod: the same value as `tasksScenarioSchema.parse(input)` for valid input, and nothing
 * is checked. Outside input goes through the schema (schema.ts).
 */
export function tasksScenarioWith(input: TasksScenarioInput): TasksScenario {
  const { libco, perConnectionBytes, ...rest } = input;
  const d = TASKS_SCENARIO_DEFAULTS;
  return {
    ...withDefaults(d, rest),
    ...(perConnectionBytes === undefined ? {} : { perConnectionBytes }),
    libco: withDefaults(d.libco, libco ?? {}),
  };
}

/** The default scenario, every default filled (and `n` tasks when given). */
export function defaultTasksScenario(n?: number): TasksScenario {
  return tasksScenarioWith(n === undefined ? {} : { n });
}

/** Stack a thread touches, never more than its stack. */
export const touched = (sc: TasksScenario, stack: number): number => Math.min(stack, sc.touchedStackBytes);
