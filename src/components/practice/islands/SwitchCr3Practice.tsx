/** The `switch-cr3` practice island: only this kind's generator, so the page loads only the TLB model. */
import type { JSX } from 'preact';
import { switchCr3 } from '../../../sim/practice/kinds/switch-cr3.ts';
import { PracticeView, type PracticeProps } from '../PracticeView.tsx';

/** The island (hydrated by Practice.astro with client:visible). */
export default function SwitchCr3Practice(props: PracticeProps): JSX.Element {
  return <PracticeView {...props} generator={switchCr3} />;
}
