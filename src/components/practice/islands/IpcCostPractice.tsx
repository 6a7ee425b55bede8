/** The `ipc-cost` practice island: only this kind's generator, so the page loads only the IPC model. */
import type { JSX } from 'preact';
import { ipcCost } from '../../../sim/practice/kinds/ipc-cost.ts';
import { PracticeView, type PracticeProps } from '../PracticeView.tsx';

/** The island (hydrated by Practice.astro with client:visible). */
export default function IpcCostPractice(props: PracticeProps): JSX.Element {
  return <PracticeView {...props} generator={ipcCost} />;
}
