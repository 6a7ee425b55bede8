/**
 * The libco shared-stack run of the notes, recomputed: 10 million coroutines, every 100,000 sharing
 * one 128 KiB stack, about 66 GB in total for an echo service. The stacks are a tiny part; the rest is
 * per-connection state (the copy of each coroutine's used stack saved on a switch, its control block,
 * kernel socket buffers and the connection's own buffers).
 *
 * The figures are from the course notes, as libco's authors reported them (揭秘：微信是如何用 libco
 * 支撑 8 亿用户的, Tencent Bugly, 2016); the README says the shared-stack mode serves ten million
 * connections on one machine. The book cites them in design/concurrency-models.mdx (libco 的共享栈).
 * @see https://github.com/Tencent/libco
 */
import type { LibcoInput } from './model.ts';
import { COROUTINE_STACK_BYTES } from './constants.ts';

/** The recomputed libco figures. */
export interface LibcoBreakdown {
  /** Coroutines in the run. */
  coroutines: number;
  /** Coroutines per shared stack. */
  group: number;
  /** Shared stacks: ceil(coroutines / group). */
  stacks: number;
  /** Bytes of all shared stacks. */
  stackBytes: number;
  /** The reported total. */
  reportedTotalBytes: number;
  /** Reported total minus the stacks. */
  restBytes: number;
  /** The rest per coroutine (one coroutine serves one connection). */
  perConnectionBytes: number;
  /** Share of the total that is stack. */
  stackShare: number;
  /** What private 128 KiB stacks would have needed instead. */
  privateStacksBytes: number;
}

/** Splits the libco report into the shared stacks and per-connection state. */
export function explainLibco(input: LibcoInput): LibcoBreakdown {
  const stacks = Math.ceil(input.coroutines / input.group);
  const stackBytes = stacks * input.sharedStackBytes;
  const restBytes = Math.max(0, input.reportedTotalBytes - stackBytes);
  return {
    coroutines: input.coroutines,
    group: input.group,
    stacks,
    stackBytes,
    reportedTotalBytes: input.reportedTotalBytes,
    restBytes,
    perConnectionBytes: restBytes / input.coroutines,
    stackShare: input.reportedTotalBytes > 0 ? stackBytes / input.reportedTotalBytes : 0,
    privateStacksBytes: input.coroutines * COROUTINE_STACK_BYTES,
  };
}
