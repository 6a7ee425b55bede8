// @vitest-environment happy-dom
import { beforeAll, afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import TlbFlush from '../../../src/components/figures/tlb-flush/TlbFlush.tsx';
import { figureScenario } from '../../../src/components/figures/tlb-flush/view-model.ts';
import { tlbOptions } from '../../../src/components/figures/tlb-flush/options.ts';
import { initTlbSim, recordTlbRun, runTlbSim, summarizeTlbMetrics } from '../../../src/sim/tlb/index.ts';
import type { SwitchPolicy } from '../../../src/sim/tlb/index.ts';
import { loadChecks } from '../../../src/components/figures/frame/options.ts';

afterEach(cleanup);
// As on the server, where the checks that word a refusal load with the page (a browser loads them
// on demand: tests/components/frame/lazy-checks.test.tsx).
beforeAll(() => loadChecks());

/** The model's metrics after n accesses for the figure's default props plus `over`. */
function model(n: number, over: object = {}, policy?: SwitchPolicy) {
  const o = { ...tlbOptions.defaults, ...over };
  const m = runTlbSim(initTlbSim(figureScenario(o, policy ?? o.policy)), n).metrics;
  return { m, s: summarizeTlbMetrics(m) };
}

const counter = (key: string, panel = 0) =>
  document.querySelectorAll('[data-counters]')[panel]!.querySelector(`[data-counter="${key}"]`)!.textContent;

const forward = (n: number) => {
  const button = document.querySelector<HTMLButtonElement>('button[aria-label="前进一步"]')!;
  for (let i = 0; i < n; i++) fireEvent.click(button);
};

describe('TlbFlush', () => {
  test('renders on the server from the initial state: an empty TLB and zero counters', () => {
    const html = renderToString(<TlbFlush />);
    expect(html).toContain('data-figure-main');
    expect(html).toContain('初始状态');
    expect(html).not.toContain('role="alert"');
    expect(html).toContain('data-counter="hits">0<');
    expect(html).not.toContain('data-owner="1"');
  });

  test('the server render at a later step shows the entries of that step', () => {
    const html = renderToString(<TlbFlush step={10} />);
    expect(html).toContain('data-owner="1"');
  });

  test('counters equal the model after N steps', () => {
    render(<TlbFlush />);
    forward(30);
    const { m, s } = model(30);
    expect(counter('hits')).toBe(String(m.hits));
    expect(counter('misses')).toBe(String(m.misses));
    expect(counter('walks')).toBe(`${m.walks}（${m.walkRefs}）`);
    expect(counter('cycles')).toBe(s.cycles.toLocaleString('en'));
    expect(m.processSwitches).toBeGreaterThan(0);
  });

  /** The first step whose access came right after a process switch (from the model's events). */
  const firstProcessSwitch = (policy: SwitchPolicy) => {
    const o = { ...tlbOptions.defaults, policy };
    const run = recordTlbRun(initTlbSim(figureScenario(o)), o.steps);
    return 1 + run.events.findIndex((ev) => ev.some((e) => e.type === 'switch' && e.kind === 'process'));
  };

  test('a process switch without PCID wipes the user entries: ghosts appear, no user entry is left', () => {
    // Four tasks, two per process: tasks 1 and 2 (process 1) run first, then the switch to process 2.
    const k = firstProcessSwitch('process-switch');
    expect(k).toBeGreaterThan(24);
    render(<TlbFlush />);
    forward(k);
    expect(document.querySelectorAll('[data-wiped]').length).toBeGreaterThan(0);
    const owners = [...document.querySelectorAll('[data-owner]')].map((e) => e.getAttribute('data-owner'));
    expect(owners.filter((o) => o === '1')).toEqual([]);
  });

  test('with PCID the same switch keeps process 1 entries', () => {
    render(<TlbFlush policy="process-switch-pcid" />);
    forward(firstProcessSwitch('process-switch-pcid'));
    expect(document.querySelectorAll('[data-wiped]').length).toBe(0);
    const owners = [...document.querySelectorAll('[data-owner]')].map((e) => e.getAttribute('data-owner'));
    expect(owners).toContain('1');
  });

  test('controls change the state: compare mode shows three panels from three runs', () => {
    render(<TlbFlush />);
    fireEvent.click(document.querySelector('input[data-control="compare"]')!);
    forward(40);
    expect(document.querySelectorAll('[data-counters]').length).toBe(3);
    expect(counter('flushes', 0)).toBe('0（0）');
    const proc = model(40, {}, 'process-switch').m;
    expect(counter('flushes', 1)).toBe(`${proc.flushes}（${proc.flushedEntries}）`);
    expect(counter('hits', 2)).toBe(String(model(40, {}, 'process-switch-pcid').m.hits));
  });

  test('changing the TLB size reruns the model', () => {
    render(<TlbFlush />);
    const select = document.querySelector<HTMLSelectElement>('select[data-control="entries"]')!;
    select.value = '8';
    fireEvent.change(select);
    forward(40);
    expect(counter('misses')).toBe(String(model(40, { entries: 8 }).m.misses));
    expect(document.querySelectorAll('[data-slot]').length).toBe(8);
  });

  test('bad props show the error box naming the field', () => {
    const html = renderToString(<TlbFlush entries={6} ways={4} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('tlb.ways');
    const html2 = renderToString(<TlbFlush policy={'teleport' as 'process-switch'} />);
    expect(html2).toContain('policy');
  });
});

describe('TlbFlush URL state', () => {
  afterEach(() => history.replaceState(null, '', '/'));

  test('reads policy, compare and step from the URL', async () => {
    history.replaceState(null, '', '/?policy=process-switch-pcid&compare=1&step=5');
    render(<TlbFlush />);
    await new Promise((r) => setTimeout(r, 0));
    expect(document.querySelectorAll('[data-counters]').length).toBe(3);
    expect(document.querySelector('[data-marker]')!.getAttribute('data-marker')).toBe('5');
  });

  test('a TLB size that does not divide into the ways shows the error box', async () => {
    history.replaceState(null, '', '/?entries=6');
    render(<TlbFlush />);
    await new Promise((r) => setTimeout(r, 0));
    expect(document.querySelector('[role="alert"]')!.textContent).toContain('tlb.ways');
  });
});
