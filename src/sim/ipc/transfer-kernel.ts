/**
 * Pipes, FIFOs, message queues and sockets: the data goes user → kernel buffer → user, one copy
 * each way. A system call is counted once, when it starts. A blocking `write()` on a stream that
 * finds the buffer full copies what fits, sleeps and resumes inside the same call until the whole
 * message is in (pipe_write in fs/pipe.c, unix_stream_sendmsg and tcp_sendmsg loop the same way);
 * a queue's send waits for room for its whole message; a read that finds nothing sleeps inside
 * its call. A pipe write of at most PIPE_BUF bytes is atomic: it waits for room for all of it.
 *
 * @see https://man7.org/linux/man-pages/man7/pipe.7.html (PIPE_BUF; blocking writes)
 * @see https://github.com/torvalds/linux/blob/master/fs/pipe.c (pipe_write: wait_event, then continue)
 */
import { getMechanism, type MechanismId } from './mechanisms.ts';
import { PIPE_BUF } from './limits.ts';
import type { Segment, TransferState, TransferTrace } from './model.ts';
import { appendDelivered, bufferedBytes, deliveredBytes } from './segments.ts';

const isQueue = (id: MechanismId): boolean => getMechanism(id).framing.value === 'message';
const isPipe = (id: MechanismId): boolean => id === 'pipe' || id === 'fifo';

/** The writer's turn: start a call, or resume the one it sleeps in; copy what fits; sleep if more is due. */
export function writeKernel(s: TransferState, trace: TransferTrace[]): void {
  if (s.writerBlocked) return void trace.push({ kind: 'still-blocked', who: 'writer' });
  if (s.written >= s.size) return void trace.push({ kind: 'idle', who: 'writer' });
  const name = syscallName(s.mechanism, 'write');
  if (s.callLeft === 0) {
    // A queue sends one message of at most maxWrite bytes per call; a stream hands over the rest in one call.
    s.callLeft = isQueue(s.mechanism) ? Math.min(s.size - s.written, s.maxWrite) : s.size - s.written;
    s.counters.syscalls++;
    trace.push({ kind: 'syscall', who: 'writer', name, bytes: s.callLeft });
  } else trace.push({ kind: 'resume', who: 'writer', name });
  const free = s.capacity - bufferedBytes(s);
  const whole = isQueue(s.mechanism) || (isPipe(s.mechanism) && s.size <= PIPE_BUF);
  const n = whole ? (free >= s.callLeft ? s.callLeft : 0) : Math.min(s.callLeft, free);
  if (n > 0) {
    const segment: Segment = { start: s.written, end: s.written + n };
    s.written += n;
    s.callLeft -= n;
    s.buffer.push(segment);
    s.counters.copies++;
    s.counters.bytesCopied += n;
    trace.push({ kind: 'copy', from: 'writer-user', to: 'kernel', segment });
    if (s.readerBlocked) {
      s.readerBlocked = false;
      s.counters.wakeups++;
      trace.push({ kind: 'wake', who: 'reader' });
    }
  }
  if (s.callLeft > 0) {
    s.writerBlocked = true;
    s.counters.writerBlocks++;
    trace.push({ kind: 'block', who: 'writer', reason: 'buffer-full' });
  }
}

/** The reader's turn: start a read (or resume it), sleep on an empty buffer, else take a message or up to readChunk bytes. */
export function readKernel(s: TransferState, trace: TransferTrace[]): void {
  if (s.readerBlocked) return void trace.push({ kind: 'still-blocked', who: 'reader' });
  if (deliveredBytes(s) >= s.size) return void trace.push({ kind: 'idle', who: 'reader' });
  const name = syscallName(s.mechanism, 'read');
  if (!s.readerInCall) {
    s.readerInCall = true;
    s.counters.syscalls++;
    trace.push({ kind: 'syscall', who: 'reader', name, bytes: 0 });
  } else trace.push({ kind: 'resume', who: 'reader', name });
  if (s.buffer.length === 0) {
    s.readerBlocked = true;
    return void trace.push({ kind: 'block', who: 'reader', reason: 'buffer-empty' });
  }
  // A queue hands out one message per call; a stream hands out up to readChunk bytes.
  const want = isQueue(s.mechanism) ? s.buffer[0]!.end - s.buffer[0]!.start : s.readChunk;
  const start = s.buffer[0]!.start;
  let taken = 0;
  while (s.buffer.length > 0 && taken < want) {
    const head = s.buffer[0]!;
    const n = Math.min(head.end - head.start, want - taken);
    taken += n;
    if (head.start + n === head.end) s.buffer.shift();
    else head.start += n;
  }
  const segment: Segment = { start, end: start + taken };
  appendDelivered(s, segment);
  s.readerInCall = false;
  s.counters.copies++;
  s.counters.bytesCopied += taken;
  trace.push({ kind: 'copy', from: 'kernel', to: 'reader-user', segment });
  if (s.writerBlocked) {
    s.writerBlocked = false;
    s.counters.wakeups++;
    trace.push({ kind: 'wake', who: 'writer' });
  }
}

function syscallName(id: MechanismId, op: 'write' | 'read'): string {
  const names: Partial<Record<MechanismId, [string, string]>> = {
    'posix-mq': ['mq_send', 'mq_receive'],
    'sysv-mq': ['msgsnd', 'msgrcv'],
    'unix-socket': ['send', 'recv'],
    'tcp-loopback': ['send', 'recv'],
  };
  const pair = names[id] ?? ['write', 'read'];
  return op === 'write' ? pair[0] : pair[1];
}
