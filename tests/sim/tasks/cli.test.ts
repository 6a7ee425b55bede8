import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { command, resolveTasksScenario } from '../../../src/sim/tasks/cli.ts';

describe('tasks command', () => {
  const run = (over: Partial<Parameters<typeof command.run>[0]>) =>
    command.run({ scenario: undefined, source: '默认场景', seed: 1, json: false, answer: false, ...over });

  test('the seed picks N as a power of ten when the scenario has none, the same way every time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const input = { scenario: undefined, source: 'x', seed, json: false, answer: false };
        const n = resolveTasksScenario(input).n;
        expect([10, 100, 1e3, 1e4, 1e5, 1e6, 1e7]).toContain(n);
        expect(resolveTasksScenario(input).n).toBe(n);
      }),
      { numRuns: 50 },
    );
    expect(
      resolveTasksScenario({ scenario: { n: 42 }, source: 'x', seed: 7, json: false, answer: false }).n,
    ).toBe(42);
  });

  test('echoes the inputs, asks first and answers only with --answer', () => {
    const q = run({ scenario: { n: 1000 } });
    expect(q).toContain('N = 1,000 个任务');
    expect(q).toContain('问题：');
    expect(q).not.toContain('答案（');
    const a = run({ scenario: { n: 1000 }, answer: true });
    expect(a).toContain('答案');
    expect(a).toContain('100 个共享栈 × 128 KiB = 12.5 MiB');
  });

  test('--json prints the model output', () => {
    const out = JSON.parse(run({ scenario: { n: 10 }, json: true }));
    expect(out.costs).toHaveLength(5);
    expect(out.libco.stacks).toBe(100);
  });
});
