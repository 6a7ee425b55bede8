/** The memory-layout figure's narration, in Chinese, from the model's events and traces. */
import { describeEvent, describeTrace } from './describe.ts';
import type { TraceEntry } from './model.ts';
import { tokensToEvents, type EventToken } from './tokens.ts';

/** The sentence before any event: what execve left in the address space. */
export const ADDRESS_SPACE_START =
  '初始状态：进程刚执行完 execve，代码、数据、共享库和主栈已经映射，堆还是空的。用下面的按钮让它分配内存、调用函数、创建线程或 fork。';

/** The narration of step `step` (0 = the start): the event and what the model did for it. */
export function narrateAddressSpace(
  tokens: readonly EventToken[],
  traces: readonly (readonly TraceEntry[])[],
  step: number,
): string {
  if (step === 0) return ADDRESS_SPACE_START;
  const event = tokensToEvents([tokens[step - 1]!])[0]!;
  return [describeEvent(event), ...describeTrace(traces[step - 1] ?? [])].join(' ');
}
