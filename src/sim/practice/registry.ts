/** Every practice generator by kind. Importing this pulls in all seven models (sheet, CLI, tests). */
import { ipcCost } from './kinds/ipc-cost.ts';
import { linearTranslate } from './kinds/linear-translate.ts';
import { switchCr3 } from './kinds/switch-cr3.ts';
import { switchSteps } from './kinds/switch-steps.ts';
import { taskStacks } from './kinds/task-stacks.ts';
import { tlbTrace } from './kinds/tlb-trace.ts';
import { x86Split } from './kinds/x86-split.ts';
import type { PracticeGenerator, PracticeKind } from './model.ts';

/** The seven generators, keyed by kind. */
export const GENERATORS: Record<PracticeKind, PracticeGenerator> = {
  'linear-translate': linearTranslate,
  'x86-split': x86Split,
  'tlb-trace': tlbTrace,
  'switch-cr3': switchCr3,
  'ipc-cost': ipcCost,
  'task-stacks': taskStacks,
  'switch-steps': switchSteps,
};
