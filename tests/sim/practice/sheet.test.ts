import { describe, expect, test } from 'vitest';
import {
  SHEET_DEFAULTS,
  generateProblem,
  parseSheetParams,
  sheetProblems,
} from '../../../src/sim/practice/index.ts';

describe('parseSheetParams', () => {
  test('defaults: every kind once, seed 1, level 1', () => {
    expect(parseSheetParams({})).toEqual({ ok: true, value: SHEET_DEFAULTS });
    expect(parseSheetParams({ kinds: 'all', n: '14' })).toEqual({
      ok: true,
      value: { ...SHEET_DEFAULTS, n: 14 },
    });
  });

  test('a list of kinds, a count, a seed and a level', () => {
    expect(
      parseSheetParams({ kinds: 'ipc-cost, tlb-trace', n: '4', seed: '4294967295', level: '2' }),
    ).toEqual({
      ok: true,
      value: { kinds: ['ipc-cost', 'tlb-trace'], n: 4, seed: 4294967295, level: 2 },
    });
  });

  test('every bad parameter is named, and an unknown one too', () => {
    const r = parseSheetParams({ kinds: 'tlb,', n: 'x', seed: '-3', level: '0', kind: 'ipc-cost' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      '不认识的参数 kind；可用的是 kinds、n、seed、level',
      'kinds：没有题型 「tlb」；可用的是 all 或 linear-translate,x86-split,tlb-trace,switch-cr3,ipc-cost,task-stacks,switch-steps',
      'n：应为 1 到 50 之间的整数，收到「x」',
      'seed：应为 0 到 4294967295 之间的整数，收到「-3」',
      'level：应为 1、2、3 之一，收到「0」',
    ]);
  });
});

describe('sheetProblems', () => {
  test('kinds take turns and problem i has seed + i, wrapping at 2³²', () => {
    const problems = sheetProblems({
      kinds: ['switch-steps', 'task-stacks'],
      n: 3,
      seed: 2 ** 32 - 2,
      level: 2,
    });
    expect(problems).toEqual([
      generateProblem('switch-steps', 2 ** 32 - 2, { level: 2 }),
      generateProblem('task-stacks', 2 ** 32 - 1, { level: 2 }),
      generateProblem('switch-steps', 0, { level: 2 }),
    ]);
  });
});
