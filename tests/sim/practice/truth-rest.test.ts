/**
 * Kinds 5, 6 and 7 against other means: the IPC answers (from the transfer simulator run step by
 * step) against the cost model's closed form; the stack answers (from the tasks model's bill)
 * against products of the scenario's inputs; the switch-step answers against the context-switch
 * stepper walked with `next` and its CPU diffs.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { MECHANISM_IDS, estimateCost, initTransfer, runTransfer } from '../../../src/sim/ipc/index.ts';
import { KERNEL_STACK_BYTES, GUARD_PAGE_BYTES, TASK_STRUCT_BYTES } from '../../../src/sim/tasks/index.ts';
import { tasksScenarioSchema } from '../../../src/sim/tasks/schema.ts';
import {
  contextSwitchSteps,
  currentStep,
  initContextSwitch,
  stepContextSwitch,
} from '../../../src/sim/context-switch/index.ts';
import { contextSwitchScenarioSchema } from '../../../src/sim/context-switch/schema.ts';
import { generateProblem, type Level } from '../../../src/sim/practice/index.ts';
import { ipcProblem } from '../../../src/sim/practice/kinds/ipc-cost.ts';
import { switchStepsProblem } from '../../../src/sim/practice/kinds/switch-steps.ts';
import { taskStacksProblem } from '../../../src/sim/practice/kinds/task-stacks.ts';

const levels = fc.constantFrom<Level>(1, 2, 3);
const answerOf = (parts: { id: string; answer: string }[], id: string) =>
  parts.find((p) => p.id === id)?.answer;

describe('kind 5, ipc-cost', () => {
  test('copies, bytes, system calls and blocking equal the cost model in closed form', () => {
    const arb = fc.record({
      id: fc.constantFrom(...MECHANISM_IDS),
      size: fc.integer({ min: 1, max: 400_000 }),
      count: fc.integer({ min: 1, max: 20 }),
      blockCount: fc.boolean(),
    });
    fc.assert(
      fc.property(arb, ({ id, size, count, blockCount }) => {
        const problem = ipcProblem(id, size, count, blockCount, { seed: 0, level: 1 });
        const cost = estimateCost(id, { size, count });
        // a signal carries no payload: no per-byte question
        expect(answerOf(problem.parts, 'copies')).toBe(
          cost.carriesData ? String(cost.copiesPerByte) : undefined,
        );
        expect(answerOf(problem.parts, 'bytes')).toBe(String(cost.bytesCopied));
        expect(answerOf(problem.parts, 'syscalls')).toBe(String(cost.syscalls));
        expect(answerOf(problem.parts, 'blocks')).toBe(
          blockCount
            ? String(cost.writerBlocksPerMessage * count)
            : cost.writerBlocksPerMessage > 0
              ? 'yes'
              : 'no',
        );
      }),
      { numRuns: 300 },
    );
  });

  test('a signal is posed as N notifications, and its syscalls count the waiting sigsuspend() (issue 20)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 32 - 1 }), levels, (seed, level) => {
        const problem = generateProblem('ipc-cost', seed, { level, mechanisms: ['signal'] });
        const text = problem.question.map((b) => (b.type === 'text' ? b.text : '')).join('');
        const n = Number(/通知读进程 (\d+) 次/.exec(text)?.[1]);
        expect(text).not.toMatch(/消息|每条/);
        expect(problem.parts.map((p) => p.prompt).join('')).not.toContain('消息');
        // per notification: the reader's sigsuspend(), the writer's kill(), the handler's rt_sigreturn()
        const [end, steps] = runTransfer(initTransfer('signal', { size: 1 }));
        const calls = steps.flat().flatMap((e) => (e.kind === 'syscall' ? [e.name] : []));
        expect(calls).toEqual(['sigsuspend', 'kill', 'rt_sigreturn']);
        expect(answerOf(problem.parts, 'syscalls')).toBe(String(end.counters.syscalls * n));
        expect(answerOf(problem.parts, 'bytes')).toBe('0');
      }),
      { numRuns: 100 },
    );
  });

  test('shared memory: every P and V the question describes is counted, so N messages cost N times one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400_000 }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom(4096, 65_536, 1_048_576),
        (size, n, capacity) => {
          // Run n messages back to back in one state: the semaphores end as they began.
          let s = initTransfer('shm-sem', { size, capacity });
          const start = s.sems;
          let syscalls = 0;
          for (let i = 0; i < n; i++) {
            const [end] = runTransfer({ ...s, written: 0, delivered: [], steps: 0, counters: s.counters });
            expect(end.sems).toEqual(start);
            syscalls = end.counters.syscalls;
            s = end;
          }
          const pieces = Math.ceil(size / capacity);
          // writer P(empty) + V(full), reader P(full) + V(empty), per piece
          expect(syscalls).toBe(4 * pieces * n);
          expect(estimateCost('shm-sem', { size, count: n, regionBytes: capacity }).syscalls).toBe(syscalls);
        },
      ),
      { numRuns: 100 },
    );
  });

  test('a chapter can restrict the mechanisms, and an unknown one is named', () => {
    for (let seed = 0; seed < 40; seed++) {
      const problem = generateProblem('ipc-cost', seed, { mechanisms: ['pipe', 'fifo'] });
      expect(problem.question[0]!.type === 'text' && /匿名管道|命名管道/.test(problem.question[0].text)).toBe(
        true,
      );
    }
    expect(() => generateProblem('ipc-cost', 1, { mechanisms: ['pipe', 'carrier-pigeon'] })).toThrow(
      'mechanisms：没有通信方式 carrier-pigeon',
    );
  });
});

describe('kind 6, task-stacks', () => {
  test('reserved and touched stack memory equal N times the sizes the question states', () => {
    const KiB = 1024;
    const arb = fc.record({
      n: fc.integer({ min: 1, max: 1_000_000 }),
      threadStackBytes: fc.integer({ min: 1, max: 2048 }).map((k) => k * 4 * KiB),
      touchedStackBytes: fc.integer({ min: 1, max: 64 }).map((k) => k * 4 * KiB),
      coroutineStackBytes: fc.integer({ min: 1, max: 128 }).map((k) => k * 4 * KiB),
      group: fc.integer({ min: 1, max: 100_000 }),
      shared: fc.constantFrom(64 * KiB, 128 * KiB, 256 * KiB),
    });
    fc.assert(
      fc.property(arb, (r) => {
        const sc = tasksScenarioSchema.parse({
          n: r.n,
          threadStackBytes: r.threadStackBytes,
          touchedStackBytes: r.touchedStackBytes,
          coroutineStackBytes: r.coroutineStackBytes,
          libco: { group: r.group, sharedStackBytes: r.shared },
        });
        const problem = taskStacksProblem(sc, ['thread-guard', 'coroutine', 'shared-stack', 'kernel'], {
          seed: 0,
          level: 3,
        });
        const a = (id: string) => Number(answerOf(problem.parts, id));
        expect(a('thread-reserved')).toBe(r.n * (r.threadStackBytes + GUARD_PAGE_BYTES));
        expect(a('thread-touched')).toBe(r.n * Math.min(r.threadStackBytes, r.touchedStackBytes));
        expect(a('coroutine-reserved')).toBe(r.n * r.coroutineStackBytes);
        expect(a('coroutine-touched')).toBe(r.n * Math.min(r.coroutineStackBytes, r.touchedStackBytes));
        expect(a('shared-reserved')).toBe(Math.ceil(r.n / r.group) * r.shared);
        expect(a('process-kernel')).toBe(r.n * (TASK_STRUCT_BYTES + KERNEL_STACK_BYTES));
      }),
      { numRuns: 300 },
    );
  });

  test('level 1 asks about thread stacks without guard pages', () => {
    const problem = generateProblem('task-stacks', 5, { level: 1 });
    expect(problem.parts.map((p) => p.id)).toEqual(['thread-reserved', 'thread-touched']);
  });
});

describe('kind 7, switch-steps', () => {
  /** The step ids of a kind in the order the stepper visits them with `next`. */
  function walk(
    kind: 'process' | 'thread',
    pcid: boolean,
  ): { id: string; changed: string[]; skipped: boolean }[] {
    let s = initContextSwitch(contextSwitchScenarioSchema.parse({ kind, pcid }));
    const out = [];
    for (let i = 1; i < contextSwitchSteps(kind, pcid).length; i++) {
      const [next, trace] = stepContextSwitch(s, { type: 'next' });
      out.push({
        id: trace.step,
        changed: trace.changed as string[],
        skipped: currentStep(next).skipped !== undefined,
      });
      s = next;
    }
    return out;
  }

  test('the order, the skipped steps, the CR3 step and the stack step equal a walk of the stepper', () => {
    const arb = fc.record({
      pcid: fc.boolean(),
      level: levels,
      order: fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6], { minLength: 7 }),
    });
    fc.assert(
      fc.property(arb, ({ pcid, level, order }) => {
        const problem = switchStepsProblem(pcid, order, { seed: 0, level });
        const process = walk('process', pcid);
        const thread = walk('thread', pcid);
        // label shown beside the step with this id: its position in the shuffled table
        const titles = (problem.question[1] as { rows: string[][] }).rows;
        expect(titles.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
        const labelOf = (id: string) => String(order.indexOf(process.findIndex((p) => p.id === id)) + 1);
        expect(answerOf(problem.parts, 'order')).toBe(process.map((p) => labelOf(p.id)).join(' '));
        const skipped = thread.filter((t) => t.skipped).map((t) => labelOf(t.id));
        expect(answerOf(problem.parts, 'thread-skip')!.split(' ').sort()).toEqual(skipped.sort());
        // the step a thread switch skips is the one that changes CR3 in a process switch
        expect(skipped).toEqual(process.filter((p) => p.changed.includes('cr3')).map((p) => labelOf(p.id)));
        if (level >= 2) expect(answerOf(problem.parts, 'cr3')).toBe(skipped[0]);
        if (level >= 3) {
          const stack = process.filter((p) => p.changed.includes('stack')).map((p) => p.id);
          // the stack changes on entry (A's kernel stack) and at the switch (B's kernel stack); the second is asked
          expect(answerOf(problem.parts, 'stack')).toBe(labelOf(stack[1]!));
        }
      }),
      { numRuns: 200 },
    );
  });
});
