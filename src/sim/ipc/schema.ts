/** zod schemas for IPC scenarios from outside (CLI files, URL, MDX props); errors name the field. */
import { z } from 'zod';
import { MECHANISM_IDS } from './mechanisms.ts';

/** Largest message the model accepts: 1 GiB. */
const MAX_SIZE = 1 << 30;

/** A mechanism id. */
export const mechanismIdSchema = z.enum(MECHANISM_IDS);

/** The comparison table's inputs. */
export const costScenarioSchema = z.strictObject({
  /** Bytes per message. Default: 100 (the first ipc-bench column). */
  size: z.number().int().min(1).max(MAX_SIZE).default(100),
  /** Messages. Default: 1000. */
  count: z.number().int().min(1).max(1e9).default(1000),
  /** Shared memory waits on a semaphore or spins. Default: semaphore. */
  shmSync: z.enum(['semaphore', 'spin']).default('semaphore'),
  /** Shared memory region size in bytes. Default: 1 MiB. */
  regionBytes: z.number().int().min(64).max(MAX_SIZE).default(1_048_576),
});

/** One animated transfer. */
export const transferScenarioSchema = z.strictObject({
  /** Mechanism. Default: anonymous pipe. */
  mechanism: mechanismIdSchema.default('pipe'),
  /** Message bytes. Default: 100,000 (more than a pipe holds, so the writer blocks). */
  size: z.number().int().min(1).max(MAX_SIZE).default(100_000),
  /** Buffer capacity or shared region size in bytes; default: the mechanism's Linux default. */
  capacity: z.number().int().min(1).max(MAX_SIZE).optional(),
  /** Bytes per read call; default: the capacity. */
  readChunk: z.number().int().min(1).max(MAX_SIZE).optional(),
});

/** A whole `npm run sim -- ipc` scenario file. */
export const ipcScenarioSchema = z.strictObject({
  /** The comparison table's inputs. */
  table: costScenarioSchema.default(costScenarioSchema.parse({})),
  /** The transfer to trace. */
  transfer: transferScenarioSchema.default(transferScenarioSchema.parse({})),
});

/** A validated IPC scenario. */
export type IpcScenario = z.infer<typeof ipcScenarioSchema>;
/** Validated comparison-table inputs. */
export type CostScenario = z.infer<typeof costScenarioSchema>;
/** A validated transfer setup. */
export type TransferScenario = z.infer<typeof transferScenarioSchema>;
