import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { defaultScenario, runAddressSpace } from '../../../src/sim/address-space/index.ts';
import { parseAddressSpaceScenario } from '../../../src/sim/address-space/schema.ts';
import { ScenarioError } from '../../../src/sim/scenario.ts';

const forkCow: unknown = JSON.parse(
  readFileSync(new URL('../../../src/sim/address-space/scenarios/fork-cow.json', import.meta.url), 'utf8'),
);

describe('parseAddressSpaceScenario', () => {
  test('the shipped fork-cow.json is valid and fills the config defaults', () => {
    const parsed = parseAddressSpaceScenario(forkCow, 'fork-cow.json');
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.value.config).toMatchObject({ pie: false, aslr: false, mmapThreshold: 131072 });
  });

  test('the default scenario survives JSON and validation unchanged', () => {
    const parsed = parseAddressSpaceScenario(JSON.parse(JSON.stringify(defaultScenario)), '默认场景');
    expect(parsed).toEqual({ ok: true, value: defaultScenario });
  });

  test.each([
    [{ events: [{ type: 'malloc', pid: 1000, bytes: -1 }] }, 'events.0.bytes'],
    [{ events: [{ type: 'teleport', pid: 1000 }] }, 'events.0.type'],
    [{ config: { stackLimit: 1000 }, events: [] }, 'config.stackLimit'],
    [
      { config: { libraries: [{ path: '', textPages: 1, dataPages: 0 }] }, events: [] },
      'config.libraries.0.path',
    ],
    [{ events: [{ type: 'write', pid: 1000 }] }, 'events.0.region'],
    [{}, 'events'],
  ])('a bad scenario names the field (%j → %s)', (input, field) => {
    const parsed = parseAddressSpaceScenario(input, 'test.json');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error).toBeInstanceOf(ScenarioError);
      expect(parsed.error.issues.some((i) => i.startsWith(`${field}:`))).toBe(true);
      expect(parsed.error.message).toContain('test.json');
    }
  });

  test('every step of the default scenario is accepted', () => {
    const { traces } = runAddressSpace(defaultScenario.config, defaultScenario.events, defaultScenario.seed);
    for (const t of traces) expect(t.some((e) => e.kind === 'rejected')).toBe(false);
  });
});
