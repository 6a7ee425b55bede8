/** The task-cost figure's narration, in Chinese, from the model's estimates. */
import { formatBytes, formatCount } from '../format.ts';
import { TASK_KIND_NAMES, type TaskCost } from './estimate.ts';

/** One sentence summing up the estimates: resident memory of each way, and which no longer fit. */
export function describeTaskCosts(costs: readonly TaskCost[]): string {
  const n = formatCount(costs[0]!.n);
  const parts = costs.map((c) => `${TASK_KIND_NAMES[c.kind]}驻留约 ${formatBytes(c.residentBytes)}`);
  const over = costs.filter((c) => !c.fitsRam || !c.fitsAddressSpace).map((c) => TASK_KIND_NAMES[c.kind]);
  return `${n} 个任务：${parts.join('，')}。${over.length > 0 ? `${over.join('、')}已经放不下。` : '五种方式都放得下。'}`;
}
