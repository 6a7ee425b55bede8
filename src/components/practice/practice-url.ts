/**
 * A practice problem's place in the URL: `?fig=practice-<kind>&seed=N&level=L#practice-<kind>`.
 * It follows the figures' convention (src/lib/figure-url.ts): `fig` names the one island the
 * parameters are for, so the figures on the same page ignore them and vice versa. Pure string code.
 */
import { FIGURE_KEY, writeFigureParams } from '../../lib/figure-url.ts';
import { LEVELS, type Level, type PracticeKind } from '../../sim/practice/model.ts';
import { SEED_RANGE, parseSeed } from '../../sim/seed.ts';

/** The island's id on the page and in `fig=`. */
export function practiceId(kind: PracticeKind): string {
  return `practice-${kind}`;
}

/** What the URL says about one island: nothing, a problem, or why it cannot be read. */
export type PracticeUrlState =
  | { type: 'none' }
  | { type: 'problem'; seed: number; level: Level | null }
  | { type: 'error'; message: string };

/**
 * Reads the seed and level meant for `kind` from a query string.
 * `readPracticeParams('?fig=practice-tlb-trace&seed=7', 'tlb-trace')` → `{ type: 'problem', seed: 7, level: null }`.
 */
export function readPracticeParams(search: string, kind: PracticeKind): PracticeUrlState {
  const query = new URLSearchParams(search);
  if (query.get(FIGURE_KEY) !== practiceId(kind)) return { type: 'none' };
  const seedText = query.get('seed') ?? '';
  const levelText = query.get('level');
  const problems: string[] = [];
  const seed = parseSeed(seedText);
  if (seed === null) problems.push(`seed 应为 ${SEED_RANGE}，收到 “${seedText}”`);
  const level = levelText === null ? null : Number(levelText);
  if (level !== null && !(LEVELS as readonly number[]).includes(level)) {
    problems.push(`level 应为 ${LEVELS.join('、')} 之一，收到 “${levelText}”`);
  }
  if (problems.length > 0)
    return { type: 'error', message: `网址参数无效：${problems.join('；')}。下面是默认的题目。` };
  return { type: 'problem', seed: seed!, level: level as Level | null };
}

/**
 * The query and fragment that reproduce a problem, keeping the page's unrelated parameters.
 * `practiceHref('', 'tlb-trace', 7, 2)` → `'?fig=practice-tlb-trace&seed=7&level=2#practice-tlb-trace'`.
 */
export function practiceHref(search: string, kind: PracticeKind, seed: number, level: Level): string {
  const query = writeFigureParams(search, {
    [FIGURE_KEY]: practiceId(kind),
    seed: String(seed),
    level: String(level),
  });
  return `${query}#${practiceId(kind)}`;
}
