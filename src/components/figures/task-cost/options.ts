/** The task-cost figure's options: MDX props and URL parameters, declared once. */
import { MAX_TASKS } from '../../../sim/tasks/model.ts';
import { defineOptions, intOption, type OptionValues } from '../frame/options.ts';
import { STACK_CHOICES } from './limits.ts';

/** The options of {@link TaskCost}. */
export const taskCostOptions = defineOptions({
  /** Number of tasks. */
  n: intOption({
    key: 'n',
    min: 1,
    max: MAX_TASKS,
    default: 10_000,
    meaning: '并发任务数（1 到 10,000,000）',
  }),
  /** Thread stack size in bytes, one of the offered choices. */
  stack: intOption({
    key: 'stack',
    min: 1,
    max: 2 ** 40,
    default: STACK_CHOICES[0]!,
    oneOf: STACK_CHOICES,
    meaning: '线程栈字节数：8388608（8 MiB，默认）、2097152、524288 或 65536',
  }),
});

/** The task-cost figure's option values. */
export type TaskCostOptions = OptionValues<typeof taskCostOptions.options>;
