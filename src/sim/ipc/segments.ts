/** Byte-range bookkeeping of the transfer simulator. */
import type { Segment, TransferState } from './model.ts';

/** Bytes the reader has received. */
export function deliveredBytes(state: TransferState): number {
  return state.delivered.reduce((n, s) => n + s.end - s.start, 0);
}

/** Bytes waiting in the kernel buffer or shared region. */
export function bufferedBytes(state: TransferState): number {
  return state.buffer.reduce((n, s) => n + s.end - s.start, 0);
}

/** Records received bytes, merging a piece that continues the previous one (a gap or overlap stays visible). */
export function appendDelivered(s: TransferState, segment: Segment): void {
  const last = s.delivered.at(-1);
  if (last && last.end === segment.start) last.end = segment.end;
  else s.delivered.push({ ...segment });
}
