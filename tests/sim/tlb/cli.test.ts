import { describe, expect, test } from 'vitest';
import { command } from '../../../src/sim/tlb/cli.ts';
import { ScenarioError } from '../../../src/sim/scenario.ts';
import type { SimCliInput } from '../../../src/sim/cli-types.ts';

const input = (over: Partial<SimCliInput>): SimCliInput => ({
  scenario: undefined,
  source: '默认场景',
  seed: 1,
  json: false,
  answer: false,
  ...over,
});

describe('tlb command', () => {
  test('prints one row per policy and echoes the scenario', () => {
    const out = command.run(input({}));
    expect(command.name).toBe('tlb');
    for (const label of ['线程切换（同一进程）', '进程切换（无 PCID）', '进程切换（有 PCID）']) {
      expect(out).toContain(label);
    }
    expect(out).toContain('种子 1');
  });

  test('--json gives the three results', () => {
    const out = JSON.parse(command.run(input({ json: true, seed: 9 })));
    expect(out.results.map((r: { policy: string }) => r.policy)).toEqual([
      'thread-switch',
      'process-switch',
      'process-switch-pcid',
    ]);
    expect(out.scenario.seed).toBe(9);
  });

  test('--answer narrates the first events', () => {
    expect(command.run(input({ answer: true }))).toContain('TLB 未命中');
  });

  test('a bad scenario throws a ScenarioError naming the field', () => {
    expect(() => command.run(input({ scenario: { timeSlice: 0 }, source: 'bad.json' }))).toThrow(
      ScenarioError,
    );
    expect(() => command.run(input({ scenario: { timeSlice: 0 }, source: 'bad.json' }))).toThrow(/timeSlice/);
  });
});
