/**
 * A cost model for one-way messages: copies, bytes copied, system calls, wake-ups, and an
 * estimated latency built from four documented constants. The constants are model estimates,
 * calibrated so that the model reproduces the ORDERING of the ipc-bench ping-pong figures and
 * stays within a factor of 2 of their 100 B and 1 KB values (tests/sim/ipc/cost.test.ts).
 *
 * @see https://github.com/goldsborough/ipc-bench (README: ping-pong messages per second, i5-4590S)
 */
import { getMechanism, type MechanismId } from './mechanisms.ts';
import { DEFAULT_REGION_BYTES } from './model.ts';
import { transferTotals } from './totals.ts';

/**
 * One system call entry and exit, in ns. Model estimate: lmbench measured about 4 µs in 1996 and
 * modern machines are sub-microsecond.
 * @see https://pages.cs.wisc.edu/~remzi/OSTEP/cpu-mechanisms.pdf (OSTEP ch. 6)
 */
export const SYSCALL_NS = 250;
/**
 * Waking a blocked process and switching to it, in ns. Model estimate inside the 1.2–2.7 µs
 * per switch that pipe ping-pong benchmarks measure.
 * @see https://eli.thegreenplace.net/2018/measuring-context-switching-and-memory-overheads-for-linux-threads/
 * @see https://blog.tsunanet.net/2010/11/how-long-does-it-take-to-make-context.html
 */
export const WAKEUP_NS = 1600;
/** Kernel memcpy bandwidth, bytes per ns (10 GB/s). Model estimate; calibrated on pipe 100 B vs 1 KB. */
export const COPY_BYTES_PER_NS = 10;
/** Socket layer (skb allocation, socket locks) per message, in ns. Calibrated: Unix socket vs pipe. */
export const SOCKET_LAYER_NS = 1200;
/** TCP/IP on loopback (segments, ACKs, softirq) on top of the socket layer, in ns. Calibrated: TCP vs Unix socket. */
export const TCP_STACK_NS = 3300;
/** Handing a cache line from one core to the other through shared memory, in ns. Calibrated: shared memory 100 B. */
export const CACHE_HANDOFF_NS = 90;
/** Reading freshly written shared data on another core, bytes per ns. Calibrated: shared memory 1 KB. */
export const CROSS_CORE_BYTES_PER_NS = 5;
/** How the two sides of shared memory wait for each other. */
export type ShmSync = 'semaphore' | 'spin';

/** What to estimate: `count` messages of `size` bytes each. */
export interface CostInput {
  /** Bytes per message. */
  size: number;
  /** Number of messages. */
  count: number;
  /** Shared memory: wait on a semaphore (P/V) or spin on an atomic as ipc-bench does. Default semaphore. */
  shmSync?: ShmSync;
  /** Shared memory region size in bytes. Default {@link DEFAULT_REGION_BYTES}. */
  regionBytes?: number;
}

/** The estimate for one mechanism. */
export interface CostEstimate {
  /** Which mechanism. */
  mechanism: MechanismId;
  /** Whether the mechanism carries the data at all (a signal does not). */
  carriesData: boolean;
  /** Pieces each message is split into (buffer capacity or message size limit). */
  chunksPerMessage: number;
  /** Kernel copies of each byte. */
  copiesPerByte: number;
  /** System calls per message, both sides (semaphore calls for shared memory). */
  syscallsPerMessage: number;
  /** Times the writer blocks on a full buffer, per message. */
  writerBlocksPerMessage: number;
  /** Wake-ups of a blocked side, per message. */
  wakeupsPerMessage: number;
  /** Bytes copied by the kernel over all messages (copies × size × count). */
  bytesCopied: number;
  /** System calls over all messages. */
  syscalls: number;
  /** Estimated one-way latency of one message, ns. */
  latencyNs: number;
  /** Estimated time for all messages sent one after another, ns. */
  totalNs: number;
  /** Messages per second at that latency. */
  messagesPerSecond: number;
  /** Ping-pong round trips per second (two one-way messages), as ipc-bench reports. */
  roundTripsPerSecond: number;
  /** Payload bytes per second. */
  bytesPerSecond: number;
}

/** Estimates copies, system calls and time for `count` messages of `size` bytes. */
export function estimateCost(id: MechanismId, input: CostInput): CostEstimate {
  const m = getMechanism(id);
  const { size, count } = input;
  const sync = input.shmSync ?? 'semaphore';
  const carriesData = m.path !== 'none';
  const copies = m.kernelCopies.value;
  // The same counts as one traced transfer (totals.ts): sigsuspend(), kill() and rt_sigreturn()
  // for a signal; four semaphore calls a piece for shared memory; for a stream one write() for the whole message (it sleeps
  // and resumes inside the call) and one read() per buffer-full; one call per message for a queue.
  const t = transferTotals(id, {
    size,
    ...(m.path === 'shared-pages' ? { capacity: input.regionBytes ?? DEFAULT_REGION_BYTES } : {}),
  });
  const chunks = Math.max(1, t.pieces);
  let { syscalls, wakeups, writerBlocks } = t;
  let extraNs = 0;
  if (m.path === 'shared-pages') {
    // Spinning on an atomic, as ipc-bench does, needs no system call and nobody sleeps.
    if (sync === 'spin') [syscalls, writerBlocks, wakeups] = [0, 0, 0];
    extraNs = chunks * CACHE_HANDOFF_NS + size / CROSS_CORE_BYTES_PER_NS;
  }
  if (id === 'unix-socket') extraNs = SOCKET_LAYER_NS;
  if (id === 'tcp-loopback') extraNs = SOCKET_LAYER_NS + TCP_STACK_NS;
  const copyBytes = carriesData ? copies * size : 0;
  const latencyNs = syscalls * SYSCALL_NS + wakeups * WAKEUP_NS + copyBytes / COPY_BYTES_PER_NS + extraNs;
  const messagesPerSecond = 1e9 / latencyNs;
  return {
    mechanism: id,
    carriesData,
    chunksPerMessage: chunks,
    copiesPerByte: copies,
    syscallsPerMessage: syscalls,
    writerBlocksPerMessage: writerBlocks,
    wakeupsPerMessage: wakeups,
    bytesCopied: copyBytes * count,
    syscalls: syscalls * count,
    latencyNs,
    totalNs: latencyNs * count,
    messagesPerSecond,
    roundTripsPerSecond: messagesPerSecond / 2,
    bytesPerSecond: carriesData ? messagesPerSecond * size : 0,
  };
}
