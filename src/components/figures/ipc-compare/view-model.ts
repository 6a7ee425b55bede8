/**
 * What the IPC figure shows, computed from the model without a DOM: the comparison rows for the
 * message size and count, filtered and sorted; the animated transfer; its narration; the caption.
 */
import { getMechanism } from '../../../sim/ipc/mechanisms.ts';
import { compareMechanisms, type ComparisonRow } from '../../../sim/ipc/table.ts';
import { formatBytes, formatCount } from '../../../sim/format.ts';
import { initTransfer, recordTransfer } from '../../../sim/ipc/transfer.ts';
import { narrateTransfer } from '../../../sim/ipc/narration.ts';
import { filterIpcRows, sortIpcRows } from './columns.ts';
import { sortKeyOf, type IpcOptions } from './options.ts';

/** The animated transfer for the options: shared memory uses the `region` size. */
export function recordFigureTransfer(o: Pick<IpcOptions, 'mechanism' | 'transferSize' | 'region'>) {
  const shared = getMechanism(o.mechanism).path === 'shared-pages';
  return recordTransfer(
    initTransfer(o.mechanism, { size: o.transferSize, ...(shared ? { capacity: o.region } : {}) }),
  );
}

/** The table's rows: every mechanism at the options' size and count. */
export function ipcRows(o: IpcOptions): ComparisonRow[] {
  return compareMechanisms({ size: o.size, count: o.count, shmSync: o.sync });
}

/** The rows shown: filtered, then sorted (or in the book's order). */
export function shownRows(o: IpcOptions, rows: readonly ComparisonRow[]): ComparisonRow[] {
  const kept = filterIpcRows(rows, { text: o.text, kinship: o.kinship, hosts: o.hosts });
  const key = sortKeyOf(o);
  return key ? sortIpcRows(kept, key, o.dir) : kept;
}

/** The last step of the animation. */
export const ipcLastStep = (o: IpcOptions): number => recordFigureTransfer(o).steps.length;

/** The narration at `step`. */
export function ipcNarration(
  o: IpcOptions,
  rec: ReturnType<typeof recordFigureTransfer>,
  step: number,
): string {
  return narrateTransfer(o.mechanism, o.transferSize, rec.steps, step);
}

/** The table's caption: what the numbers assume. */
export function ipcCaption(o: IpcOptions): string {
  return `按每条 ${formatBytes(o.size)}、共 ${formatCount(o.count)} 条消息估算（模型常数按 ipc-bench 校准；共享内存${o.sync === 'spin' ? '自旋等待' : '用信号量'}）。`;
}
