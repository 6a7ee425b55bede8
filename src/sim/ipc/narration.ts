/** The IPC figure's narration, in Chinese, from the model's transfer trace. */
import { describeTransfer } from './describe.ts';
import { getMechanism, type MechanismId } from './mechanisms.ts';
import { formatBytes } from '../format.ts';
import type { TransferTrace } from './model.ts';

/** The sentence before the first step: who sends what through which mechanism. */
export function describeTransferStart(mechanism: MechanismId, bytes: number): string {
  const m = getMechanism(mechanism);
  return m.path === 'none'
    ? `初始状态：写进程要用「${m.name}」通知读进程；信号只带编号，不带数据。`
    : `初始状态：写进程要经「${m.name}」把 ${formatBytes(bytes)} 交给读进程。`;
}

/** The narration of step `step` (0 = the start) of a recorded transfer. */
export function narrateTransfer(
  mechanism: MechanismId,
  bytes: number,
  steps: readonly (readonly TransferTrace[])[],
  step: number,
): string {
  if (step === 0) return describeTransferStart(mechanism, bytes);
  return (steps[step - 1] ?? []).map(describeTransfer).join('');
}
