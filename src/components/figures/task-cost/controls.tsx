/** The TaskCost figure's inputs: N on a logarithmic slider (1 to 10 million) or typed, and the thread stack size. */
import type { JSX } from 'preact';
import { formatCount } from '../../../sim/format.ts';
import { KiB, MiB } from '../../../sim/units.ts';
import { STACK_CHOICES } from './limits.ts';

export { STACK_CHOICES } from './limits.ts';
import { MAX_TASKS } from '../../../sim/tasks/model.ts';

/** Slider position (log10 N) for N. */
export const sliderFromN = (n: number): number => Math.log10(n);
/** N for a slider position, rounded to a whole number of tasks. */
export const nFromSlider = (x: number): number => Math.min(MAX_TASKS, Math.max(1, Math.round(10 ** x)));

/** Props of {@link TaskControls}. */
export interface TaskControlsProps {
  /** Number of tasks. */
  n: number;
  /** Thread stack bytes. */
  stack: number;
  /** N changed. */
  onN(n: number): void;
  /** Stack size changed. */
  onStack(bytes: number): void;
}

/** Slider, number field and select. */
export function TaskControls(p: TaskControlsProps): JSX.Element {
  return (
    <div class="task-controls" data-figure-controls>
      <label>
        任务数 N（对数）{' '}
        <input
          type="range"
          data-control="n-slider"
          min={0}
          max={7}
          step={0.01}
          value={sliderFromN(p.n)}
          aria-valuetext={`${formatCount(p.n)} 个任务`}
          onInput={(e) => p.onN(nFromSlider(Number(e.currentTarget.value)))}
        />
      </label>
      <label>
        N ={' '}
        <input
          type="number"
          data-control="n"
          min={1}
          max={MAX_TASKS}
          step={1}
          value={p.n}
          onInput={(e) => {
            const n = Number(e.currentTarget.value);
            if (Number.isInteger(n) && n >= 1 && n <= MAX_TASKS) p.onN(n);
          }}
        />
      </label>
      <label>
        线程栈大小{' '}
        <select
          data-control="stack"
          value={String(p.stack)}
          onChange={(e) => p.onStack(Number(e.currentTarget.value))}
        >
          {STACK_CHOICES.map((b) => (
            <option key={b} value={String(b)}>
              {b >= MiB ? `${b / MiB} MiB` : `${b / KiB} KiB`}
              {b === 8 * MiB ? '（默认 RLIMIT_STACK）' : ''}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
