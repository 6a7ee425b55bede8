import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { command } from '../../../src/sim/address-space/cli.ts';
import { ScenarioError } from '../../../src/sim/scenario.ts';

const forkCow: unknown = JSON.parse(
  readFileSync(new URL('../../../src/sim/address-space/scenarios/fork-cow.json', import.meta.url), 'utf8'),
);
const input = { scenario: undefined as unknown, source: '默认场景', seed: 1, json: false, answer: false };

describe('address-space command', () => {
  test('prints the regions table with the classic addresses and the frame counts', () => {
    const out = command.run(input);
    expect(command.name).toBe('address-space');
    expect(out).toMatch(/0x555555554000\s+0x555555556000\s+8 KiB\s+r-xp\s+text/);
    expect(out).toContain('0xffff800000000000');
    expect(out).toMatch(/物理页框：使用中 \d+/);
    expect(out).not.toContain('→');
  });

  test('--answer adds the narration under each event', () => {
    expect(command.run({ ...input, answer: true })).toContain('→ fork：子进程 1002');
  });

  test('--json matches the text report', () => {
    const json = JSON.parse(
      command.run({ ...input, scenario: forkCow, source: 'fork-cow.json', json: true }),
    ) as {
      processes: { pid: number; regions: { name: string; start: number; resident: number }[] }[];
      totals: { framesInUse: number };
    };
    // fork-cow.json: the child writes text and dies of SIGSEGV, so only 1000 remains.
    expect(json.processes.map((p) => p.pid)).toEqual([1000]);
    expect(json.processes[0]!.regions.find((r) => r.name === 'heap')).toMatchObject({
      start: 0x405000,
      resident: 2,
    });
    const text = command.run({ ...input, scenario: forkCow, source: 'fork-cow.json' });
    expect(text).toContain(`使用中 ${json.totals.framesInUse}`);
  });

  test('a bad scenario file throws a ScenarioError naming the field', () => {
    const bad = { events: [{ type: 'malloc', pid: 1000, bytes: 'lots' }] };
    expect(() => command.run({ ...input, scenario: bad, source: 'bad.json' })).toThrow(ScenarioError);
    expect(() => command.run({ ...input, scenario: bad, source: 'bad.json' })).toThrow(/events\.0\.bytes/);
  });
});
