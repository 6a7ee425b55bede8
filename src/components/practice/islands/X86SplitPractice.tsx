/** The `x86-split` practice island: only this kind's generator, so the page loads only the MMU model. */
import type { JSX } from 'preact';
import { x86Split } from '../../../sim/practice/kinds/x86-split.ts';
import { PracticeView, type PracticeProps } from '../PracticeView.tsx';

/** The island (hydrated by Practice.astro with client:visible). */
export default function X86SplitPractice(props: PracticeProps): JSX.Element {
  return <PracticeView {...props} generator={x86Split} />;
}
