import { describe, expect, test } from 'vitest';
import {
  SHEET_DEFAULTS,
  generateProblem,
  parseSheetParams,
  sheetProblems,
} from '../../../src/sim/practice/index.ts';
import { sheetOptions } from '../../../src/sim/practice/sheet.ts';

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
      parseSheetParams({ kinds: 'ipc-cost, tlb-trace', n: '4', seed: '4294967292', level: '2' }),
    ).toEqual({
      ok: true,
      value: { kinds: ['ipc-cost', 'tlb-trace'], n: 4, seed: 4294967292, level: 2 },
    });
  });

  test('every bad parameter is named, and an unknown one too', () => {
    const r = parseSheetParams({ kinds: 'tlb', n: 'x', seed: '-3', level: '0', kind: 'ipc-cost' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      '不认识的参数 kind；可用的是 kinds、n、seed、level、mechanisms',
      'kinds：没有题型 「tlb」；可用的是 all 或 linear-translate,x86-split,tlb-trace,switch-cr3,ipc-cost,task-stacks,switch-steps',
      'n：应为 1 到 50 之间的整数，收到「x」',
      'seed：应为 0 到 4294967295 之间的整数，收到「-3」',
      'level：应为 1、2、3 之一，收到「0」',
    ]);
  });
});

describe('sheetProblems', () => {
  test('kinds take turns and problem i (from 1) has seed + i − 1, up to the last seed', () => {
    const problems = sheetProblems({
      kinds: ['switch-steps', 'task-stacks'],
      n: 3,
      seed: 2 ** 32 - 3,
      level: 2,
    });
    expect(problems).toEqual([
      generateProblem('switch-steps', 2 ** 32 - 3, { level: 2 }),
      generateProblem('task-stacks', 2 ** 32 - 2, { level: 2 }),
      generateProblem('switch-steps', 2 ** 32 - 1, { level: 2 }),
    ]);
  });

  test('a sheet whose last seed would pass 2³² − 1 is refused, naming the limit, never wrapped', () => {
    const r = parseSheetParams({ seed: '4294967295', n: '2' });
    expect(r).toEqual({
      ok: false,
      errors: [
        'seed：第 2 题的种子 4294967295 + 2 − 1 = 4294967296 超过种子上限 4294967295（第 i 题（i 从 1 数起）的种子是 seed + i − 1）',
      ],
    });
    expect(() => sheetProblems({ kinds: ['tlb-trace'], n: 2, seed: 2 ** 32 - 1, level: 1 })).toThrow(
      RangeError,
    );
  });

  test('an empty kind between commas, and spaces around a seed, are refused', () => {
    expect(parseSheetParams({ kinds: 'tlb-trace,,ipc-cost' })).toMatchObject({
      ok: false,
      errors: [expect.stringMatching(/^kinds：没有题型 （空）/)],
    });
    expect(parseSheetParams({ seed: ' 5' })).toMatchObject({ ok: false });
    expect(parseSheetParams({ n: '3 ' })).toMatchObject({ ok: false });
  });
});

describe('mechanisms (ipc-cost only), read as a page reads its prop', () => {
  test('restricts the ipc-cost problems, and is echoed in the command', () => {
    const r = parseSheetParams({ kinds: 'ipc-cost,tlb-trace', n: '4', mechanisms: 'signal, pipe' });
    expect(r).toMatchObject({ ok: true, value: { mechanisms: ['signal', 'pipe'] } });
    if (!r.ok) return;
    expect(sheetOptions(r.value)).toBe(
      'ipc-cost,tlb-trace --seed 1 --count 4 --level 1 --mechanisms signal,pipe',
    );
    const problems = sheetProblems(r.value);
    expect(problems[0]).toEqual(generateProblem('ipc-cost', 1, { mechanisms: ['signal', 'pipe'] }));
    expect(problems[1]).toEqual(generateProblem('tlb-trace', 2));
  });

  test.each([
    [{ kinds: 'tlb-trace', mechanisms: 'pipe' }, 'mechanisms：只对题型 ipc-cost 有意义'],
    [{ kinds: 'ipc-cost', mechanisms: 'pipe,,fifo' }, 'mechanisms：没有通信方式 （空）'],
    [{ kinds: 'ipc-cost', mechanisms: 'pipe,carrier-pigeon' }, 'mechanisms：没有通信方式 「carrier-pigeon」'],
    [{ kinds: 'ipc-cost', mechanisms: 'pipe,pipe' }, 'mechanisms：pipe 写了不止一次'],
  ])('%j is refused: %s', (query, message) => {
    const r = parseSheetParams(query);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toContain(message);
  });
});
