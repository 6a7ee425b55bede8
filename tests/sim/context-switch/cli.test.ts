import { describe, expect, test } from 'vitest';
import { command as ctx } from '../../../src/sim/context-switch/cli.ts';
import type { SimCliInput } from '../../../src/sim/cli-types.ts';

const input = (over: Partial<SimCliInput>): SimCliInput => ({
  scenario: undefined,
  source: '默认场景',
  seed: 1,
  json: false,
  answer: false,
  ...over,
});

describe('context-switch command', () => {
  test('lists the steps and the costs', () => {
    const out = ctx.run(input({ scenario: { kind: 'thread' } }));
    expect(ctx.name).toBe('context-switch');
    expect(out).toContain('跳过：同一地址空间');
    expect(out).toContain('2.7 µs');
  });

  test('--json carries steps, direct and indirect costs', () => {
    const out = JSON.parse(ctx.run(input({ json: true })));
    expect(out.steps).toHaveLength(8);
    expect(out.indirect.extraWalksPerEvent).toBeGreaterThan(0);
  });
});
