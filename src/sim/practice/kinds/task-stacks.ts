/**
 * Kind 6: N tasks run as threads, stackful coroutines, shared-stack coroutines (libco) or
 * processes: how much stack memory is reserved (virtual) and how much is touched (resident).
 * Every answer is a part of the tasks model's bill (`estimateTasks`), looked up by its label, and
 * the solution quotes the part with its basis.
 */
// The model's own files, not its index: the index also loads the schemas, and with them zod.
import { GUARD_PAGE_BYTES, KERNEL_STACK_BYTES, TASK_STRUCT_BYTES } from '../../tasks/constants.ts';
import { tasksScenarioWith, type TasksScenario, type TasksScenarioInput } from '../../tasks/model.ts';
import { estimateTasks, type CostPart, type TaskKind } from '../../tasks/estimate.ts';
import { KiB, MiB } from '../../units.ts';
import { drawFor } from '../draw.ts';
import { bytesExact, count } from '../format.ts';
import type { Level, Part, PracticeGenerator, Problem } from '../model.ts';

/** Finds a part of the model's bill by its label (a renamed part fails loudly, naming both). */
export function billPart(kind: TaskKind, sc: TasksScenario, label: string): CostPart {
  const parts = estimateTasks(kind, sc).parts;
  const found = parts.find((p) => p.label === label);
  if (!found)
    throw new Error(
      `任务模型的 ${kind} 账单里没有「${label}」这一项（现有：${parts.map((p) => p.label).join('、')}）`,
    );
  return found;
}

const quote = (p: CostPart) =>
  `模型的「${p.label}」：虚拟 ${bytesExact(p.virtualBytes)}，驻留 ${bytesExact(p.residentBytes)}（${p.basis}）。`;

type Ask = 'thread' | 'thread-guard' | 'coroutine' | 'shared-stack' | 'kernel';
const PLAN: Record<Level, Ask[]> = {
  1: ['thread'],
  2: ['thread-guard', 'coroutine'],
  3: ['thread-guard', 'coroutine', 'shared-stack', 'kernel'],
};

/** The parts for one thing asked, from the model's bill. */
function partsFor(ask: Ask, sc: TasksScenario): Part[] {
  const n = count(sc.n);
  const mul = (each: number, total: number) => `${n} × ${bytesExact(each)} = ${bytesExact(total)}`;
  const touchedEach = (stack: number) => Math.min(stack, sc.touchedStackBytes);
  const bytesPart = (id: string, prompt: string, value: number, solution: string[]): Part => ({
    id,
    prompt,
    input: { type: 'bytes' },
    answer: String(value),
    answerText: bytesExact(value),
    solution,
  });
  switch (ask) {
    case 'thread':
    case 'thread-guard': {
      const stack = billPart('thread', sc, '线程栈');
      const guard = billPart('thread', sc, '保护页');
      const withGuard = ask === 'thread-guard';
      const reserved = stack.virtualBytes + (withGuard ? guard.virtualBytes : 0);
      return [
        bytesPart(
          'thread-reserved',
          `${n} 个线程：栈${withGuard ? '（连同保护页）' : ''}一共预留多少虚拟内存`,
          reserved,
          [
            quote(stack),
            ...(withGuard ? [quote(guard)] : []),
            withGuard
              ? `${mul(sc.threadStackBytes, stack.virtualBytes)}，加保护页 ${mul(GUARD_PAGE_BYTES, guard.virtualBytes)}，共 ${bytesExact(reserved)}。`
              : `${mul(sc.threadStackBytes, stack.virtualBytes)}。`,
          ],
        ),
        bytesPart('thread-touched', `${n} 个线程：栈实际触及（驻留）多少`, stack.residentBytes, [
          quote(stack),
          `每个线程只触及 ${bytesExact(touchedEach(sc.threadStackBytes))}：${mul(touchedEach(sc.threadStackBytes), stack.residentBytes)}。`,
        ]),
      ];
    }
    case 'coroutine': {
      const stack = billPart('coroutine', sc, '私有栈');
      return [
        bytesPart('coroutine-reserved', `${n} 个有栈协程：私有栈一共预留多少`, stack.virtualBytes, [
          quote(stack),
          `${mul(sc.coroutineStackBytes, stack.virtualBytes)}。`,
        ]),
        bytesPart('coroutine-touched', `${n} 个有栈协程：私有栈实际触及多少`, stack.residentBytes, [
          quote(stack),
          `每个协程只触及 ${bytesExact(touchedEach(sc.coroutineStackBytes))}：${mul(touchedEach(sc.coroutineStackBytes), stack.residentBytes)}。`,
        ]),
      ];
    }
    case 'shared-stack': {
      const stack = billPart('shared-stack', sc, '共享栈');
      const stacks = Math.ceil(sc.n / sc.libco.group);
      return [
        bytesPart('shared-reserved', `${n} 个共享栈协程：共享栈一共占多少`, stack.virtualBytes, [
          quote(stack),
          `⌈${n} / ${count(sc.libco.group)}⌉ = ${stacks} 个共享栈，${stacks} × ${bytesExact(sc.libco.sharedStackBytes)} = ${bytesExact(stack.virtualBytes)}。`,
        ]),
      ];
    }
    case 'kernel': {
      const part = billPart('process', sc, 'task_struct 与内核栈');
      return [
        bytesPart(
          'process-kernel',
          `${n} 个进程：内核里的 task_struct 与内核栈一共多少`,
          part.residentBytes,
          [
            quote(part),
            `每个进程 ${bytesExact(TASK_STRUCT_BYTES)} + ${bytesExact(KERNEL_STACK_BYTES)}：${mul(TASK_STRUCT_BYTES + KERNEL_STACK_BYTES, part.residentBytes)}。线程也一样要付这一份，协程不用。`,
          ],
        ),
      ];
    }
  }
}

/** Builds the problem for a scenario and the things to ask. */
export function taskStacksProblem(
  sc: TasksScenario,
  asks: readonly Ask[],
  meta: Pick<Problem, 'seed' | 'level'>,
): Problem {
  const facts = [
    `线程栈预留 ${bytesExact(sc.threadStackBytes)}${asks.includes('thread-guard') ? `，下方各有一个 ${bytesExact(GUARD_PAGE_BYTES)} 的保护页` : ''}`,
    ...(asks.includes('coroutine') ? [`有栈协程各有 ${bytesExact(sc.coroutineStackBytes)} 的私有栈`] : []),
    `线程和协程实际只用到栈的 ${bytesExact(sc.touchedStackBytes)}（只有用到的页才占物理内存）`,
    ...(asks.includes('shared-stack')
      ? [
          `共享栈协程（libco）每 ${count(sc.libco.group)} 个共用一个 ${bytesExact(sc.libco.sharedStackBytes)} 的栈`,
        ]
      : []),
    ...(asks.includes('kernel')
      ? [
          `每个进程或线程在内核里有一个 task_struct（约 ${bytesExact(TASK_STRUCT_BYTES)}，模型估计）和一个 ${bytesExact(KERNEL_STACK_BYTES)} 的内核栈`,
        ]
      : []),
  ];
  return {
    kind: 'task-stacks',
    ...meta,
    title: TITLE,
    question: [
      { type: 'text', text: `要同时运行 ${count(sc.n)} 个任务。${facts.join('；')}。` },
      { type: 'text', text: '答案写字节数，可带单位（如 80 MiB、0x5000000）。' },
    ],
    parts: asks.flatMap((a) => partsFor(a, sc)),
  };
}

const TITLE = '并发任务的栈内存';

/**
 * The scenario a problem is generated from, as drawn from its seed (defaults not yet filled; the
 * level picks the questions, not the scenario). Trusted: `tasksScenarioWith` fills it without
 * zod, and a test checks it against the schema.
 */
export function taskStacksInput(seed: number): TasksScenarioInput {
  const d = drawFor(seed, 0x66);
  return {
    n: d.pick([100, 500, 1000, 2000, 10_000, 50_000]),
    threadStackBytes: d.pick([8 * MiB, 2 * MiB, 1 * MiB, 512 * KiB]),
    touchedStackBytes: d.pick([8 * KiB, 16 * KiB, 32 * KiB]),
    coroutineStackBytes: d.pick([64 * KiB, 128 * KiB, 256 * KiB]),
    libco: { group: d.pick([100, 1000, 10_000]), sharedStackBytes: d.pick([128 * KiB, 256 * KiB]) },
  };
}

/** Kind 6 generator. */
export const taskStacks: PracticeGenerator = {
  kind: 'task-stacks',
  title: TITLE,
  summary: 'N 个任务用线程、有栈协程、共享栈协程或进程运行：栈预留多少虚拟内存、实际触及多少',
  generate(seed, { level }) {
    return taskStacksProblem(tasksScenarioWith(taskStacksInput(seed)), PLAN[level], { seed, level });
  },
};
