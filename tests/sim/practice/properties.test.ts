/**
 * Properties every generator keeps, for every kind and level: a problem is plain JSON and a pure
 * function of its seed; each part has exactly one correct answer (the checker accepts the right
 * answer however a reader writes it, and rejects every nearby alternative); the question never
 * shows two steps or options that read the same.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  PRACTICE_KINDS,
  checkPart,
  generateProblem,
  nextSeed,
  parseAnswer,
  type Level,
  type Part,
} from '../../../src/sim/practice/index.ts';
import { rightText, wrongText } from './answer-text.ts';

const seeds = fc.integer({ min: 0, max: 2 ** 32 - 1 });
const levels = fc.constantFrom<Level>(1, 2, 3);
const kinds = fc.constantFrom(...PRACTICE_KINDS);

/** Well-formed answers near the right one: off by one, one letter flipped, two steps swapped, one label toggled. */
function alternatives(part: Part): string[] {
  const a = part.answer;
  switch (part.input.type) {
    case 'integer':
    case 'bytes':
      return [String(Number(a) + 1), ...(Number(a) > 0 ? [String(Number(a) - 1)] : [])];
    case 'address':
      return a === 'invalid' ? ['0', '4096'] : ['无效', String(Number(a) + 1)];
    case 'choice':
      return part.input.options.map((o) => o.value).filter((v) => v !== a);
    case 'hit-miss':
      return [...a].map((_, i) => [...a].map((c, j) => (j === i ? (c === 'H' ? 'M' : 'H') : c)).join(''));
    case 'sequence': {
      const xs = a.split(' ');
      return xs.slice(1).map((_, i) => {
        const ys = [...xs];
        [ys[i], ys[i + 1]] = [ys[i + 1]!, ys[i]!];
        return ys.join(' ');
      });
    }
    case 'subset': {
      const chosen = a === '无' ? [] : a.split(' ');
      const labels = part.input.labels;
      return labels.map((l) => {
        const next = chosen.includes(l) ? chosen.filter((c) => c !== l) : [...chosen, l];
        return next.length === 0 ? '无' : next.join(' ');
      });
    }
  }
}

describe('every generator', () => {
  test('is a pure function of the seed and returns plain JSON', () => {
    fc.assert(
      fc.property(kinds, seeds, levels, (kind, seed, level) => {
        const a = generateProblem(kind, seed, { level });
        const b = generateProblem(kind, seed, { level });
        expect(b).toEqual(a);
        expect(JSON.parse(JSON.stringify(a))).toEqual(a);
        expect(a).toMatchObject({ kind, seed, level });
      }),
      { numRuns: 300 },
    );
  });

  test('each part has exactly one correct answer, reachable as a reader writes it', () => {
    fc.assert(
      fc.property(kinds, seeds, levels, (kind, seed, level) => {
        const problem = generateProblem(kind, seed, { level });
        expect(problem.parts.length).toBeGreaterThan(0);
        expect(new Set(problem.parts.map((p) => p.id)).size).toBe(problem.parts.length);
        for (const part of problem.parts) {
          // the canonical answer is a fixed point of the parser, and the typed forms reach it
          expect(parseAnswer(part.input, part.answer)).toEqual({ ok: true, value: part.answer });
          expect(checkPart(part, rightText(part)).verdict, `${kind} ${part.id}`).toBe('right');
          expect(checkPart(part, wrongText(part)).verdict, `${kind} ${part.id}`).toBe('wrong');
          for (const alt of alternatives(part)) {
            const parsed = parseAnswer(part.input, alt);
            expect(parsed.ok, `${kind} ${part.id}: ${alt}`).toBe(true);
            expect(checkPart(part, alt).verdict, `${kind} ${part.id}: ${alt}`).toBe('wrong');
          }
          if (part.input.type === 'choice') {
            const values = part.input.options.map((o) => o.value);
            const labels = part.input.options.map((o) => o.label);
            expect(new Set(values).size).toBe(values.length);
            expect(new Set(labels).size).toBe(labels.length);
            expect(values).toContain(part.answer);
          }
          if (part.input.type === 'hit-miss')
            expect(part.answer).toMatch(new RegExp(`^[HM]{${part.input.length}}$`));
          expect(part.solution.length).toBeGreaterThan(0);
        }
        // a table never shows two rows that read the same where the rows are what is ordered or chosen
        if (kind === 'switch-steps') {
          const rows = (problem.question[1] as { rows: string[][] }).rows.map((r) => r[1]);
          expect(new Set(rows).size).toBe(rows.length);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('seeds outside 0 … 2³²−1 and unknown levels are refused with a message', () => {
    for (const kind of PRACTICE_KINDS) {
      for (const seed of [-1, 2 ** 32, 1.5, Number.NaN]) {
        expect(() => generateProblem(kind, seed)).toThrow('种子必须是 0 到 4294967295 之间的整数');
      }
      expect(() => generateProblem(kind, 1, { level: 4 as Level })).toThrow(
        '难度必须是 1、2、3 之一，收到 4',
      );
    }
  });

  test('the seed of the next problem is in range and reproducible', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const next = nextSeed(seed);
        expect(Number.isInteger(next) && next >= 0 && next <= 2 ** 32 - 1).toBe(true);
        expect(nextSeed(seed)).toBe(next);
      }),
    );
  });
});
