/**
 * Types of the transfer simulator: one message moving from a writer process to a reader
 * process through one mechanism. State is plain JSON so it fits in a URL.
 */
import type { MechanismId } from './mechanisms.ts';

/** Default size of a shared-memory region used as the message buffer (1 MiB). Model input. */
export const DEFAULT_REGION_BYTES = 1_048_576;

/** What the transfer is set up with. */
export interface TransferConfig {
  /** Bytes of the message (ignored for a signal, which carries none). */
  size: number;
  /** Kernel buffer capacity or shared region size in bytes; default: the mechanism's Linux default. */
  capacity?: number;
  /** Bytes the reader asks for per read call; default: the capacity. */
  readChunk?: number;
}

/** A half-open byte range `[start, end)` of the message. */
export interface Segment {
  /** First byte. */
  start: number;
  /** One past the last byte. */
  end: number;
}

/** Running totals of the transfer. */
export interface TransferCounters {
  /** System calls that completed (write/read/send/recv/kill, semaphore P/V). */
  syscalls: number;
  /** Kernel copies made (one per copy of a piece). */
  copies: number;
  /** Bytes copied by the kernel. */
  bytesCopied: number;
  /** Times the writer blocked. */
  writerBlocks: number;
  /** Times a blocked side was woken. */
  wakeups: number;
}

/** The simulator state. */
export interface TransferState {
  /** Mechanism. */
  mechanism: MechanismId;
  /** Message bytes (0 for a signal). */
  size: number;
  /** Kernel buffer or shared region capacity in bytes. */
  capacity: number;
  /** Largest piece one write may carry (message limit for queues). */
  maxWrite: number;
  /** Bytes the reader asks for per read. */
  readChunk: number;
  /** Bytes the writer has handed over so far. */
  written: number;
  /** Bytes the writer's current system call still has to hand over (0 = not inside a call). */
  callLeft: number;
  /** The reader is inside a read call (it may sleep there until data arrives). */
  readerInCall: boolean;
  /** Pieces waiting in the kernel buffer or shared region, oldest first. */
  buffer: Segment[];
  /** What the reader has received, in order; contiguous pieces are merged, so a correct run ends with `[{0, size}]`. */
  delivered: Segment[];
  /** The writer sleeps (full buffer, or P on a zero semaphore). */
  writerBlocked: boolean;
  /** The reader sleeps (empty buffer, or P on a zero semaphore). */
  readerBlocked: boolean;
  /** Shared memory: the semaphores `full` (data ready) and `empty` (region free again). */
  sems: { full: number; empty: number };
  /** Shared memory: the writer holds the region for its next piece (its P(empty) completed). */
  writerHasSlot: boolean;
  /** Shared memory: the reader's P(full) completed. */
  readerHasData: boolean;
  /** Signal: sent and not yet delivered. */
  signalPending: boolean;
  /** Signal: delivered to the handler. */
  signalDelivered: boolean;
  /** Events processed. */
  steps: number;
  /** Totals so far. */
  counters: TransferCounters;
}

/** Who acts next: the writer process or the reader process. */
export type TransferEvent = { type: 'write' } | { type: 'read' };

/** The two processes. */
export type Side = 'writer' | 'reader';

/** One thing that happened, for the animation and the narration. */
export type TransferTrace =
  | { kind: 'syscall'; who: Side; name: string; bytes: number }
  | { kind: 'copy'; from: 'writer-user' | 'kernel'; to: 'kernel' | 'reader-user'; segment: Segment }
  | { kind: 'shm-write'; segment: Segment }
  | { kind: 'shm-read'; segment: Segment }
  | { kind: 'block'; who: Side; reason: 'buffer-full' | 'buffer-empty' | 'semaphore-zero' | 'no-signal' }
  | { kind: 'wake'; who: Side }
  /** A process woken inside a system call carries on with it: no new call. */
  | { kind: 'resume'; who: Side; name: string }
  | {
      kind: 'sem';
      who: Side;
      op: 'P' | 'V';
      sem: 'full' | 'empty';
      value: number;
      /** P found 0 and the caller sleeps. */
      blocked: boolean;
      /** V found a sleeper and woke it instead of counting up. */
      wakes: boolean;
    }
  | { kind: 'signal-send' }
  | { kind: 'signal-deliver' }
  | { kind: 'still-blocked'; who: Side }
  | { kind: 'idle'; who: Side }
  | { kind: 'done'; bytes: number };
