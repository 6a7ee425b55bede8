/** The task-cost figure's definition: what useFigure, the registry and the scene check share. */
import type { FigureDefinition } from '../frame/scenes.ts';
import { taskCostOptions } from './options.ts';

/** Id, title and options of {@link TaskCost} (no player: a slider, not steps). */
export const taskCostDefinition = {
  id: 'task-cost',
  title: '并发任务的代价',
  schema: taskCostOptions,
} satisfies FigureDefinition<typeof taskCostOptions.options>;
