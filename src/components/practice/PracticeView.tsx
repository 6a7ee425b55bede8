/**
 * The practice island's body: a generated problem (server-rendered from the seed in the props),
 * form fields for its parts, checking with a verdict and worked solution per part, a new problem,
 * a difficulty level, and the seed in the URL. A thin view over src/sim/practice: the problem,
 * the answers and the solutions are the generator's.
 */
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { useComputed, useSignal } from '@preact/signals';
import { checkPart, type PartResult } from '../../sim/practice/answers.ts';
import { generateWith, nextSeed, problemDigest } from '../../sim/practice/generate.ts';
import { LEVELS, LEVEL_NAMES, type Level, type PracticeGenerator } from '../../sim/practice/model.ts';
import { PartField } from './parts/PartField.tsx';
import { QuestionBlocks } from './parts/QuestionBlocks.tsx';
import { PartSolution, Walkthrough } from './parts/Solution.tsx';
import { practiceHref, practiceId, readPracticeParams } from './practice-url.ts';
import './practice.css';

/** Props of a practice island as the Astro wrapper passes them (already validated there). */
export interface PracticeProps {
  /** Difficulty shown first. Default: 1. */
  level?: Level;
  /** Seed of the first problem. Default: 1. */
  seed?: number;
  /** ipc-cost: the mechanisms to draw from, as `readMechanisms` (kinds/ipc-cost.ts) read the page's prop. */
  mechanisms?: readonly string[];
  /** Level of the title heading: 2 at the end of a chapter, 3 inside a section. Default: 2. */
  headingLevel?: 2 | 3;
}

/** A one-sentence summary of the results, for the live region. */
export function summarizeResults(results: readonly PartResult[]): string {
  const n = (v: PartResult['verdict']) => results.filter((r) => r.verdict === v).length;
  const extra = [
    n('wrong') > 0 ? `${n('wrong')} 处不对` : '',
    n('malformed') > 0 ? `${n('malformed')} 处格式有误` : '',
    n('empty') > 0 ? `${n('empty')} 处未作答` : '',
  ].filter((s) => s !== '');
  return `${results.length} 问中答对 ${n('right')} 问${extra.length > 0 ? `，${extra.join('，')}` : '，全部正确'}。`;
}

/** The island for one kind; each kind's file passes its generator so its bundle holds only that model. */
export function PracticeView(props: PracticeProps & { generator: PracticeGenerator }): JSX.Element {
  const { generator } = props;
  const kind = generator.kind;
  const { mechanisms } = props;
  const seed = useSignal(props.seed ?? 1);
  const level = useSignal<Level>(props.level ?? 1);
  const answers = useSignal<Record<string, string>>({});
  const results = useSignal<Record<string, PartResult> | null>(null);
  const status = useSignal('');
  const urlError = useSignal<string | null>(null);
  const hydrated = useSignal(false);
  const problem = useComputed(() => generateWith(generator, seed.value, { level: level.value, mechanisms }));

  const show = (nextSeedValue: number, nextLevel: Level, message: string) => {
    seed.value = nextSeedValue;
    level.value = nextLevel;
    answers.value = {};
    results.value = null;
    status.value = message;
    history.replaceState(history.state, '', practiceHref('', kind, nextSeedValue, nextLevel));
  };

  useEffect(() => {
    const state = readPracticeParams(location.search, kind);
    if (state.type === 'problem') {
      seed.value = state.seed;
      if (state.level !== null) level.value = state.level;
    } else if (state.type === 'error') urlError.value = state.message;
    hydrated.value = true;
  }, [kind]);

  const check = (event: Event) => {
    event.preventDefault();
    const p = problem.value;
    const graded = Object.fromEntries(
      p.parts.map((part) => [part.id, checkPart(part, answers.value[part.id] ?? '')]),
    );
    results.value = graded;
    status.value = `检查完毕：${summarizeResults(Object.values(graded))}`;
  };

  const p = problem.value;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const id = practiceId(kind);
  const titleId = `${id}-title`;
  return (
    <section
      id={id}
      class="practice not-content"
      data-practice={kind}
      data-seed={p.seed}
      data-level={p.level}
      data-digest={problemDigest(p)}
      data-hydrated={hydrated.value ? 'true' : undefined}
      aria-labelledby={titleId}
    >
      <header class="practice__head">
        <Heading id={titleId} class="practice__title">
          {p.title}
        </Heading>
        <div class="practice__controls">
          <label>
            难度
            <select
              value={String(p.level)}
              disabled={!hydrated.value}
              onChange={(e) => {
                const next = Number(e.currentTarget.value) as Level;
                show(seed.peek(), next, `难度改为${LEVEL_NAMES[next]}，题目已更新。`);
              }}
            >
              {LEVELS.map((l) => (
                <option key={l} value={String(l)}>
                  {LEVEL_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            disabled={!hydrated.value}
            onClick={() => {
              const next = nextSeed(seed.peek());
              show(next, level.peek(), `换了一题（种子 ${next}）。`);
            }}
          >
            换一题
          </button>
          <a class="practice__link" href={practiceHref('', kind, p.seed, p.level)}>
            种子 {p.seed} 的链接
          </a>
        </div>
      </header>
      {urlError.value && (
        <p class="practice__url-error" role="alert">
          {urlError.value}
        </p>
      )}
      <QuestionBlocks blocks={p.question} />
      <form class="practice__form" onSubmit={check} noValidate>
        <ol class="practice__parts">
          {p.parts.map((part, i) => (
            <PartField
              key={`${p.seed}-${p.level}-${part.id}`}
              part={part}
              number={i + 1}
              idPrefix={id}
              value={answers.value[part.id] ?? ''}
              result={results.value?.[part.id] ?? null}
              onInput={(value) => (answers.value = { ...answers.peek(), [part.id]: value })}
            />
          ))}
        </ol>
        <div class="practice__actions">
          <button type="submit" class="practice__check" disabled={!hydrated.value}>
            检查答案
          </button>
          {!hydrated.value && <span class="practice__hint">检查答案需要 JavaScript；答案见下方。</span>}
        </div>
      </form>
      <p class="practice__status" role="status" aria-live="polite">
        {status.value}
      </p>
      {results.value && <Walkthrough problem={p} />}
      <details class="practice__key">
        <summary>查看全部答案与解答</summary>
        <Walkthrough problem={p} />
        <ol>
          {p.parts.map((part) => (
            <li key={part.id}>
              <p class="practice__key-prompt">{part.prompt}</p>
              <PartSolution part={part} />
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
