/**
 * The IPC model's public face, what the islands import: mechanisms as data, the cost model, the
 * comparison table, the transfer simulator; without zod (outside input: ./schema.ts).
 */
export * from './limits.ts';
export * from './mechanisms.ts';
export * from './cost.ts';
export * from './table.ts';
export type * from './model.ts';
export {
  initTransfer,
  stepTransfer,
  nextTransferEvent,
  runTransfer,
  recordTransfer,
  isTransferDone,
  type TransferRecording,
} from './transfer.ts';
export { deliveredBytes, bufferedBytes } from './segments.ts';
export { describeTransfer } from './describe.ts';
