/** A part's answer and worked solution, and the problem's walkthrough. Shared by the island and the sheet. */
import type { JSX } from 'preact';
import type { Part, Problem } from '../../../sim/practice/model.ts';

/** The answer line and the solution steps of one part. */
export function PartSolution({ part }: { part: Part }): JSX.Element {
  return (
    <div class="practice__solution">
      <p>
        <strong>答案：</strong>
        {part.answerText}
      </p>
      <ul>
        {part.solution.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** The run several parts refer to (the IPC transfer), when the problem has one. */
export function Walkthrough({ problem }: { problem: Problem }): JSX.Element | null {
  if (!problem.walkthrough) return null;
  return (
    <div class="practice__walkthrough">
      <p>
        <strong>{problem.walkthrough.title}</strong>
      </p>
      <ul>
        {problem.walkthrough.lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
