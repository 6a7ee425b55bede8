/**
 * Kind 7: the steps of a process switch, shuffled; put them in order, say which ones a thread
 * switch skips, and (harder) which step writes CR3, what that does to the TLB, and from which step
 * the CPU runs on B's kernel stack. Steps, order, skips and CPU changes are the context-switch model's
 * (`contextSwitchSteps` and the CPU view after each step).
 */
// steps.ts directly, not the model's index: the index also loads the cost model (and the TLB model).
import { contextSwitchSteps } from '../../context-switch/steps.ts';
import type { CpuView, CtxStep } from '../../context-switch/model.ts';
import { canonicalSubset } from '../answers.ts';
import { drawFor } from '../draw.ts';
import type { Level, Part, PracticeGenerator, Problem } from '../model.ts';

/** The steps of a switch after the "before" state (step 0 is A running, not a step of the switch). */
export function switchStepsOf(kind: 'process' | 'thread', pcid: boolean): CtxStep[] {
  return contextSwitchSteps(kind, pcid).slice(1);
}

/**
 * The step (index into the process steps) whose CPU view changes `field`,
 * optionally to a given value.
 */
export function changeStepIndex(pcid: boolean, field: keyof CpuView, to?: string): number {
  const all = contextSwitchSteps('process', pcid);
  const i = all.findIndex(
    (s, k) => k > 0 && all[k - 1]!.cpu[field] !== s.cpu[field] && (to === undefined || s.cpu[field] === to),
  );
  if (i < 0) throw new Error(`上下文切换模型里没有改变 ${field} 的一步`);
  return i - 1;
}

const STACK_NAMES: Record<CpuView['stack'], string> = {
  'A-user': ' A 的用户栈',
  'A-kernel': ' A 的内核栈',
  'B-kernel': ' B 的内核栈',
  'B-user': ' B 的用户栈',
};

const show = (s: CtxStep, level: Level) =>
  level < 3
    ? s.title
    : `${s.where}${s.saves.length > 0 ? `；保存 ${s.saves.join('、')}` : ''}${s.restores.length > 0 ? `；恢复 ${s.restores.join('、')}` : ''}`;

/** Builds the problem for a shuffle of the process-switch steps. */
export function switchStepsProblem(
  pcid: boolean,
  order: readonly number[],
  meta: Pick<Problem, 'seed' | 'level'>,
): Problem {
  const { level } = meta;
  const steps = switchStepsOf('process', pcid);
  const thread = switchStepsOf('thread', pcid);
  // label[k] = the number printed beside model step k
  const label = steps.map((_, k) => String(order.indexOf(k) + 1));
  const labels = order.map((_, i) => String(i + 1));
  const line = (k: number) => `${label[k]}. ${steps[k]!.title}（${steps[k]!.where}）：${steps[k]!.detail}`;
  const skipped = thread.flatMap((s, k) => (s.skipped ? [k] : []));
  const parts: Part[] = [
    {
      id: 'order',
      prompt: '一次进程切换的步骤，按先后顺序写出编号',
      input: { type: 'sequence', labels },
      answer: steps.map((_, k) => label[k]).join(' '),
      answerText: steps.map((_, k) => label[k]).join(' → '),
      solution: steps.map((_, k) => line(k)),
    },
    {
      id: 'thread-skip',
      prompt: '如果 A 和 B 是同一进程的两个线程，哪些步骤会跳过',
      input: { type: 'subset', labels },
      answer: canonicalSubset(
        skipped.map((k) => label[k]!),
        labels,
      ),
      answerText: canonicalSubset(
        skipped.map((k) => label[k]!),
        labels,
      ),
      solution: skipped.map(
        (k) => `${label[k]}. ${thread[k]!.title}：${thread[k]!.detail}（跳过的原因：${thread[k]!.skipped}）`,
      ),
    },
  ];
  if (level >= 2) {
    const k = changeStepIndex(pcid, 'cr3');
    const step = steps[k]!;
    parts.push(
      {
        id: 'cr3',
        prompt: '哪一步写 CR3',
        input: { type: 'choice', options: labels.map((l) => ({ value: l, label: l })) },
        answer: label[k]!,
        answerText: label[k]!,
        solution: [
          `${line(k)}`,
          `这一步之后 CR3 从 ${steps[k - 1]!.cpu.cr3} 的页表换成 ${step.cpu.cr3} 的页表。`,
        ],
      },
      {
        id: 'tlb',
        prompt: `这台机器${pcid ? '有' : '没有'} PCID：写 CR3 之后，A 的用户态 TLB 条目怎样`,
        input: {
          type: 'choice',
          options: [
            { value: 'flushed', label: '被清掉（内核的全局条目保留）' },
            { value: 'kept', label: '带着 A 的标签留在 TLB 里' },
          ],
        },
        answer: step.cpu.tlb === 'A+B' ? 'kept' : 'flushed',
        answerText: step.cpu.tlb === 'A+B' ? '带着 A 的标签留在 TLB 里' : '被清掉（内核的全局条目保留）',
        solution: [step.detail],
      },
    );
  }
  if (level >= 3) {
    const k = changeStepIndex(pcid, 'stack', 'B-kernel');
    parts.push({
      id: 'stack',
      prompt: '从哪一步起，CPU 在 B 的内核栈上运行',
      input: { type: 'choice', options: labels.map((l) => ({ value: l, label: l })) },
      answer: label[k]!,
      answerText: label[k]!,
      solution: [
        line(k),
        `这一步把 RSP 从${STACK_NAMES[steps[k - 1]!.cpu.stack]}换到${STACK_NAMES[steps[k]!.cpu.stack]}。`,
      ],
    });
  }
  return {
    kind: 'switch-steps',
    ...meta,
    title: TITLE,
    question: [
      {
        type: 'text',
        text: `x86-64 Linux 上，进程 A 在用户态运行时被时钟中断打断，调度器改为运行另一个进程的任务 B。下面是这次切换的 ${steps.length} 个步骤，顺序已打乱${level >= 3 ? '（用 Linux 里的位置和保存、恢复的内容描述）' : ''}：`,
      },
      {
        type: 'table',
        caption: '打乱的步骤',
        head: ['编号', '步骤'],
        rows: order.map((k, i) => [String(i + 1), show(steps[k]!, level)]),
      },
    ],
    parts,
  };
}

const TITLE = '上下文切换的步骤';

/** Kind 7 generator. */
export const switchSteps: PracticeGenerator = {
  kind: 'switch-steps',
  title: TITLE,
  summary:
    '把一次进程切换的步骤排好顺序，指出线程切换跳过哪些；进阶：哪一步写 CR3、有无 PCID 时 TLB 怎样、从哪一步起换到 B 的内核栈',
  generate(seed, { level }) {
    const d = drawFor(seed, 0x77);
    const pcid = d.int(2) === 1;
    const n = switchStepsOf('process', pcid).length;
    let order = d.shuffle(Array.from({ length: n }, (_, k) => k));
    // A shuffle that leaves the steps in order would give the answer away.
    while (order.every((k, i) => k === i)) order = d.shuffle(order);
    return switchStepsProblem(pcid, order, { seed, level });
  },
};
