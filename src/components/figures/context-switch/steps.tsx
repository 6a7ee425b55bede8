/** The ordered list of a switch's steps: the current one highlighted, skipped ones struck through. */
import type { JSX } from 'preact';
import type { CtxStep } from '../../../sim/context-switch/index.ts';

/** Props of {@link CtxSteps}. */
export interface CtxStepsProps {
  steps: readonly CtxStep[];
  current: number;
  onPick(step: number): void;
}

/** The list; each title is a button that jumps to its step. */
export function CtxSteps({ steps, current, onPick }: CtxStepsProps): JSX.Element {
  return (
    <ol class="ctx-steps" start={0}>
      {steps.map((s, i) => (
        <li
          key={s.id}
          data-step-id={s.id}
          data-current={i === current ? '' : undefined}
          data-skipped={s.skipped ? '' : undefined}
          aria-current={i === current ? 'step' : undefined}
        >
          <button type="button" class="ctx-step-button" onClick={() => onPick(i)}>
            {s.title}
          </button>
          {s.skipped ? `（跳过：${s.skipped}）` : ''}
        </li>
      ))}
    </ol>
  );
}
