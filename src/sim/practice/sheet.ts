/**
 * The lecturer's sheet: `?kinds=…&n=…&seed=…&level=…` read into a list of problems. The sheet page
 * and `npm run sim -- practice` both use this, so the printed sheet and the CLI agree problem by problem.
 *
 * @example
 * parseSheetParams({ kinds: 'tlb-trace,linear-translate', n: '4', seed: '7' })
 * // → problems: tlb-trace seed 7, linear-translate seed 8, tlb-trace seed 9, linear-translate seed 10
 * parseSheetParams({ seed: '4294967295', n: '2' }) // → refused: problem 2 would need seed 2³²
 */
import { clip } from '../clip.ts';
import { generateWith, isLevel, isPracticeKind } from './generate.ts';
import { GENERATORS } from './registry.ts';
import { readMechanisms } from './kinds/ipc-cost.ts';
import type { MechanismId } from '../ipc/mechanisms.ts';
import { SEED_MAX, SEED_RANGE, parseSeed } from '../seed.ts';
import { LEVELS, PRACTICE_KINDS, type Level, type PracticeKind, type Problem } from './model.ts';

/** A validated sheet request. */
export interface SheetParams {
  /** Kinds, in the order they take turns. */
  kinds: PracticeKind[];
  /** Number of problems in all. */
  n: number;
  /** Seed of the first problem; see SEED_RULE for the others. */
  seed: number;
  level: Level;
  /** ipc-cost problems draw from these mechanisms only (a chapter's `<Practice mechanisms>`). Default: all. */
  mechanisms?: MechanismId[];
}

/** Most problems on one sheet. */
export const MAX_SHEET_PROBLEMS = 50;

/** The sheet without parameters: one problem of each kind, seed 1, level 1. */
export const SHEET_DEFAULTS: SheetParams = {
  kinds: [...PRACTICE_KINDS],
  n: PRACTICE_KINDS.length,
  seed: 1,
  level: 1,
};

const KEYS = ['kinds', 'n', 'seed', 'level', 'mechanisms'];

/** How the seeds of a sheet's problems follow from its seed, in the words the CLI help and the sheet both print. */
export const SEED_RULE = '第 i 题（i 从 1 数起）的种子是 seed + i − 1';

/** The seed of problem `i` (from 1) of a sheet whose first seed is `seed` (SEED_RULE). */
export function problemSeed(seed: number, i: number): number {
  return seed + i - 1;
}

/** A whole number in `min..max` from a query value (digits only, as seeds: seed.ts), or null. */
function intParam(value: string, min: number, max: number): number | null {
  if (!/^\d{1,6}$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/** Reads the sheet's query parameters; every problem names its parameter. */
export function parseSheetParams(
  query: Readonly<Record<string, string>>,
): { ok: true; value: SheetParams } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const unknown = Object.keys(query).filter((k) => !KEYS.includes(k));
  if (unknown.length > 0) errors.push(`不认识的参数 ${unknown.join('、')}；可用的是 ${KEYS.join('、')}`);
  let kinds = SHEET_DEFAULTS.kinds;
  if (query.kinds !== undefined && query.kinds.trim() !== 'all') {
    const list = query.kinds.split(',').map((k) => k.trim());
    const bad = list.filter((k) => k !== '' && !isPracticeKind(k));
    const empty = list.includes('');
    if (bad.length > 0 || empty) {
      const named = [...bad.map((k) => `「${clip(k, 40)}」`), ...(empty ? ['（空）'] : [])];
      errors.push(`kinds：没有题型 ${named.join('、')}；可用的是 all 或 ${PRACTICE_KINDS.join(',')}`);
    } else kinds = list as PracticeKind[];
  }
  const n = query.n === undefined ? kinds.length : intParam(query.n, 1, MAX_SHEET_PROBLEMS);
  if (n === null) errors.push(`n：应为 1 到 ${MAX_SHEET_PROBLEMS} 之间的整数，收到「${query.n ?? ''}」`);
  const seed = query.seed === undefined ? SHEET_DEFAULTS.seed : parseSeed(query.seed);
  if (seed === null) errors.push(`seed：应为 ${SEED_RANGE}，收到「${clip(query.seed ?? '', 40)}」`);
  else if (n !== null && problemSeed(seed, n) > SEED_MAX)
    errors.push(
      `seed：第 ${n} 题的种子 ${seed} + ${n} − 1 = ${problemSeed(seed, n)} 超过种子上限 ${SEED_MAX}（${SEED_RULE}）`,
    );
  const level = query.level === undefined ? SHEET_DEFAULTS.level : intParam(query.level, 1, 3);
  if (level === null || !isLevel(level))
    errors.push(`level：应为 ${LEVELS.join('、')} 之一，收到「${query.level ?? ''}」`);
  let mechanisms: MechanismId[] | undefined;
  if (query.mechanisms !== undefined) {
    const read = readMechanisms(query.mechanisms);
    if (!read.ok) errors.push(read.error);
    else if (!kinds.includes('ipc-cost'))
      errors.push('mechanisms：只对题型 ipc-cost 有意义，题型里没有 ipc-cost');
    else mechanisms = read.value;
  }
  if (errors.length > 0) return { ok: false, errors };
  const value: SheetParams = { kinds, n: n!, seed: seed!, level: level as Level };
  return { ok: true, value: mechanisms === undefined ? value : { ...value, mechanisms } };
}

/** The options of `npm run sim -- practice` that give this sheet (the CLI echoes them, the sheet prints them). */
export function sheetOptions(p: SheetParams): string {
  const mechanisms = p.mechanisms === undefined ? '' : ` --mechanisms ${p.mechanisms.join(',')}`;
  return `${p.kinds.join(',')} --seed ${p.seed} --count ${p.n} --level ${p.level}${mechanisms}`;
}

/** The sheet's problems: kinds take turns, seeds follow SEED_RULE (never wrapped: generateWith checks). */
export function sheetProblems(p: SheetParams): Problem[] {
  return Array.from({ length: p.n }, (_, i) =>
    generateWith(GENERATORS[p.kinds[i % p.kinds.length]!], problemSeed(p.seed, i + 1), {
      level: p.level,
      ...(p.mechanisms === undefined ? {} : { mechanisms: p.mechanisms }),
    }),
  );
}
