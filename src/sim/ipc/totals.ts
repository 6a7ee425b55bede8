/**
 * The totals of one transfer under the simple scheduler (nextTransferEvent), in closed form: a
 * 1 GiB message through a one-page pipe takes 2^18 reads, far more steps than anyone should print
 * or simulate, yet its counts are a few divisions. tests/sim/ipc/totals.test.ts checks that these
 * equal the simulator's counters, step for step, on every mechanism.
 */
import { getMechanism, type MechanismId } from './mechanisms.ts';
import type { TransferConfig } from './model.ts';
import { initTransfer } from './transfer.ts';

/** What a whole transfer adds up to. */
export interface TransferTotals {
  /** Events the scheduler runs until the message (or signal) has arrived. */
  steps: number;
  /** Pieces the writer hands over (copies into the kernel, or shared-memory writes). */
  pieces: number;
  /** System calls, both sides. */
  syscalls: number;
  /** Kernel copies. */
  copies: number;
  /** Bytes copied by the kernel. */
  bytesCopied: number;
  /** Times the writer sleeps. */
  writerBlocks: number;
  /** Times a sleeping side is woken. */
  wakeups: number;
}

const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);

/** Totals of the transfer `initTransfer(mechanism, config)` would run, without running it. */
export function transferTotals(mechanism: MechanismId, config: TransferConfig): TransferTotals {
  const m = getMechanism(mechanism);
  const s = initTransfer(mechanism, config);
  const S = s.size;
  const C = s.capacity;
  if (m.path === 'none')
    // sigsuspend() (the reader waits), kill(), rt_sigreturn() (the handler returns).
    return { steps: 3, pieces: 0, syscalls: 3, copies: 0, bytesCopied: 0, writerBlocks: 0, wakeups: 1 };
  if (m.path === 'shared-pages') {
    // Per piece four semaphore calls: the writer's P(empty) and V(full), the reader's P(full) and
    // V(empty); the writer sleeps on `empty` once for each piece after the first.
    const P = ceilDiv(S, C);
    return {
      steps: 3 * P,
      pieces: P,
      syscalls: 4 * P,
      copies: 0,
      bytesCopied: 0,
      writerBlocks: P - 1,
      wakeups: P,
    };
  }
  if (m.framing.value === 'message') {
    // One message per call, each whole: the queue first takes q messages, then every later one
    // waits for a read, except a short last one that fits the slack f.
    const M = s.maxWrite;
    const P = ceilDiv(S, M);
    const last = S - (P - 1) * M;
    const q = Math.floor(C / M);
    const blocks = S <= C ? 0 : P - q - (last <= C - q * M ? 1 : 0);
    return {
      steps: 1 + P + blocks + P,
      pieces: P,
      syscalls: 2 * P,
      copies: 2 * P,
      bytesCopied: 2 * S,
      writerBlocks: blocks,
      wakeups: 1 + blocks,
    };
  }
  // A stream: one write() for the whole message. It fills the buffer, then every read of r
  // bytes makes room for r more, until the rest is in; the reader takes r bytes a call.
  const r = Math.min(s.readChunk, C);
  const k = S > C ? ceilDiv(S - C, r) : 0;
  const reads = ceilDiv(S, r);
  return {
    steps: 2 + k + reads,
    pieces: 1 + k,
    syscalls: 1 + reads,
    copies: 1 + k + reads,
    bytesCopied: 2 * S,
    writerBlocks: k,
    wakeups: 1 + k,
  };
}
