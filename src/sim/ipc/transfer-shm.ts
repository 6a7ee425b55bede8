/**
 * Shared memory with two semaphores, the producer/consumer protocol of the notes' P/V operations:
 * `full` (starts at 0) says a piece is ready, `empty` (starts at 1: the region is free) says the
 * reader is done with it. The writer does P(empty) before every piece and V(full) after it; the
 * reader does P(full) before every piece and V(empty) after it, the last one included, so a message
 * ends with the semaphores as it started and N messages cost N times one (the practice problems
 * multiply). P on a semaphore at 0 blocks; V wakes a waiter instead of counting up. Data is written
 * in place: no kernel copies, only semaphore calls.
 *
 * @see https://pages.cs.wisc.edu/~remzi/OSTEP/threads-sema.pdf (OSTEP ch. 31: the bounded buffer, empty = MAX, full = 0)
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
  // Give the region back, after the last piece too: the writer's next message waits on it.
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
