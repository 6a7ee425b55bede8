/**
 * Kinds 1 and 2 against other means: the answers of a generated problem, recomputed from what the
 * question shows (the table, the addresses in the prompts) with plain bit arithmetic and BigInt,
 * never through the generator. Kind 1 also reproduces the OSTEP cases of tests/sim/mmu/linear.test.ts.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { createLinearPageTable } from '../../../src/sim/mmu/index.ts';
import { generateProblem, type Level, type Problem } from '../../../src/sim/practice/index.ts';
import { linearProblem } from '../../../src/sim/practice/kinds/linear-translate.ts';
import { OSTEP_CASES, OSTEP_FRAMES, OSTEP_PAGE_SIZE } from './fixtures/ostep-linear.ts';

const seeds = fc.integer({ min: 0, max: 2 ** 32 - 1 });
const levels = fc.constantFrom<Level>(1, 2, 3);
const hexIn = (text: string) => /0x([0-9a-f]+)/.exec(text)![1]!;

/** Translates with bit operations from the question's own table: VPN = VA >> log2(page), PTE bit 31 = valid. */
function translateByBits(problem: Problem, va: number): number | 'invalid' {
  const page = Number(/页大小 (\d+) KiB/.exec((problem.question[0] as { text: string }).text)![1]) * 1024;
  const table = problem.question[1] as { rows: string[][] };
  const shift = Math.log2(page);
  const vpn = va >>> shift;
  const pte = Number(table.rows[vpn]![1]);
  if ((pte & 0x80000000) === 0) return 'invalid';
  return ((pte & 0x7fffffff) << shift) | (va & (page - 1));
}

describe('kind 1, linear-translate', () => {
  test('the OSTEP cases the MMU tests reproduce come out of the problem built from their table', () => {
    const pt = createLinearPageTable(OSTEP_PAGE_SIZE, OSTEP_FRAMES);
    const problem = linearProblem(
      pt,
      OSTEP_CASES.map(([va]) => va),
      { physBytes: 32 * 1024 },
      { seed: 0, level: 1 },
    );
    expect(problem.parts.map((p) => p.answer)).toEqual(OSTEP_CASES.map(([, pa]) => String(pa)));
    expect(problem.parts[0]!.answerText).toBe('0x0000182a（6186）');
    expect(problem.parts[0]!.solution).toContain(
      '虚拟地址 0x00000c2a（VPN 3）→ 物理地址 0x0000182a（PFN 6，偏移 42）。',
    );
    expect(problem.parts[3]!.answerText).toBe('无效（VPN 1 的有效位为 0）');
  });

  test('every answer equals the translation by bits from the table the question shows', () => {
    fc.assert(
      fc.property(seeds, levels, (seed, level) => {
        const problem = generateProblem('linear-translate', seed, { level });
        for (const part of problem.parts) {
          const va = parseInt(hexIn(part.prompt), 16);
          expect(part.answer).toBe(String(translateByBits(problem, va)));
        }
        // some valid and some invalid, as OSTEP's exercises have
        expect(problem.parts.some((p) => p.answer === 'invalid')).toBe(true);
        expect(problem.parts.some((p) => p.answer !== 'invalid')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

/** The address of a kind-2 prompt as a BigInt. */
const address = (prompt: string) => BigInt(`0x${/0x([0-9a-f]{16})/.exec(prompt)![1]!}`);

describe('kind 2, x86-split', () => {
  test('indices and offset equal shifts and masks of the 64-bit address (BigInt)', () => {
    fc.assert(
      fc.property(seeds, levels, (seed, level) => {
        const problem = generateProblem('x86-split', seed, { level });
        const shifts: Record<string, bigint> = { pgd: 39n, pud: 30n, pmd: 21n, pte: 12n };
        for (const part of problem.parts) {
          const kind = /-(pgd|pud|pmd|pte|offset)$/.exec(part.id)?.[1];
          if (kind === undefined) continue;
          const a = address(part.prompt);
          const expected = kind === 'offset' ? a & 0xfffn : (a >> shifts[kind]!) & 0x1ffn;
          expect(part.answer).toBe(String(expected));
        }
      }),
      { numRuns: 200 },
    );
  });

  test('user, kernel or non-canonical equals sign extension of bit 47 (BigInt)', () => {
    fc.assert(
      fc.property(seeds, levels, (seed, level) => {
        const problem = generateProblem('x86-split', seed, { level });
        const classes = problem.parts.filter((p) => p.input.type === 'choice');
        for (const part of classes) {
          const a = address(part.prompt);
          const bit47 = (a >> 47n) & 1n;
          const top = a >> 48n;
          const canonical = top === (bit47 ? 0xffffn : 0n);
          expect(part.answer).toBe(!canonical ? 'non-canonical' : bit47 ? 'kernel' : 'user');
        }
        // each level asks about all three classes
        expect(new Set(classes.map((p) => p.answer))).toEqual(new Set(['user', 'kernel', 'non-canonical']));
      }),
      { numRuns: 200 },
    );
  });
});
