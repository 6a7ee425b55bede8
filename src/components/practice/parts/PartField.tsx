/**
 * One part of a problem as a form field: a text box (numbers in decimal or hex, byte counts,
 * H/M strings, lists of step numbers) or a group of radio buttons, with its hint, and after
 * checking its verdict and worked solution. Plain props; the island owns the state.
 */
import type { JSX } from 'preact';
import { inputHint, type PartResult } from '../../../sim/practice/answers.ts';
import type { Part } from '../../../sim/practice/model.ts';
import { PartSolution } from './Solution.tsx';

/** Props of {@link PartField}. */
export interface PartFieldProps {
  part: Part;
  /** 1-based number shown before the prompt. */
  number: number;
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  /** What the reader has typed or chosen. */
  value: string;
  /** The verdict after checking, or null before. */
  result: PartResult | null;
  onInput: (value: string) => void;
}

const MARKS: Record<PartResult['verdict'], string> = { right: '✓', wrong: '✗', malformed: '⚠', empty: '…' };

/** Which on-screen keyboard suits the answer. */
function inputMode(part: Part): 'numeric' | 'text' {
  return part.input.type === 'sequence' || part.input.type === 'subset' ? 'numeric' : 'text';
}

/** One part: field, hint, verdict and (when graded) the worked solution. */
export function PartField({ part, number, idPrefix, value, result, onInput }: PartFieldProps): JSX.Element {
  const id = `${idPrefix}-${part.id}`;
  const hintId = `${id}-hint`;
  const resultId = `${id}-result`;
  const invalid = result !== null && result.verdict !== 'right';
  const verdict = result && (
    <p id={resultId} class={`practice__verdict practice__verdict--${result.verdict}`}>
      <span aria-hidden="true">{MARKS[result.verdict]} </span>
      {result.message}
    </p>
  );
  const graded = result !== null && (result.verdict === 'right' || result.verdict === 'wrong');
  const describedBy = result ? `${hintId} ${resultId}` : hintId;
  return (
    <li class="practice__part" data-part={part.id} data-verdict={result?.verdict}>
      {part.input.type === 'choice' ? (
        <fieldset aria-describedby={describedBy} aria-invalid={invalid || undefined}>
          <legend>
            <span class="practice__num">({number})</span> {part.prompt}
          </legend>
          <div class="practice__options">
            {part.input.options.map((o) => (
              <label key={o.value}>
                <input
                  type="radio"
                  name={id}
                  value={o.value}
                  checked={value === o.value}
                  onChange={() => onInput(o.value)}
                />
                {o.label}
              </label>
            ))}
          </div>
          <span id={hintId} class="practice__hint">
            {inputHint(part.input)}
          </span>
        </fieldset>
      ) : (
        <div class="practice__field">
          <label for={id}>
            <span class="practice__num">({number})</span> {part.prompt}
          </label>
          <input
            id={id}
            type="text"
            inputMode={inputMode(part)}
            autoComplete="off"
            autoCapitalize="off"
            spellcheck={false}
            value={value}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onInput={(e) => onInput(e.currentTarget.value)}
          />
          <span id={hintId} class="practice__hint">
            {inputHint(part.input)}
          </span>
        </div>
      )}
      {verdict}
      {graded && <PartSolution part={part} />}
    </li>
  );
}
