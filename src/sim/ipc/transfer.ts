/**
 * The transfer simulator: `initTransfer(mechanism, config)` and
 * `stepTransfer(state, event) -> [next, trace]`. Pure; the state is plain JSON.
 * Kernel-buffer mechanisms copy user → kernel → user and block a writer on a full buffer;
 * shared memory writes in place and hands over with semaphores (P blocks at 0); a signal carries no data.
 */
import { getMechanism, type MechanismId } from './mechanisms.ts';
import { roundPipeSize } from './limits.ts';
import {
  DEFAULT_REGION_BYTES,
  type TransferConfig,
  type TransferEvent,
  type TransferState,
  type TransferTrace,
} from './model.ts';
import { readKernel, writeKernel } from './transfer-kernel.ts';
import { stepSharedMemory } from './transfer-shm.ts';
import { deliveredBytes } from './segments.ts';

/** Sets up one message of `config.size` bytes between a writer and a reader. */
export function initTransfer(mechanism: MechanismId, config: TransferConfig): TransferState {
  const id = mechanism;
  const m = getMechanism(mechanism);
  const isSignal = m.path === 'none';
  const asked = config.capacity ?? m.capacity.value ?? DEFAULT_REGION_BYTES;
  // F_SETPIPE_SZ: a pipe holds whole pages, a power of two of them, at least one (round_pipe_size).
  const capacity = id === 'pipe' || id === 'fifo' ? roundPipeSize(asked) : asked;
  const maxWrite = Math.min(capacity, m.maxMessage.value ?? capacity);
  return {
    mechanism,
    size: isSignal ? 0 : config.size,
    capacity,
    maxWrite,
    readChunk: config.readChunk ?? capacity,
    written: 0,
    callLeft: 0,
    readerInCall: false,
    buffer: [],
    delivered: [],
    writerBlocked: false,
    readerBlocked: false,
    sems: { full: 0, empty: 1 },
    writerHasSlot: false,
    readerHasData: false,
    signalPending: false,
    signalDelivered: false,
    steps: 0,
    counters: { syscalls: 0, copies: 0, bytesCopied: 0, writerBlocks: 0, wakeups: 0 },
  };
}

/** Whether the whole message (or the signal) has arrived. */
export function isTransferDone(state: TransferState): boolean {
  if (getMechanism(state.mechanism).path === 'none') return state.signalDelivered;
  return deliveredBytes(state) === state.size;
}

/** Applies one event (the writer or the reader acts) and returns the next state and what happened. */
export function stepTransfer(state: TransferState, event: TransferEvent): [TransferState, TransferTrace[]] {
  const s: TransferState = {
    ...state,
    buffer: state.buffer.map((seg) => ({ ...seg })),
    delivered: state.delivered.map((seg) => ({ ...seg })),
    sems: { ...state.sems },
    counters: { ...state.counters },
  };
  s.steps++;
  const trace: TransferTrace[] = [];
  const path = getMechanism(s.mechanism).path;
  if (path === 'none') stepSignal(s, event, trace);
  else if (path === 'shared-pages') stepSharedMemory(s, event, trace);
  else if (event.type === 'write') writeKernel(s, trace);
  else readKernel(s, trace);
  if (isTransferDone(s) && !isTransferDone(state)) trace.push({ kind: 'done', bytes: s.size });
  return [s, trace];
}

function stepSignal(s: TransferState, event: TransferEvent, trace: TransferTrace[]): void {
  if (event.type === 'write') {
    if (s.signalPending || s.signalDelivered) return void trace.push({ kind: 'idle', who: 'writer' });
    s.signalPending = true;
    s.counters.syscalls++;
    trace.push({ kind: 'syscall', who: 'writer', name: 'kill', bytes: 0 }, { kind: 'signal-send' });
    if (s.readerBlocked) {
      s.readerBlocked = false;
      s.counters.wakeups++;
      trace.push({ kind: 'wake', who: 'reader' });
    }
    return;
  }
  if (s.readerBlocked) return void trace.push({ kind: 'still-blocked', who: 'reader' });
  if (s.signalDelivered) return void trace.push({ kind: 'idle', who: 'reader' });
  // The reader waits in sigsuspend(), counted once when it starts, as a pipe's blocking read() is.
  if (!s.readerInCall) {
    s.readerInCall = true;
    s.counters.syscalls++;
    trace.push({ kind: 'syscall', who: 'reader', name: 'sigsuspend', bytes: 0 });
  } else trace.push({ kind: 'resume', who: 'reader', name: 'sigsuspend' });
  if (!s.signalPending) {
    s.readerBlocked = true;
    return void trace.push({ kind: 'block', who: 'reader', reason: 'no-signal' });
  }
  s.signalPending = false;
  s.signalDelivered = true;
  s.readerInCall = false;
  // The handler runs on the way back to user mode and returns through rt_sigreturn; then
  // sigsuspend() returns -1 with EINTR (man 2 sigsuspend).
  s.counters.syscalls++;
  trace.push({ kind: 'signal-deliver' }, { kind: 'syscall', who: 'reader', name: 'rt_sigreturn', bytes: 0 });
}

/** The event a simple scheduler picks next: the reader waits first, then the writer runs until it blocks. */
export function nextTransferEvent(state: TransferState): TransferEvent | null {
  if (isTransferDone(state)) return null;
  if (state.steps === 0) return { type: 'read' };
  const path = getMechanism(state.mechanism).path;
  const writerHasWork =
    path === 'none' ? !state.signalPending && !state.signalDelivered : state.written < state.size;
  if (!state.writerBlocked && writerHasWork) return { type: 'write' };
  return { type: 'read' };
}

/** Runs the simple scheduler to the end (at most `maxSteps` events); returns the final state and the trace per step. */
export function runTransfer(state: TransferState, maxSteps = 10_000): [TransferState, TransferTrace[][]] {
  const steps: TransferTrace[][] = [];
  let s = state;
  for (let event = nextTransferEvent(s); event && steps.length < maxSteps; event = nextTransferEvent(s)) {
    const [next, trace] = stepTransfer(s, event);
    steps.push(trace);
    s = next;
  }
  return [s, steps];
}

/** A whole scheduled run kept for a player: `states[k]` is the state after `k` events, `steps[k]` the trace of event k+1. */
export interface TransferRecording {
  /** States 0..n. */
  states: TransferState[];
  /** Traces 1..n (index 0 is the first event). */
  steps: TransferTrace[][];
}

/** Runs the simple scheduler to the end and keeps every state, for stepping back and forth. */
export function recordTransfer(state: TransferState, maxSteps = 2000): TransferRecording {
  const states = [state];
  const steps: TransferTrace[][] = [];
  let s = state;
  for (let event = nextTransferEvent(s); event && steps.length < maxSteps; event = nextTransferEvent(s)) {
    const [next, trace] = stepTransfer(s, event);
    states.push(next);
    steps.push(trace);
    s = next;
  }
  return { states, steps };
}
