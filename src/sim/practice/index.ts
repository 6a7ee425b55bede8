/** The practice generators' public face: seven kinds of problem, answer checking, the sheet, the CLI text. */
export * from './model.ts';
export { GENERATORS } from './registry.ts';
export { generateWith, isLevel, isPracticeKind, nextSeed, problemDigest } from './generate.ts';
export { checkPart, inputHint, parseAnswer, parseBytes, parseInteger } from './answers.ts';
export type { ParsedAnswer, PartResult, Verdict } from './answers.ts';
export { SHEET_DEFAULTS, parseSheetParams, sheetProblems } from './sheet.ts';
export type { SheetParams } from './sheet.ts';
export { problemText } from './text.ts';

import { GENERATORS } from './registry.ts';
import { generateWith } from './generate.ts';
import type { PracticeKind, PracticeOptions, Problem } from './model.ts';

/** Generates a problem of `kind` for `seed` (all kinds available; see generateWith for one kind). */
export function generateProblem(kind: PracticeKind, seed: number, options: PracticeOptions = {}): Problem {
  return generateWith(GENERATORS[kind], seed, options);
}
