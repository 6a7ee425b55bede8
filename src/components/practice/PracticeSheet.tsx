/**
 * The lecturer's printable sheet: problems from the URL (`?kinds=…&n=…&seed=…&level=…`), then the
 * answer key with worked solutions on a new page. Server-rendered with the default sheet; in the
 * browser it regenerates from the query with the same pure generators the CLI uses, so a sheet and
 * `npm run sim -- practice` with the same parameters agree problem by problem.
 */
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { useComputed, useSignal } from '@preact/signals';
import { inputHint } from '../../sim/practice/answers.ts';
import { problemDigest } from '../../sim/practice/generate.ts';
import { GENERATORS } from '../../sim/practice/registry.ts';
import { SEED_MAX } from '../../sim/seed.ts';
import { LEVEL_NAMES, LEVELS, PRACTICE_KINDS, type Problem } from '../../sim/practice/model.ts';
import {
  MAX_SHEET_PROBLEMS,
  SEED_RULE,
  SHEET_DEFAULTS,
  parseSheetParams,
  sheetOptions,
  sheetProblems,
  type SheetParams,
} from '../../sim/practice/sheet.ts';
import { QuestionBlocks } from './parts/QuestionBlocks.tsx';
import { PartSolution, Walkthrough } from './parts/Solution.tsx';
import './practice.css';

/** A query string as the sheet reads it: repeated keys (`kinds=a&kinds=b`, as a form sends them) joined by commas. */
export function sheetQuery(search: string): Record<string, string> {
  const query = new URLSearchParams(search);
  const out: Record<string, string> = {};
  for (const key of new Set(query.keys())) out[key] = query.getAll(key).join(',');
  return out;
}

/** The sheet's one display option, not a problem parameter: `seeds=0` keeps seeds and the command off the student pages. */
export const SEEDS_KEY = 'seeds';

/**
 * Splits the display option from the problem parameters. `seeds=0`: the student pages print no
 * seed and no command (the answer key still does, so the lecturer can regenerate it); `seeds=1`
 * (the default) prints them on both.
 */
export function readSeedsOption(query: Record<string, string>): {
  showSeeds: boolean;
  rest: Record<string, string>;
  error?: string;
} {
  const { [SEEDS_KEY]: seeds, ...rest } = query;
  if (seeds === undefined || seeds === '1') return { showSeeds: true, rest };
  if (seeds === '0') return { showSeeds: false, rest };
  return {
    showSeeds: true,
    rest,
    error: `seeds：应为 0（学生页不印种子和命令）或 1，收到「${seeds.slice(0, 40)}」`,
  };
}

/** The CLI command that prints the same sheet. */
export function sheetCommand(p: SheetParams): string {
  return `npm run sim -- practice ${sheetOptions(p)} --answer`;
}

/** One problem on the sheet, with blanks to write the answers in. */
function SheetProblem({
  problem,
  number,
  showSeed,
}: {
  problem: Problem;
  number: number;
  showSeed: boolean;
}): JSX.Element {
  return (
    <article
      class="practice-sheet__problem"
      data-kind={problem.kind}
      data-seed={problem.seed}
      data-digest={problemDigest(problem)}
    >
      <h2>
        第 {number} 题{'\u3000'}
        {problem.title}
        {showSeed && (
          <small>
            （{problem.kind}，种子 {problem.seed}）
          </small>
        )}
      </h2>
      <QuestionBlocks blocks={problem.question} />
      <ol class="practice-sheet__parts">
        {problem.parts.map((part) => (
          <li key={part.id}>
            <span>{part.prompt}</span>
            {part.input.type === 'choice' ? (
              <span class="practice-sheet__choices">
                {part.input.options.map((o) => (
                  <span key={o.value}>☐ {o.label}</span>
                ))}
              </span>
            ) : (
              <span class="practice-sheet__blank">
                <span class="practice-sheet__sr">答题处（{inputHint(part.input)}）</span>
              </span>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}

/** The answer key of one problem. */
function SheetKey({ problem, number }: { problem: Problem; number: number }): JSX.Element {
  return (
    <article class="practice-sheet__answers" data-kind={problem.kind}>
      <h3>
        第 {number} 题{'\u3000'}
        {problem.title}（种子 {problem.seed}）
      </h3>
      <Walkthrough problem={problem} />
      <ol>
        {problem.parts.map((part) => (
          <li key={part.id}>
            <p class="practice__key-prompt">{part.prompt}</p>
            <PartSolution part={part} />
          </li>
        ))}
      </ol>
    </article>
  );
}

/** What the sheet is and the command that prints it again. */
function SheetMeta({ p }: { p: SheetParams }): JSX.Element {
  return (
    <p class="practice-sheet__meta">
      共 {p.n} 题，难度{LEVEL_NAMES[p.level]}，seed = {p.seed}（{SEED_RULE}）。命令行生成同一份：
      <code>{sheetCommand(p)}</code>
    </p>
  );
}

/** The sheet island. */
export default function PracticeSheet(): JSX.Element {
  const params = useSignal<SheetParams>(SHEET_DEFAULTS);
  const errors = useSignal<string[]>([]);
  const showSeeds = useSignal(true);
  const hydrated = useSignal(false);
  const problems = useComputed(() => sheetProblems(params.value));

  useEffect(() => {
    const seeds = readSeedsOption(sheetQuery(location.search));
    const parsed = parseSheetParams(seeds.rest);
    if (parsed.ok && seeds.error === undefined) {
      params.value = parsed.value;
      showSeeds.value = seeds.showSeeds;
    } else errors.value = [...(parsed.ok ? [] : parsed.errors), ...(seeds.error ? [seeds.error] : [])];
    hydrated.value = true;
  }, []);

  const p = params.value;
  return (
    <div
      class="practice-sheet"
      data-hydrated={hydrated.value ? 'true' : undefined}
      data-params={JSON.stringify(p)}
    >
      <form class="practice-sheet__form" method="get">
        <fieldset>
          <legend>题型（轮流出题）</legend>
          {PRACTICE_KINDS.map((k) => (
            <label key={k}>
              <input type="checkbox" name="kinds" value={k} checked={p.kinds.includes(k)} />{' '}
              {GENERATORS[k].title}
            </label>
          ))}
        </fieldset>
        <label>
          题数 <input type="number" name="n" min={1} max={MAX_SHEET_PROBLEMS} value={p.n} required />
        </label>
        <label>
          种子 <input type="number" name="seed" min={0} max={SEED_MAX} value={p.seed} required />
        </label>
        <label>
          难度
          <select name="level" value={String(p.level)}>
            {LEVELS.map((l) => (
              <option key={l} value={String(l)}>
                {LEVEL_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" name={SEEDS_KEY} value="0" checked={!showSeeds.value} />{' '}
          学生页不印种子和命令（答案页照印）
        </label>
        {p.mechanisms && <input type="hidden" name="mechanisms" value={p.mechanisms.join(',')} />}
        <button type="submit">生成练习卷</button>
        <button type="button" disabled={!hydrated.value} onClick={() => print()}>
          打印
        </button>
      </form>
      {errors.value.length > 0 && (
        <div class="practice__url-error" role="alert">
          <p>网址参数有误，下面是默认的练习卷：</p>
          <ul>
            {errors.value.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {showSeeds.value ? (
        <SheetMeta p={p} />
      ) : (
        <p class="practice-sheet__meta">
          共 {p.n} 题，难度{LEVEL_NAMES[p.level]}。种子和重新生成的命令只印在答案页上。
        </p>
      )}
      <section class="practice-sheet__problems" aria-label="题目">
        {problems.value.map((problem, i) => (
          <SheetProblem
            key={`${problem.kind}-${problem.seed}`}
            problem={problem}
            number={i + 1}
            showSeed={showSeeds.value}
          />
        ))}
      </section>
      <section class="practice-sheet__key" aria-labelledby="practice-sheet-key">
        <h2 id="practice-sheet-key">答案与解答</h2>
        {!showSeeds.value && <SheetMeta p={p} />}
        {problems.value.map((problem, i) => (
          <SheetKey key={`${problem.kind}-${problem.seed}`} problem={problem} number={i + 1} />
        ))}
      </section>
    </div>
  );
}
