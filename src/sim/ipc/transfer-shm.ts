/**
 * Shared memory with two semaphores, the producer/consumer protocol of the notes' P/V operations:
 * `full` (starts at 0) says a piece is ready, `empty` (starts at 0; the region is free at the start)
 * says the reader is done with it. P on a semaphore at 0 blocks; V wakes a waiter instead of counting up.
 * Data is written in place: no kernel copies, only semaphore calls.
 */
import { appendDelivered, deliveredBytes } from './segments.ts';
import type { TransferEvent, TransferState, TransferTrace } from './model.ts';

/** One writer or reader action on shared memory (mutates the clone that stepTransfer made). */
export function stepSharedMemory(s: TransferState, event: TransferEvent, trace: TransferTrace[]): void {
  if (event.type === 'write') writeShared(s, trace);
  else readShared(s, trace);
}

function writeShared(s: TransferState, trace: TransferTrace[]): void {
  if (s.writerBlocked) return void trace.push({ kind: 'still-blocked', who: 'writer' });
  if (s.written >= s.size) return void trace.push({ kind: 'idle', who: 'writer' });
  if (!s.writerHasSlot) {
    s.counters.syscalls++;
    if (s.sems.empty === 0) {
      s.writerBlocked = true;
      s.counters.writerBlocks++;
      trace.push({
        kind: 'sem',
        who: 'writer',
        op: 'P',
        sem: 'empty',
        value: 0,
        blocked: true,
        wakes: false,
      });
      return void trace.push({ kind: 'block', who: 'writer', reason: 'semaphore-zero' });
    }
    s.sems.empty--;
    s.writerHasSlot = true;
    trace.push({
      kind: 'sem',
      who: 'writer',
      op: 'P',
      sem: 'empty',
      value: s.sems.empty,
      blocked: false,
      wakes: false,
    });
  }
  const n = Math.min(s.size - s.written, s.capacity);
  const segment = { start: s.written, end: s.written + n };
  s.written += n;
  s.buffer.push(segment);
  s.writerHasSlot = false;
  trace.push({ kind: 'shm-write', segment });
  s.counters.syscalls++;
  if (s.readerBlocked) {
    s.readerBlocked = false;
    s.readerHasData = true;
    s.counters.wakeups++;
    trace.push({ kind: 'sem', who: 'writer', op: 'V', sem: 'full', value: 0, blocked: false, wakes: true });
    trace.push({ kind: 'wake', who: 'reader' });
  } else {
    s.sems.full++;
    trace.push({
      kind: 'sem',
      who: 'writer',
      op: 'V',
      sem: 'full',
      value: s.sems.full,
      blocked: false,
      wakes: false,
    });
  }
}

function readShared(s: TransferState, trace: TransferTrace[]): void {
  if (s.readerBlocked) return void trace.push({ kind: 'still-blocked', who: 'reader' });
  if (deliveredBytes(s) >= s.size) return void trace.push({ kind: 'idle', who: 'reader' });
  if (!s.readerHasData) {
    s.counters.syscalls++;
    if (s.sems.full === 0) {
      s.readerBlocked = true;
      trace.push({ kind: 'sem', who: 'reader', op: 'P', sem: 'full', value: 0, blocked: true, wakes: false });
      return void trace.push({ kind: 'block', who: 'reader', reason: 'semaphore-zero' });
    }
    s.sems.full--;
    s.readerHasData = true;
    trace.push({
      kind: 'sem',
      who: 'reader',
      op: 'P',
      sem: 'full',
      value: s.sems.full,
      blocked: false,
      wakes: false,
    });
  }
  const segment = s.buffer.shift()!;
  appendDelivered(s, segment);
  s.readerHasData = false;
  trace.push({ kind: 'shm-read', segment });
  if (segment.end >= s.size) return;
  // More pieces follow: give the region back.
  s.counters.syscalls++;
  if (s.writerBlocked) {
    s.writerBlocked = false;
    s.writerHasSlot = true;
    s.counters.wakeups++;
    trace.push({ kind: 'sem', who: 'reader', op: 'V', sem: 'empty', value: 0, blocked: false, wakes: true });
    trace.push({ kind: 'wake', who: 'writer' });
  } else {
    s.sems.empty++;
    trace.push({
      kind: 'sem',
      who: 'reader',
      op: 'V',
      sem: 'empty',
      value: s.sems.empty,
      blocked: false,
      wakes: false,
    });
  }
}
