/**
 * What the task-cost figure shows, computed from the model without a DOM: the scenario for the
 * options, the five estimates, the three bar groups, the libco account and the narration.
 */
import { formatBytes, formatDuration } from '../../../sim/format.ts';
import { USER_SPACE_BYTES } from '../../../sim/tasks/constants.ts';
import { tasksScenarioWith } from '../../../sim/tasks/model.ts';
import {
  TASK_KIND_NAMES,
  compareTasks,
  type TaskCost as TaskCostEstimate,
} from '../../../sim/tasks/estimate.ts';
import { explainLibco } from '../../../sim/tasks/libco.ts';
import { describeTaskCosts } from '../../../sim/tasks/narration.ts';
import type { TaskBarGroup } from './bars.tsx';
import type { TaskCostOptions } from './options.ts';

/** The model's scenario for the options. */
export const taskScenario = (o: Pick<TaskCostOptions, 'n' | 'stack'>) =>
  tasksScenarioWith({ n: o.n, threadStackBytes: o.stack });

/** The model's estimates for the options. */
export function figureCosts(o: Pick<TaskCostOptions, 'n' | 'stack'>): TaskCostEstimate[] {
  return compareTasks(taskScenario(o));
}

/** The libco account for the options. */
export const libcoAccount = (o: Pick<TaskCostOptions, 'n' | 'stack'>) => explainLibco(taskScenario(o).libco);

/** The narration: one sentence summing up the estimates (from src/sim/tasks/narration.ts). */
export const summarizeCosts = describeTaskCosts;

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
