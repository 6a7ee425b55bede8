/**
 * Types of the practice generators: a problem is plain JSON (question blocks, parts with their
 * answers and worked solutions), so the page, the printable sheet and the CLI render the same data.
 */

/** The seven kinds of problem, in the book's order. */
export const PRACTICE_KINDS = [
  'linear-translate',
  'x86-split',
  'tlb-trace',
  'switch-cr3',
  'ipc-cost',
  'task-stacks',
  'switch-steps',
] as const;
/** One kind of problem. */
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

/** Difficulty levels: 1 基础, 2 进阶, 3 挑战. */
export const LEVELS = [1, 2, 3] as const;
/** A difficulty level. */
export type Level = (typeof LEVELS)[number];
/** Chinese names of the levels. */
export const LEVEL_NAMES: Record<Level, string> = { 1: '基础', 2: '进阶', 3: '挑战' };

/** A piece of the question: a paragraph, a table or a preformatted listing. */
export type Block =
  | { type: 'text'; text: string }
  | { type: 'table'; caption: string; head: string[]; rows: string[][] }
  | { type: 'code'; text: string };

/** How a part is answered, and so which answers parse. */
export type InputSpec =
  /** An integer, in decimal (`42`) or hex (`0x2a`). */
  | { type: 'integer' }
  /** A byte count: an integer, optionally with a binary unit (`8 MiB`, `0x1000`, `1.5 KiB`). */
  | { type: 'bytes' }
  /** A physical address, or 无效 when the translation faults. */
  | { type: 'address' }
  /** One of a few options. */
  | { type: 'choice'; options: { value: string; label: string }[] }
  /** One letter per access: H (hit) or M (miss). */
  | { type: 'hit-miss'; length: number }
  /** All of `labels`, each once, in the right order. */
  | { type: 'sequence'; labels: string[] }
  /** Some of `labels` (possibly none, written 无), in any order. */
  | { type: 'subset'; labels: string[] };

/** One question of a problem with its one correct answer. */
export interface Part {
  /** Stable id inside the problem (`va-2`, `pcid`). */
  id: string;
  /** What is asked, in Chinese. */
  prompt: string;
  /** How to answer. */
  input: InputSpec;
  /** The correct answer in canonical form (the form `parseAnswer` in answers.ts returns). */
  answer: string;
  /** The answer as a reader should see it (`0x182a（6186）`). */
  answerText: string;
  /** The worked solution: sentences from the model's own narration and the values it computed. */
  solution: string[];
}

/** A generated problem: everything needed to show, check and explain it. */
export interface Problem {
  kind: PracticeKind;
  seed: number;
  level: Level;
  /** Title, in Chinese. */
  title: string;
  /** The question's setup. */
  question: Block[];
  /** The parts to answer. */
  parts: Part[];
  /** A worked run that several parts' solutions refer to (the model's narration, step by step). */
  walkthrough?: { title: string; lines: string[] };
}

/** Options a page or a lecturer may set. */
export interface PracticeOptions {
  /** Difficulty. Default: 1. */
  level?: Level;
  /** ipc-cost only: the mechanisms to choose from (default: all). */
  mechanisms?: readonly string[];
}

/** A generator of one kind: pure, seed in → problem out. */
export interface PracticeGenerator {
  kind: PracticeKind;
  /** Chinese title. */
  title: string;
  /** One line on what the problem asks, in Chinese (CLI help, exercises page). */
  summary: string;
  /** Builds the problem for a seed; throws RangeError for an option it cannot honour. */
  generate(seed: number, options: Required<Pick<PracticeOptions, 'level'>> & PracticeOptions): Problem;
}
