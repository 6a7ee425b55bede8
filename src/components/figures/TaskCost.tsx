/**
 * <TaskCost />: N tasks (1 to 10 million, log slider) run as processes, threads, stackful coroutines,
 * libco shared-stack coroutines and stackless async tasks: virtual memory reserved, resident memory and
 * creation time as log-scale bars and as numbers, plus the libco run recomputed. A thin view over
 * src/sim/tasks: every number is the model's.
 */
import type { JSX } from 'preact';
import { useComputed, useSignal } from '@preact/signals';
import { z } from 'zod/mini';
import { formatBytes, formatDuration } from '../../sim/ipc/index.ts';
import {
  MAX_TASKS,
  TASK_KIND_NAMES,
  USER_SPACE_BYTES,
  compareTasks,
  explainLibco,
  tasksScenarioSchema,
  type TaskCost as TaskCostEstimate,
} from '../../sim/tasks/index.ts';
import { intIn, parseScenario } from '../../sim/scenario.ts';
import { FigureFrame } from './parts/FigureFrame.tsx';
import { useFigureUrlState } from './parts/use-figure-url-state.ts';
import { TaskBars, type TaskBarGroup } from './parts/task-bars.tsx';
import { STACK_CHOICES, TaskControls } from './parts/task-controls.tsx';
import { TaskStyles } from './parts/task-styles.tsx';
import { TaskLibco, TaskTable } from './parts/task-table.tsx';

const FIGURE_ID = 'task-cost';

/** A stack size the controls offer (a fresh check for each schema). */
const stackChoice = () =>
  z.refine<number>((b) => STACK_CHOICES.includes(b), {
    error: `应为 ${STACK_CHOICES.join('、')} 之一`,
  });

/** Props from MDX, validated at run time (bad props show the frame's error box). */
export const taskCostPropsSchema = z.object({
  /** Number of tasks. Default: 10,000. */
  n: z._default(intIn(1, MAX_TASKS), 10_000),
  /** Thread stack size in bytes, one of the offered choices. Default: 8 MiB. */
  stack: z._default(z.int().check(stackChoice()), STACK_CHOICES[0]!),
  /** Title above the figure. */
  title: z._default(z.string().check(z.minLength(1)), '并发任务的代价'),
});

/** Props of {@link TaskCost} as written in MDX. */
export type TaskCostProps = z.input<typeof taskCostPropsSchema>;
type Options = z.output<typeof taskCostPropsSchema>;

const urlSchema = z.object({
  n: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_TASKS))),
  stack: z.optional(z.coerce.number().check(z.int(), stackChoice())),
});

const DEFAULTS = taskCostPropsSchema.parse({});

/** The model's estimates for the figure's options. */
export function figureCosts(o: Pick<Options, 'n' | 'stack'>): TaskCostEstimate[] {
  return compareTasks(tasksScenarioSchema.parse({ n: o.n, threadStackBytes: o.stack }));
}

/** The three bar groups drawn from the estimates. */
export function barGroups(costs: readonly TaskCostEstimate[], ramBytes: number): TaskBarGroup[] {
  const bars = (
    value: (c: TaskCostEstimate) => number,
    text: (v: number) => string,
    over: (c: TaskCostEstimate) => boolean,
  ) =>
    costs.map((c) => ({
      kind: c.kind,
      label: TASK_KIND_NAMES[c.kind],
      value: value(c),
      text: text(value(c)),
      over: over(c),
    }));
  return [
    {
      id: 'virtual',
      title: '虚拟内存预留（进程各有自己的地址空间）',
      bars: bars(
        (c) => c.virtualBytes,
        formatBytes,
        (c) => !c.fitsAddressSpace,
      ),
      limit: { value: USER_SPACE_BYTES, label: `用户空间 ${formatBytes(USER_SPACE_BYTES)}` },
    },
    {
      id: 'resident',
      title: '驻留内存估计',
      bars: bars(
        (c) => c.residentBytes,
        formatBytes,
        (c) => !c.fitsRam,
      ),
      limit: { value: ramBytes, label: `内存 ${formatBytes(ramBytes)}` },
    },
    {
      id: 'create',
      title: '创建耗时',
      bars: bars(
        (c) => c.createNs,
        formatDuration,
        () => false,
      ),
    },
  ];
}

/** One Chinese sentence summing up the estimates. */
export function summarizeCosts(costs: readonly TaskCostEstimate[]): string {
  const n = costs[0]!.n.toLocaleString('en-US');
  const parts = costs.map((c) => `${TASK_KIND_NAMES[c.kind]}驻留约 ${formatBytes(c.residentBytes)}`);
  const over = costs.filter((c) => !c.fitsRam || !c.fitsAddressSpace).map((c) => TASK_KIND_NAMES[c.kind]);
  return `${n} 个任务：${parts.join('，')}。${over.length > 0 ? `${over.join('、')}已经放不下。` : '五种方式都放得下。'}`;
}

/** The island. */
export default function TaskCost(props: TaskCostProps): JSX.Element {
  const parsed = parseScenario(taskCostPropsSchema, props, 'MDX 属性');
  const init = parsed.ok ? parsed.value : DEFAULTS;
  const options = useSignal<Options>(init);
  const scenario = useComputed(() =>
    tasksScenarioSchema.parse({ n: options.value.n, threadStackBytes: options.value.stack }),
  );
  const costs = useComputed(() => compareTasks(scenario.value));
  const libco = useComputed(() => explainLibco(scenario.value.libco));
  const narration = useComputed(() => summarizeCosts(costs.value));

  const urlError = useFigureUrlState(FIGURE_ID, urlSchema, (v) => {
    const o = options.peek();
    options.value = { ...o, n: v.n ?? o.n, stack: v.stack ?? o.stack };
  });

  const o = options.value;
  const sc = scenario.value;
  const error = parsed.ok ? urlError.value : parsed.error.message;
  return (
    <FigureFrame
      id={FIGURE_ID}
      title={init.title}
      narration={narration}
      error={error}
      params={() => ({ n: String(options.peek().n), stack: String(options.peek().stack) })}
      minHeight="30rem"
    >
      <TaskStyles />
      <div class="task-fig">
        <TaskControls
          n={o.n}
          stack={o.stack}
          onN={(n) => (options.value = { ...options.peek(), n })}
          onStack={(stack) => (options.value = { ...options.peek(), stack })}
        />
        <TaskBars groups={barGroups(costs.value, sc.ramBytes)} label={narration.value} />
        <TaskTable costs={costs.value} />
        <TaskLibco libco={libco.value} sharedStackBytes={sc.libco.sharedStackBytes} ramBytes={sc.ramBytes} />
      </div>
    </FigureFrame>
  );
}

export { TaskCost };
