/** The `linear-translate` practice island: only this kind's generator, so the page loads only the MMU model. */
import type { JSX } from 'preact';
import { linearTranslate } from '../../../sim/practice/kinds/linear-translate.ts';
import { PracticeView, type PracticeProps } from '../PracticeView.tsx';

/** The island (hydrated by Practice.astro with client:visible). */
export default function LinearTranslatePractice(props: PracticeProps): JSX.Element {
  return <PracticeView {...props} generator={linearTranslate} />;
}
