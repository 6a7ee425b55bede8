import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  MECHANISM_IDS,
  PIPE_CAPACITY,
  bufferedBytes,
  deliveredBytes,
  estimateCost,
  getMechanism,
  initTransfer,
  isTransferDone,
  nextTransferEvent,
  runTransfer,
  recordTransfer,
  stepTransfer,
  type TransferState,
  type TransferTrace,
} from '../../../src/sim/ipc/index.ts';

const kinds = (steps: TransferTrace[][]) => steps.map((t) => t.map((e) => e.kind).join(','));

describe('stepTransfer: worked examples', () => {
  test('100,000 B through a pipe: one write() that fills 64 KiB, sleeps inside the call and resumes', () => {
    const [end, steps] = runTransfer(initTransfer('pipe', { size: 100_000 }));
    expect(kinds(steps)).toEqual([
      'syscall,block', // the reader calls read(), finds the pipe empty and sleeps in the call
      'syscall,copy,wake,block', // write(100,000 B): 65,536 B fit, the reader wakes, the writer sleeps in write()
      'resume,copy,wake', // read() resumes with 65,536 B and wakes the writer
      'resume,copy', // the same write() resumes and hands over the remaining 34,464 B, then returns
      'syscall,copy,done', // a second read() takes them
    ]);
    // As Linux counts them (strace shows one write and two reads): 1 + 2 system calls.
    expect(end.counters).toEqual({
      syscalls: 3,
      copies: 4,
      bytesCopied: 200_000,
      writerBlocks: 1,
      wakeups: 2,
    });
    const received = steps
      .flat()
      .flatMap((e) => (e.kind === 'copy' && e.to === 'reader-user' ? [e.segment] : []));
    expect(received).toEqual([
      { start: 0, end: 65_536 },
      { start: 65_536, end: 100_000 },
    ]);
    expect(end.delivered).toEqual([{ start: 0, end: 100_000 }]);
  });

  test('shared memory: direct writes, P blocks at 0 and V wakes the sleeper; no kernel copies', () => {
    const [end, steps] = runTransfer(initTransfer('shm-sem', { size: 6000, capacity: 4096 }));
    const sems = steps.flat().filter((e) => e.kind === 'sem');
    // Two pieces (4096 + 1904), four semaphore calls each: 8; the message ends as it began.
    expect(sems.map((e) => `${e.who}:${e.op}(${e.sem})${e.blocked ? '阻塞' : ''}`)).toEqual([
      'reader:P(full)阻塞',
      'writer:P(empty)',
      'writer:V(full)',
      'writer:P(empty)阻塞',
      'reader:V(empty)',
      'writer:V(full)',
      'reader:P(full)',
      'reader:V(empty)',
    ]);
    expect(end.counters.copies).toBe(0);
    expect(end.counters.bytesCopied).toBe(0);
    expect(end.counters.syscalls).toBe(8);
    expect(end.sems).toEqual(initTransfer('shm-sem', { size: 6000, capacity: 4096 }).sems);
    expect(steps.flat().filter((e) => e.kind === 'shm-write')).toHaveLength(2);
  });

  test('a signal delivers a notification and no data', () => {
    const [end, steps] = runTransfer(initTransfer('signal', { size: 1000 }));
    expect(end.size).toBe(0);
    expect(end.signalDelivered).toBe(true);
    // The reader waits in sigsuspend() (counted as a pipe's blocking read() is), wakes inside it.
    expect(kinds(steps)).toEqual([
      'syscall,block',
      'syscall,signal-send,wake',
      'resume,signal-deliver,syscall,done',
    ]);
    expect(end.counters.syscalls).toBe(3);
  });

  test('a System V queue keeps messages whole: a writer waits for room for the entire message', () => {
    let s = initTransfer('sysv-mq', { size: 20_000 }); // pieces 8192, 8192, 3616; queue holds 16,384 B
    const writes: TransferTrace[][] = [];
    for (let i = 0; i < 3; i++) {
      const [next, trace] = stepTransfer(s, { type: 'write' });
      writes.push(trace);
      s = next;
    }
    // The third msgsnd() starts, finds no room for its 3,616 B and sleeps inside the call.
    expect(kinds(writes)).toEqual(['syscall,copy', 'syscall,copy', 'syscall,block']);
    expect(bufferedBytes(s)).toBe(16_384);
  });

  test('a blocked side does nothing until woken, and a finished side idles', () => {
    let s = initTransfer('pipe', { size: 10 });
    let trace: TransferTrace[];
    [s, trace] = stepTransfer(s, { type: 'read' });
    expect(trace[1]).toEqual({ kind: 'block', who: 'reader', reason: 'buffer-empty' });
    [s, trace] = stepTransfer(s, { type: 'read' });
    expect(trace).toEqual([{ kind: 'still-blocked', who: 'reader' }]);
    [s, trace] = stepTransfer(s, { type: 'write' });
    expect(trace.map((e) => e.kind)).toEqual(['syscall', 'copy', 'wake']);
    [s, trace] = stepTransfer(s, { type: 'write' });
    expect(trace).toEqual([{ kind: 'idle', who: 'writer' }]);
    expect(s.readerBlocked).toBe(false);
  });
});

/** Any interleaving of writer and reader actions, then the scheduler finishes the transfer. */
const arbRun = fc.record({
  mechanism: fc.constantFrom(...MECHANISM_IDS),
  // Kept small enough that a run needs at most a few hundred steps.
  size: fc.integer({ min: 1, max: 200_000 }),
  capacity: fc.option(fc.integer({ min: 2048, max: 70_000 }), { nil: undefined }),
  readChunk: fc.option(fc.integer({ min: 1024, max: 70_000 }), { nil: undefined }),
  events: fc.array(fc.constantFrom('write' as const, 'read' as const), { maxLength: 60 }),
});

type Run = typeof arbRun extends fc.Arbitrary<infer T> ? T : never;

function play(r: Run): {
  states: TransferState[];
  traces: TransferTrace[];
} {
  let s = initTransfer(r.mechanism, { size: r.size, capacity: r.capacity, readChunk: r.readChunk });
  const states = [s];
  const traces: TransferTrace[] = [];
  const events = [...r.events.map((type) => ({ type }))];
  for (let i = 0; i < 5000; i++) {
    const event = events.shift() ?? nextTransferEvent(s);
    if (!event) break;
    const [next, trace] = stepTransfer(s, event);
    traces.push(...trace);
    states.push(next);
    s = next;
  }
  return { states, traces };
}

describe('stepTransfer: properties', () => {
  test('every transfer ends with all bytes delivered exactly once, in order', () => {
    fc.assert(
      fc.property(arbRun, (r) => {
        const { states } = play(r);
        const end = states.at(-1)!;
        expect(isTransferDone(end)).toBe(true);
        // Contiguous pieces merge, so one range [0, size) means no gap, no overlap, no reordering.
        expect(end.delivered).toEqual(end.size > 0 ? [{ start: 0, end: end.size }] : []);
        let at = 0;
        for (const e of play(r).traces) {
          if ((e.kind === 'copy' && e.to === 'reader-user') || e.kind === 'shm-read') {
            expect(e.segment.start).toBe(at);
            at = e.segment.end;
          }
        }
        expect(at).toBe(end.size);
        expect(bufferedBytes(end)).toBe(0);
      }),
    );
  });

  test('a writer never puts more than the capacity into the buffer', () => {
    fc.assert(
      fc.property(arbRun, (r) => {
        for (const s of play(r).states) {
          expect(bufferedBytes(s)).toBeLessThanOrEqual(s.capacity);
          expect(s.written).toBe(deliveredBytes(s) + bufferedBytes(s));
        }
      }),
    );
  });

  test('bytes copied = copies per byte × size for copying mechanisms, 0 otherwise', () => {
    fc.assert(
      fc.property(arbRun, (r) => {
        const end = play(r).states.at(-1)!;
        expect(end.counters.bytesCopied).toBe(getMechanism(r.mechanism).kernelCopies.value * end.size);
      }),
    );
  });

  test('the scheduler run agrees with the cost model on calls, blocks and wake-ups', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MECHANISM_IDS), fc.integer({ min: 1, max: 400_000 }), (id, size) => {
        const [end] = runTransfer(initTransfer(id, { size }));
        const c = estimateCost(id, { size, count: 1 });
        expect(end.counters.syscalls).toBe(c.syscallsPerMessage);
        expect(end.counters.writerBlocks).toBe(c.writerBlocksPerMessage);
        expect(end.counters.wakeups).toBe(c.wakeupsPerMessage);
      }),
    );
  });

  test('same inputs, same outputs; the state survives a JSON round trip', () => {
    fc.assert(
      fc.property(arbRun, (r) => {
        const a = play(r);
        expect(play(r)).toEqual(a);
        for (const s of a.states) expect(JSON.parse(JSON.stringify(s))).toEqual(s);
      }),
    );
  });

  test('a pipe of default size never holds more than 65,536 B', () => {
    const s = initTransfer('pipe', { size: 1 });
    expect(s.capacity).toBe(PIPE_CAPACITY);
  });
});

describe('recordTransfer', () => {
  test('keeps every state of the scheduled run, ending where runTransfer ends', () => {
    const init = initTransfer('pipe', { size: 100_000 });
    const rec = recordTransfer(init);
    const [end, steps] = runTransfer(init);
    expect(rec.steps).toEqual(steps);
    expect(rec.states).toHaveLength(steps.length + 1);
    expect(rec.states[0]).toEqual(init);
    expect(rec.states.at(-1)).toEqual(end);
  });
});
