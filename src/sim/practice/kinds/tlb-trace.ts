/**
 * Kind 3: a short access trace, a small LRU TLB; mark each access hit or miss, then the same trace
 * when the switch between the two tasks is a thread switch, a process switch without PCID and one
 * with PCID. The trace, the answers and the narration all come from the TLB model run step by step
 * (`recordTlbRun`, `describeTlbStep`), which replays the same accesses under each policy.
 */
// The model's own files, not its index: the index also loads the schemas, and with them zod.
import {
  SWITCH_POLICIES,
  tlbScenarioWith,
  type SwitchPolicy,
  type TlbEvent,
  type TlbScenario,
  type TlbScenarioInput,
} from '../../tlb/model.ts';
import { initTlbSim, recordTlbRun, stepTlbSim } from '../../tlb/step.ts';
import { POLICY_LABELS, describeTlbStep } from '../../tlb/describe.ts';
import { formatAddr } from '../../units.ts';
import { drawFor, type Draw } from '../draw.ts';
import { hex } from '../format.ts';
import type { Level, Part, PracticeGenerator, Problem } from '../model.ts';

/** Sizes per level: TLB entries and ways, accesses per time slice, pages each task uses. */
const PLAN: Record<Level, { entries: number; ways: number | 'full'; slice: number; pages: number[] }> = {
  1: { entries: 4, ways: 'full', slice: 3, pages: [2, 3] },
  2: { entries: 4, ways: 2, slice: 4, pages: [3, 4] },
  3: { entries: 8, ways: 2, slice: 5, pages: [4, 6] },
};

/** One access of the trace as the model made it. */
export interface TraceAccess {
  tid: number;
  va: number;
  vpn: number;
  hit: boolean;
}

/** The accesses (hit or miss) of a recorded run, one per step, and each step's narration. */
export function accessesOf(
  events: readonly (readonly TlbEvent[])[],
): { access: TraceAccess; narration: string }[] {
  return events.map((step) => {
    const e = step.find((x) => x.type === 'hit' || x.type === 'miss');
    if (!e || (e.type !== 'hit' && e.type !== 'miss')) throw new Error('TLB 模型的这一步没有访问');
    return {
      access: { tid: e.tid, va: e.va, vpn: e.vpn, hit: e.type === 'hit' },
      narration: describeTlbStep(step),
    };
  });
}

/** Runs the scenario under one policy for three time slices and returns its accesses. */
export function runPolicy(sc: TlbScenario, policy: SwitchPolicy): ReturnType<typeof accessesOf> {
  return accessesOf(recordTlbRun(initTlbSim({ ...sc, policy }), sc.accesses).events);
}

const letters = (xs: readonly { access: TraceAccess }[]) =>
  xs.map((x) => (x.access.hit ? 'H' : 'M')).join('');

/** Builds the problem for a scenario (two tasks, three slices); the generator draws the scenario. */
export function tlbTraceProblem(sc: TlbScenario, meta: Pick<Problem, 'seed' | 'level'>): Problem {
  const k = sc.timeSlice;
  const runs = Object.fromEntries(SWITCH_POLICIES.map((p) => [p, runPolicy(sc, p)])) as Record<
    SwitchPolicy,
    ReturnType<typeof runPolicy>
  >;
  const base = runs['thread-switch'];
  const sets = sc.tlb.ways === 'full' ? 1 : sc.tlb.entries / sc.tlb.ways;
  const geometry =
    sc.tlb.ways === 'full'
      ? `${sc.tlb.entries} 个条目，全相联`
      : `${sc.tlb.entries} 个条目，${sc.tlb.ways} 路组相联（${sets} 组，组号 = 页号 mod ${sets}）`;
  const first: Part = {
    id: 'first',
    prompt: `第 1–${k} 次访问（线程 1 的第一个时间片，三种情形相同）`,
    input: { type: 'hit-miss', length: k },
    answer: letters(base.slice(0, k)),
    answerText: letters(base.slice(0, k)),
    solution: base.slice(0, k).map((x, i) => `第 ${i + 1} 次：${x.narration}`),
  };
  const later = SWITCH_POLICIES.map((policy): Part => {
    const rest = runs[policy].slice(k);
    return {
      id: policy,
      prompt: `${POLICY_LABELS[policy]}：第 ${k + 1}–${3 * k} 次访问`,
      input: { type: 'hit-miss', length: 2 * k },
      answer: letters(rest),
      answerText: `${letters(rest.slice(0, k))} ${letters(rest.slice(k))}`,
      solution: rest.map((x, i) => `第 ${k + i + 1} 次：${x.narration}`),
    };
  });
  return {
    kind: 'tlb-trace',
    ...meta,
    title: TITLE,
    question: [
      {
        type: 'text',
        text:
          `一个 TLB：${geometry}，按 LRU 替换，开始时为空。线程 1 和线程 2 在一个 CPU 上轮流运行，每个时间片 ${k} 次访问：` +
          `线程 1 先访问 ${k} 次，切换到线程 2 访问 ${k} 次，再切回线程 1 访问 ${k} 次。` +
          (sc.trace.sameAddresses ? '两个线程访问同一组虚拟地址。' : '两个线程访问各自的一组虚拟地址。'),
      },
      {
        type: 'table',
        caption: '访问序列',
        head: ['次序', '线程', '虚拟地址', '虚拟页号'],
        rows: base.map((x, i) => [
          String(i + 1),
          String(x.access.tid),
          formatAddr(x.access.va),
          hex(x.access.vpn),
        ]),
      },
      {
        type: 'text',
        text:
          '同一串访问在三种情形下运行：（1）线程切换：两个线程属于同一进程，共用一张页表；' +
          '（2）进程切换，无 PCID：两个线程各属一个进程，切换写 CR3 并清掉全部非全局条目；' +
          '（3）进程切换，有 PCID：写 CR3 但不清 TLB，条目带着地址空间的标签留下。' +
          '不同进程里相同的虚拟地址映射到不同的物理页。每次访问写 H（命中）或 M（未命中）。',
      },
    ],
    parts: [first, ...later],
  };
}

const TITLE = 'TLB：命中还是未命中';

/** One candidate scenario from the seed's stream. */
function drawInput(d: Draw, level: Level): TlbScenarioInput {
  const plan = PLAN[level];
  return {
    tasks: 2,
    timeSlice: plan.slice,
    accesses: 3 * plan.slice,
    tlb: { entries: plan.entries, ways: plan.ways },
    trace: { kind: 'random', pages: d.pick(plan.pages), sameAddresses: level === 1 || d.int(2) === 1 },
    seed: d.int(2 ** 31),
  };
}

/** The answers of the three switch policies after the first slice, in SWITCH_POLICIES order (no narration). */
export function policyAnswers(sc: TlbScenario): string[] {
  return SWITCH_POLICIES.map((policy) => {
    let s = initTlbSim({ ...sc, policy });
    let out = '';
    for (let k = 0; k < sc.accesses; k++) {
      const [next, events] = stepTlbSim(s);
      s = next;
      if (k >= sc.timeSlice) out += events.some((e) => e.type === 'hit') ? 'H' : 'M';
    }
    return out;
  });
}

/**
 * Whether a trace shows what its level is for. Level 2 exists to compare the three switches, so
 * all three answers must differ (sharing the address space beats PCID, PCID beats flushing); at
 * level 3 at least two must differ. Level 1 traces always differ (same addresses, full associativity).
 */
export function showsTheSwitches(answers: readonly string[], level: Level): boolean {
  const distinct = new Set(answers).size;
  return level === 2 ? distinct === answers.length : level === 3 ? distinct > 1 : true;
}

/** Draws before giving up; a property test shows every seed succeeds within a handful. */
const MAX_DRAWS = 200;

/**
 * The scenario a problem is generated from, as drawn from its seed (defaults not yet filled):
 * the first candidate of the seed's stream that `showsTheSwitches`, so the seed alone still
 * determines it. Trusted: `tlbScenarioWith` fills it without zod, and a test checks it against the schema.
 */
export function tlbTraceInput(seed: number, level: Level): TlbScenarioInput {
  const d = drawFor(seed, 0x33);
  for (let i = 0; i < MAX_DRAWS; i++) {
    const input = drawInput(d, level);
    if (showsTheSwitches(policyAnswers(tlbScenarioWith(input)), level)) return input;
  }
  throw new Error(`种子 ${seed}、难度 ${level}：${MAX_DRAWS} 次抽取都没有三种切换答案不同的访问序列`);
}

/** Kind 3 generator. */
export const tlbTrace: PracticeGenerator = {
  kind: 'tlb-trace',
  title: TITLE,
  summary:
    '给出一串访问、TLB 大小和相联度，按 LRU 标出每次命中或未命中；再比较线程切换、无 PCID 和有 PCID 的进程切换',
  generate(seed, { level }) {
    return tlbTraceProblem(tlbScenarioWith(tlbTraceInput(seed, level)), { seed, level });
  },
};
