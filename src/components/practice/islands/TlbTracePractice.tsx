/** The `tlb-trace` practice island: only this kind's generator, so the page loads only the TLB model. */
import type { JSX } from 'preact';
import { tlbTrace } from '../../../sim/practice/kinds/tlb-trace.ts';
import { PracticeView, type PracticeProps } from '../PracticeView.tsx';

/** The island (hydrated by Practice.astro with client:visible). */
export default function TlbTracePractice(props: PracticeProps): JSX.Element {
  return <PracticeView {...props} generator={tlbTrace} />;
}
