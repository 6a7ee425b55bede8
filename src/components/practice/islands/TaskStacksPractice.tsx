/** The `task-stacks` practice island: only this kind's generator, so the page loads only the tasks model. */
import type { JSX } from 'preact';
import { taskStacks } from '../../../sim/practice/kinds/task-stacks.ts';
import { PracticeView, type PracticeProps } from '../PracticeView.tsx';

/** The island (hydrated by Practice.astro with client:visible). */
export default function TaskStacksPractice(props: PracticeProps): JSX.Element {
  return <PracticeView {...props} generator={taskStacks} />;
}
