/**
 * Kind 4: a round-robin switch sequence over threads of a few processes; for each switch, does it
 * write CR3, does it flush the TLB, and how many entries survive it. Everything is read off the TLB
 * model run step by step (`recordTlbRun`): its switch and flush events and its TLB state.
 */
// The model's own files, not its index: the index also loads the schemas, and with them zod.
import { tlbScenarioWith, type TlbEvent, type TlbScenario, type TlbScenarioInput } from '../../tlb/model.ts';
import { initTlbSim, recordTlbRun, taskPid } from '../../tlb/step.ts';
import { listTlbEntries } from '../../tlb/tlb.ts';
import { describeTlbStep } from '../../tlb/describe.ts';
import { drawFor } from '../draw.ts';
import { hex } from '../format.ts';
import type { Level, Part, PracticeGenerator, Problem } from '../model.ts';

/** What a switch did to CR3 and the TLB. */
export type SwitchAction = 'none' | 'keep' | 'flush-all' | 'flush-tag';

const ACTION_OPTIONS: { value: SwitchAction; label: string }[] = [
  { value: 'none', label: '不写 CR3，TLB 不动' },
  { value: 'keep', label: '写 CR3，不清 TLB' },
  { value: 'flush-all', label: '写 CR3，清掉全部非全局条目' },
  { value: 'flush-tag', label: '写 CR3，清掉被抢走标签的旧条目' },
];

/** Reads a switch's action off its events. */
export function switchAction(events: readonly TlbEvent[]): SwitchAction {
  const sw = events.find((e) => e.type === 'switch');
  if (!sw || sw.type !== 'switch') throw new Error('这一步没有切换');
  if (!sw.cr3Write) return 'none';
  const flush = events.find((e) => e.type === 'flush');
  if (!flush || flush.type !== 'flush') return 'keep';
  return flush.reason === 'cr3-write' ? 'flush-all' : 'flush-tag';
}

const PLAN: Record<
  Level,
  { tasks: number[]; perProcess: number[]; pcid: boolean[]; asids: number; entries: number; switches: number }
> = {
  1: { tasks: [3, 4], perProcess: [2], pcid: [false], asids: 6, entries: 8, switches: 3 },
  2: { tasks: [3, 4], perProcess: [2], pcid: [false, true], asids: 6, entries: 8, switches: 4 },
  3: { tasks: [4, 5], perProcess: [1, 2], pcid: [true], asids: 2, entries: 4, switches: 5 },
};

/** Builds the problem for a scenario; the generator draws the scenario. */
export function switchCr3Problem(sc: TlbScenario, meta: Pick<Problem, 'seed' | 'level'>): Problem {
  const run = recordTlbRun(initTlbSim(sc), sc.accesses);
  const s = sc.timeSlice;
  const slices = Array.from({ length: sc.accesses / s }, (_, j) => {
    const steps = run.events
      .slice(j * s, (j + 1) * s)
      .map((step) => step.find((e) => e.type === 'hit' || e.type === 'miss')!);
    const tid = steps[0]!.type === 'hit' || steps[0]!.type === 'miss' ? steps[0]!.tid : 0;
    const pages = steps.map((e) => (e.type === 'hit' || e.type === 'miss' ? hex(e.vpn) : ''));
    return { tid, pid: taskPid(sc, tid - 1), pages };
  });
  const pcid = sc.policy === 'process-switch-pcid';
  const parts: Part[] = [];
  for (let j = 1; j < slices.length; j++) {
    const before = run.states[j * s]!;
    const events = run.events[j * s]!;
    const cut = events.findIndex((e) => e.type === 'hit' || e.type === 'miss');
    const switchEvents = events.slice(0, cut);
    const action = switchAction(switchEvents);
    const flush = switchEvents.find((e) => e.type === 'flush');
    const had = listTlbEntries(before.tlb);
    const flushed = flush && flush.type === 'flush' ? flush.slots.length : 0;
    const left = had.length - flushed;
    const from = slices[j - 1]!;
    const to = slices[j]!;
    const head = `第 ${j} 次切换（线程 ${from.tid} → 线程 ${to.tid}）`;
    const entries = had.map((e) => `页 ${hex(e.vpn)}${pcid ? `（标签 ${e.asid + 1}）` : ''}`).join('、');
    const narration = [
      `切换前 TLB 有 ${had.length} 个条目${had.length > 0 ? `：${entries}` : ''}。`,
      describeTlbStep(switchEvents),
    ];
    parts.push(
      {
        id: `s${j}-action`,
        prompt: `${head}：CR3 与 TLB`,
        input: { type: 'choice', options: ACTION_OPTIONS },
        answer: action,
        answerText: ACTION_OPTIONS.find((o) => o.value === action)!.label,
        solution: narration,
      },
      {
        id: `s${j}-left`,
        prompt: `${head}之后（下一次访问之前）TLB 里还有几个条目`,
        input: { type: 'integer' },
        answer: String(left),
        answerText: String(left),
        solution: [...narration, `${had.length} − ${flushed} = ${left} 个条目留下。`],
      },
    );
  }
  const tags = pcid
    ? `有 PCID：每个 CPU 只有 ${sc.tlb.asids} 个标签，新的地址空间轮流取下一个标签，抢走别人的标签时要清掉那个标签的旧条目。`
    : '没有 PCID：写 CR3 会清掉全部非全局条目。';
  return {
    kind: 'switch-cr3',
    ...meta,
    title: TITLE,
    question: [
      {
        type: 'text',
        text:
          `${sc.tasks} 个线程在一个 CPU 上按顺序轮流运行，每个时间片访问内存 ${s} 次；属于同一进程的线程共用页表。` +
          `TLB 有 ${sc.tlb.entries} 个条目（${sc.tlb.ways === 'full' ? '全相联' : `${sc.tlb.ways} 路组相联`}，LRU），开始时为空，没有内核访问。${tags}`,
      },
      {
        type: 'table',
        caption: '调度顺序',
        head: ['时间片', '线程', '所属进程', '访问的页'],
        rows: slices.map((x, j) => [String(j + 1), String(x.tid), String(x.pid), x.pages.join('、')]),
      },
      { type: 'text', text: '对每次切换，回答它是否写 CR3、是否清 TLB，以及切换之后 TLB 里留下几个条目。' },
    ],
    parts,
  };
}

const TITLE = '切换序列：CR3 与 TLB';

/**
 * The scenario a problem is generated from, as drawn from its seed (defaults not yet filled).
 * Trusted: `tlbScenarioWith` fills it without zod, and a test checks it against the schema.
 */
export function switchCr3Input(seed: number, level: Level): TlbScenarioInput {
  const d = drawFor(seed, 0x44);
  const plan = PLAN[level];
  const slice = d.between(2, 3);
  return {
    policy: d.pick(plan.pcid) ? 'process-switch-pcid' : 'process-switch',
    tasks: d.pick(plan.tasks),
    threadsPerProcess: d.pick(plan.perProcess),
    timeSlice: slice,
    accesses: (plan.switches + 1) * slice,
    tlb: { entries: plan.entries, ways: 'full', asids: plan.asids },
    trace: { kind: 'random', pages: d.between(2, 4) },
    seed,
  };
}

/** Kind 4 generator. */
export const switchCr3: PracticeGenerator = {
  kind: 'switch-cr3',
  title: TITLE,
  summary: '一串线程与进程切换：哪些写 CR3、哪些清 TLB、每次切换后 TLB 里留下几个条目（有无 PCID）',
  generate(seed, { level }) {
    return switchCr3Problem(tlbScenarioWith(switchCr3Input(seed, level)), { seed, level });
  },
};
