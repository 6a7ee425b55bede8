/**
 * zod schemas for IPC scenarios from outside (CLI files, URL, MDX props); errors name the field.
 * Each is built in a pure IIFE, so bundles that never use it (the figures) drop it.
 */
import { z } from 'zod/mini';
import { intIn } from '../scenario-schema.ts';
import { MECHANISM_IDS } from './mechanisms.ts';

/** Largest message the model accepts: 1 GiB. */
const MAX_SIZE = 1 << 30;

/** A mechanism id. */
export const mechanismIdSchema = z.enum(MECHANISM_IDS);

/** The comparison table's inputs. */
export const costScenarioSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Bytes per message. Default: 100 (the first ipc-bench column). */
    size: z._default(intIn(1, MAX_SIZE), 100),
    /** Messages. Default: 1000. */
    count: z._default(intIn(1, 1e9), 1000),
    /** Shared memory waits on a semaphore or spins. Default: semaphore. */
    shmSync: z._default(z.enum(['semaphore', 'spin']), 'semaphore'),
    /** Shared memory region size in bytes. Default: 1 MiB. */
    regionBytes: z._default(intIn(64, MAX_SIZE), 1_048_576),
  }))();

/** One animated transfer. */
export const transferScenarioSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Mechanism. Default: anonymous pipe. */
    mechanism: z._default(mechanismIdSchema, 'pipe'),
    /** Message bytes. Default: 100,000 (more than a pipe holds, so the writer blocks). */
    size: z._default(intIn(1, MAX_SIZE), 100_000),
    /** Buffer capacity or shared region size in bytes; default: the mechanism's Linux default. */
    capacity: z.optional(intIn(1, MAX_SIZE)),
    /** Bytes per read call; default: the capacity. */
    readChunk: z.optional(intIn(1, MAX_SIZE)),
  }))();

/** A whole `npm run sim -- ipc` scenario file. */
export const ipcScenarioSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The comparison table's inputs. */
    table: z._default(costScenarioSchema, costScenarioSchema.parse({})),
    /** The transfer to trace. */
    transfer: z._default(transferScenarioSchema, transferScenarioSchema.parse({})),
  }))();

/** A validated IPC scenario. */
export type IpcScenario = z.infer<typeof ipcScenarioSchema>;
/** Validated comparison-table inputs. */
export type CostScenario = z.infer<typeof costScenarioSchema>;
/** A validated transfer setup. */
export type TransferScenario = z.infer<typeof transferScenarioSchema>;
