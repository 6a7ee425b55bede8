import { describe, expect, test } from 'vitest';
import { memoryOptions } from '../../../src/components/figures/memory-layout/options.ts';
import {
  memoryNarration,
  memoryView,
  runMemory,
} from '../../../src/components/figures/memory-layout/view-model.ts';
import { configWith } from '../../../src/sim/address-space/config.ts';
import { runAddressSpace, walkAddressSpace } from '../../../src/sim/address-space/step.ts';
import { readTokens, tokensToEvents } from '../../../src/sim/address-space/tokens.ts';
import { narrateAddressSpace } from '../../../src/sim/address-space/narration.ts';

const options = { ...memoryOptions.defaults, seed: 7, aslr: true };
const whole = () =>
  runAddressSpace(configWith({ pie: options.pie, aslr: options.aslr }), tokensToEvents(options.events), 7);

describe('the memory figure runs the model only as far as it is shown', () => {
  test('walkAddressSpace yields what runAddressSpace records, the initial state first', () => {
    const { states, traces } = whole();
    const walked = [
      ...walkAddressSpace(configWith({ pie: true, aslr: true }), tokensToEvents(options.events), 7),
    ];
    expect(walked.map(([s]) => s)).toEqual(states);
    expect(walked.slice(1).map(([, t]) => t)).toEqual(traces);
    expect(walked[0]![1]).toEqual([]);
  });

  test('any step, asked in any order, is the state and narration of the whole run', () => {
    const { states, traces } = whole();
    const run = runMemory(options);
    expect(run.length).toBe(options.events.length);
    for (const step of [3, 0, options.events.length, 1, 5, options.events.length + 4]) {
      const at = Math.min(step, options.events.length);
      expect(memoryView(run, step).state).toEqual(states[at]);
      if (step === at) {
        expect(memoryNarration(options, run, step)).toBe(narrateAddressSpace(options.events, traces, step));
      }
    }
  });

  test('step 0 applies no event; asking for step n applies n', () => {
    const run = runMemory({ ...options, events: readTokens('m1000,M1000,c1000')! });
    expect(run.state(0).time).toBe(0);
    expect(run.traces(0)).toEqual([]);
    expect(run.traces(2).length).toBe(2);
    expect(run.state(3).time).toBe(3);
  });
});
