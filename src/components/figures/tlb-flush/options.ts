/** The TLB figure's options: MDX props and URL parameters, declared once. */
import { SWITCH_POLICIES, TRACE_KINDS, tlbGeometryProblem } from '../../../sim/tlb/model.ts';
import { ScenarioError } from '../../../sim/scenario.ts';
import {
  boolOption,
  customOption,
  defineOptions,
  enumOption,
  intOption,
  seedOption,
  stepOption,
  type OptionValues,
} from '../frame/options.ts';
import { isIntIn, readIntText, type Read } from '../frame/read.ts';

/** Ways per set: 1 to 64, or `'full'`. */
const ways = (v: unknown): Read<number | 'full'> => (v === 'full' || isIntIn(v, 1, 64) ? { value: v } : null);

/** The options of {@link TlbFlush}. */
export const tlbOptions = defineOptions({
  seed: seedOption(),
  step: stepOption(),
  /** How the tasks are scheduled. */
  policy: enumOption(SWITCH_POLICIES, {
    key: 'policy',
    default: 'process-switch',
    meaning:
      '切换方式：thread-switch（同一进程的线程）、process-switch（无 PCID）、process-switch-pcid（有 PCID）',
  }),
  /** The three policies side by side on the same trace. */
  compare: boolOption({ key: 'compare', default: false, meaning: '是否并排比较三种切换方式：1 是，0 否' }),
  /** TLB entries. */
  entries: intOption({
    key: 'entries',
    min: 1,
    max: 64,
    default: 16,
    meaning: 'TLB 条目数（1–64，须是路数 4 的整数倍）',
  }),
  /** Access pattern of every task. */
  trace: enumOption(TRACE_KINDS, {
    key: 'trace',
    default: 'sequential',
    meaning: '访问模式：sequential（顺序）、strided（固定步长）、random（随机）、working-set（工作集循环）',
  }),
  /** Runnable tasks. */
  tasks: intOption({ key: 'tasks', min: 1, max: 8, default: 4, meaning: '轮流运行的线程数（1–8）' }),
  /** Threads per process (consecutive tasks share a process). */
  threadsPerProcess: intOption({
    key: 'tpp',
    min: 1,
    max: 8,
    default: 2,
    meaning: '每个进程的线程数（相邻的线程属于同一进程；1 表示每个线程各是一个进程）',
  }),
  /** Ways per set, or 'full' (MDX only). */
  ways: customOption<number | 'full'>({
    meaning: '每组路数',
    default: 4,
    fromProp: ways,
    fromText: (t) => (t === 'full' ? { value: 'full' } : readIntText(ways)(t)),
    format: String,
    schemas: ({ z, intIn, intText }) => ({
      value: z.union([z.literal('full'), intIn(1, 64)]),
      text: z.union([z.literal('full'), intText(intIn(1, 64))]) as never,
    }),
  }),
  /** Accesses the player steps through (MDX only). */
  steps: intOption({ min: 4, max: 400, default: 96, meaning: '模拟的访问次数' }),
});

/** The TLB figure's option values. */
export type TlbOptions = OptionValues<typeof tlbOptions.options>;

/** Checks the TLB geometry with the model's own rule, so "entries must divide by ways" names tlb.ways. */
export function checkTlbOptions(o: TlbOptions, source: string): string | null {
  // The model's own rule, worded as the scenario check words it (`tlb.ways: …`).
  const problem = tlbGeometryProblem({ entries: o.entries, ways: o.ways });
  return problem === null ? null : new ScenarioError(source, [`tlb.ways: ${problem}`]).message;
}
