/** The TLB figure's view-model: what is drawn, from the model, without a DOM. */
import { describe, expect, test } from 'vitest';
import { tlbOptions } from '../../../src/components/figures/tlb-flush/options.ts';
import {
  figureScenario,
  NARROW_PX,
  recordRuns,
  summarySeries,
  tlbLayout,
  tlbNarration,
  tlbStepView,
} from '../../../src/components/figures/tlb-flush/view-model.ts';
import { initTlbSim, runTlbSim, SWITCH_POLICIES } from '../../../src/sim/tlb/index.ts';

const o = tlbOptions.defaults;

describe('TLB summary chart', () => {
  test('one series per policy, each point the model’s misses after k accesses', () => {
    const { series, caption } = summarySeries(recordRuns(o));
    expect(series.map((s) => s.policy)).toEqual([...SWITCH_POLICIES]);
    for (const s of series) {
      for (const k of [0, 13, 29, 57, o.steps]) {
        expect(s.misses[k]).toBe(runTlbSim(initTlbSim(figureScenario(o, s.policy)), k).metrics.misses);
      }
      const end = runTlbSim(initTlbSim(figureScenario(o, s.policy)), o.steps).metrics;
      expect(s.hitRate).toBeCloseTo(end.hits / end.accesses, 10);
      expect(caption).toContain(`${end.misses} 次未命中`);
    }
  });

  test('on the default trace the process switch without PCID misses most', () => {
    const { series } = summarySeries(recordRuns(o));
    const end = (p: string) => series.find((s) => s.policy === p)!.misses.at(-1)!;
    expect(end('process-switch')).toBeGreaterThan(end('process-switch-pcid'));
    expect(end('process-switch')).toBeGreaterThan(end('thread-switch'));
  });
});

describe('TLB step view and narration', () => {
  test('compare mode shows three grids on the same trace; otherwise one', () => {
    const runs = recordRuns(o);
    expect(tlbStepView(o, runs, 10).shown.length).toBe(1);
    expect(tlbStepView({ ...o, compare: true }, runs, 10).shown.map((s) => s.policy)).toEqual([
      ...SWITCH_POLICIES,
    ]);
  });
  test('narration opens with the model’s task and process count', () => {
    expect(tlbNarration(o, recordRuns(o), 0)).toContain('4 个线程分属 2 个进程');
    expect(tlbNarration({ ...o, tasks: 7, threadsPerProcess: 1 }, recordRuns(o), 0)).toContain(
      '7 个线程分属 7 个进程',
    );
  });
});

describe('tlbLayout', () => {
  test('phones: one SVG unit per pixel and grids stacked, so 12-unit labels stay 12 px', () => {
    expect(tlbLayout(320)).toEqual({ width: 320, stacked: true, fontSize: 12 });
    expect(tlbLayout(NARROW_PX - 1).stacked).toBe(true);
  });
  test('the server and wide pages: 720 units side by side; a fitted frame: its own width', () => {
    expect(tlbLayout(null)).toEqual({ width: 720, stacked: false, fontSize: 13 });
    expect(tlbLayout(900)).toEqual({ width: 720, stacked: false, fontSize: 13 });
    expect(tlbLayout(900, true)).toEqual({ width: 900, stacked: false, fontSize: 15 });
  });
});
