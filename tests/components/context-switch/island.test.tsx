// @vitest-environment happy-dom
import { beforeAll, afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import ContextSwitch from '../../../src/components/figures/context-switch/ContextSwitch.tsx';
import {
  contextSwitchSteps,
  describeContextSwitch,
  indirectTlbCost,
  initContextSwitch,
  stepContextSwitch,
} from '../../../src/sim/context-switch/index.ts';
import { contextSwitchScenarioSchema } from '../../../src/sim/context-switch/schema.ts';
import { loadChecks } from '../../../src/components/figures/frame/options.ts';

afterEach(cleanup);
// As on the server, where the checks that word a refusal load with the page (a browser loads them
// on demand: tests/components/frame/lazy-checks.test.tsx).
beforeAll(() => loadChecks());

const forward = (n: number) => {
  const button = document.querySelector<HTMLButtonElement>('button[aria-label="前进一步"]')!;
  for (let i = 0; i < n; i++) fireEvent.click(button);
};
const narration = () => document.querySelector('.figure-frame__narration')!.textContent;
const changedRows = () =>
  [...document.querySelectorAll('[data-cpu-row][data-changed]')].map((e) => e.getAttribute('data-cpu-row'));

describe('ContextSwitch', () => {
  test('renders on the server from the initial state: A in user mode, all steps listed', () => {
    const html = renderToString(<ContextSwitch />);
    expect(html).toContain('data-figure-main');
    expect(html).toContain('A 在用户态运行');
    expect(html).toContain('切换页表：写 CR3');
    expect(html).toContain('data-stack="A-user" data-active="true"');
    expect(html).not.toContain('role="alert"');
  });

  test('stepping follows the model: narration and changed rows at each step', () => {
    render(<ContextSwitch />);
    let s = initContextSwitch(contextSwitchScenarioSchema.parse({}));
    for (let i = 1; i <= 7; i++) {
      forward(1);
      const [next, trace] = stepContextSwitch(s, { type: 'next' });
      s = next;
      expect(narration()).toBe(describeContextSwitch(s));
      expect(changedRows()).toEqual(trace.changed);
    }
    // After the last step B runs in user mode on its own stack, with its page table.
    expect(document.querySelector('[data-stack="B-user"]')!.getAttribute('data-active')).toBe('true');
    expect(document.querySelector('[data-pgd="B"]')!.getAttribute('data-active')).toBe('true');
  });

  test('the CR3 step changes cr3 and tlb for a process, nothing for a thread', () => {
    render(<ContextSwitch />);
    forward(4);
    expect(changedRows()).toEqual(['cr3', 'tlb']);
    cleanup();
    render(<ContextSwitch kind="thread" />);
    forward(4);
    expect(changedRows()).toEqual([]);
    expect(document.querySelector('[data-step-id="switch-mm"]')!.hasAttribute('data-skipped')).toBe(true);
  });

  test('choosing a kind restarts the stepper with that kind’s steps', () => {
    render(<ContextSwitch />);
    forward(3);
    fireEvent.click(document.querySelector('input[data-control="kind"][value="syscall"]')!);
    expect(document.querySelectorAll('[data-step-id]').length).toBe(
      contextSwitchSteps('syscall', false).length,
    );
    expect(narration()).toMatch(/^系统调用（特权模式切换） 第 0\/4 步/);
  });

  test('the costs shown are the model’s figures', () => {
    render(<ContextSwitch />);
    expect(document.querySelector('[data-panel="costs"]')!.textContent).toContain('2.7 µs');
    const c = indirectTlbCost({ kind: 'process', pcid: false, workingSetPages: 16 });
    expect(document.querySelector('[data-cost="indirect"]')!.textContent).toContain(
      `每次多 ${c.extraWalksPerEvent.toFixed(1)} 次页表遍历`,
    );
  });

  test('the cache rule of thumb is shown for task switches only', () => {
    render(<ContextSwitch />);
    expect(document.querySelector('[data-cost="cache"]')!.textContent).toContain('30.0 µs');
    fireEvent.click(document.querySelector('input[data-control="kind"][value="syscall"]')!);
    expect(document.querySelector('[data-cost="cache"]')).toBeNull();
  });

  test('PCID keeps the tagged entries at the CR3 step', () => {
    render(<ContextSwitch pcid />);
    forward(4);
    expect(document.querySelector('[data-cpu-row="tlb"]')!.textContent).toContain('各带 PCID');
  });

  test('bad props show the error box naming the field', () => {
    const html = renderToString(<ContextSwitch kind={'teleport' as 'process'} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('kind');
  });
});
