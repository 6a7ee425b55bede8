/** The `switch-steps` practice island: only this kind's generator, so the page loads only the context-switch model. */
import type { JSX } from 'preact';
import { switchSteps } from '../../../sim/practice/kinds/switch-steps.ts';
import { PracticeView, type PracticeProps } from '../PracticeView.tsx';

/** The island (hydrated by Practice.astro with client:visible). */
export default function SwitchStepsPractice(props: PracticeProps): JSX.Element {
  return <PracticeView {...props} generator={switchSteps} />;
}
