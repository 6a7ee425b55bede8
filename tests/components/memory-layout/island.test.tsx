// @vitest-environment happy-dom
import { beforeAll, afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import MemoryLayout from '../../../src/components/figures/memory-layout/MemoryLayout.tsx';
import { runAddressSpace, totals, tokensToEvents } from '../../../src/sim/address-space/index.ts';
import { makeConfig } from '../../../src/sim/address-space/schema.ts';
import { tokensSchema } from '../../../src/sim/address-space/tokens-schema.ts';
import { loadChecks } from '../../../src/components/figures/frame/options.ts';

afterEach(cleanup);
// As on the server, where the checks that word a refusal load with the page (a browser loads them
// on demand: tests/components/frame/lazy-checks.test.tsx).
beforeAll(() => loadChecks());

/** What the model says after the given tokens (default config). */
function model(tokens: string) {
  const { states } = runAddressSpace(makeConfig(), tokensToEvents(tokensSchema.parse(tokens)));
  return states[states.length - 1]!;
}

const click = (action: string, pid: number) => {
  const button = document.querySelector<HTMLButtonElement>(
    `button[data-action="${action}"][data-pid="${pid}"]`,
  );
  if (!button) throw new Error(`没有按钮 ${action} ${pid}`);
  fireEvent.click(button);
};

describe('MemoryLayout', () => {
  test('renders on the server from the initial state: one process, the classic PIE text address', () => {
    const html = renderToString(<MemoryLayout />);
    expect(html).toContain('data-figure-main');
    expect(html).toContain('0x555555554000');
    expect(html).toContain('进程 1000');
    expect(html).not.toContain('data-pid="1002"');
    expect(html).toContain('初始状态');
    expect(html).not.toContain('role="alert"');
  });

  test('server render at the last step shows the child, shared frames and copy-on-write', () => {
    const html = renderToString(<MemoryLayout step="end" />);
    expect(html).toContain('进程 1002（1000 的子进程）');
    expect(html).toContain('data-owner="both"');
    expect(html).toContain('写时复制');
  });

  test('malloc grows the heap as the model does', () => {
    render(<MemoryLayout events="" />);
    expect(document.querySelector('[data-region="heap"]')).toBeNull();
    click('m', 1000);
    expect(document.querySelector('[data-region="heap"]')).not.toBeNull();
    const expected = totals(model('m1000'));
    expect(document.querySelector('[data-total="frames"]')!.textContent).toBe(String(expected.framesInUse));
    expect(screen.getByText(/brk 从 0x555555559000 移到 0x555555569000/)).toBeTruthy();
  });

  test('fork adds a child column whose frames are shared until one side writes', () => {
    render(<MemoryLayout events="m1000" step="end" />);
    click('f', 1000);
    const shared = () => document.querySelectorAll('[data-owner="both"]').length;
    expect(document.querySelectorAll('.memory-column')).toHaveLength(2);
    expect(shared()).toBe(totals(model('m1000,f1000')).sharedFrames);
    expect(
      document.querySelector<HTMLButtonElement>('button[data-action="f"][data-pid="1000"]')!.disabled,
    ).toBe(true);
    click('w', 1001);
    expect(shared()).toBe(totals(model('m1000,f1000,w1001')).sharedFrames);
    expect(shared()).toBe(totals(model('m1000,f1000')).sharedFrames - 1);
    expect(screen.getByText(/写时复制：复制出一个私有页框/)).toBeTruthy();
  });

  test('focusing a region shows its address range, permissions and sharing', () => {
    render(<MemoryLayout events="" />);
    const text = document.querySelector('[data-region="text"]')!;
    fireEvent.focus(text);
    const details = screen.getByTestId('memory-region-details');
    expect(details.textContent).toContain('0x555555554000–0x555555556000');
    expect(details.textContent).toContain('r-xp');
    fireEvent.blur(text);
    expect(screen.getByTestId('memory-totals')).toBeTruthy();
  });

  test('stepping back with the player shows the earlier state', () => {
    render(<MemoryLayout events="m1000,M1000" step="end" />);
    expect(document.querySelector('[data-region="mmap:2"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '后退一步' }));
    expect(document.querySelector('[data-region="mmap:2"]')).toBeNull();
  });

  test.each([
    [{ pie: 'yes' }, 'pie'],
    [{ events: 'q1000' }, 'events'],
    [{ step: -1 }, 'step'],
  ])('bad props %j show the error box naming %s', (props, field) => {
    const html = renderToString(<MemoryLayout {...(props as object)} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain(`${field}:`);
  });
});

describe('MemoryLayout after fork of a threaded process', () => {
  test('the child keeps the other thread stack mapped but has no such thread', () => {
    const html = renderToString(<MemoryLayout events="t1000,f1000" step="end" />);
    expect(html).toContain('线程 1001 栈（无此线程）');
  });
});

describe('MemoryLayout thread buttons', () => {
  test('a new thread gets its own row; its malloc reserves an arena, its call grows its own stack', () => {
    render(<MemoryLayout events="t1000" step="end" />);
    const threadButton = (action: string) =>
      document.querySelector<HTMLButtonElement>(`button[data-action="${action}"][data-tid="1001"]`)!;
    expect(threadButton('r').disabled).toBe(true);
    fireEvent.click(threadButton('m'));
    expect(document.querySelector('[data-region="arena:1001"]')).not.toBeNull();
    expect(document.querySelector('[data-region="arena-reserve:1001"]')).not.toBeNull();
    fireEvent.click(threadButton('c'));
    expect(threadButton('r').disabled).toBe(false);
    // The top page already held the thread descriptor; an 8 KiB frame below the top adds one page.
    const region = document.querySelector('[data-region="stack:1001"]')!;
    expect(region.getAttribute('aria-label')).toContain('8 MiB 2 页');
  });
});

describe('MemoryLayout switches', () => {
  test('unticking PIE moves the text to 0x400000; ASLR moves it away from the classic address', () => {
    render(<MemoryLayout events="" />);
    const textRange = () => {
      fireEvent.focus(document.querySelector('[data-region="text"]')!);
      return screen.getByTestId('memory-region-details').textContent ?? '';
    };
    expect(textRange()).toContain('0x555555554000');
    fireEvent.click(screen.getByLabelText(/PIE/));
    expect(textRange()).toContain('0x000000400000–0x000000402000');
    fireEvent.click(screen.getByLabelText(/PIE/));
    fireEvent.click(screen.getByLabelText(/ASLR/));
    expect(textRange()).not.toContain('0x555555554000');
    expect(textRange()).toMatch(/0x5[56][0-9a-f]{10}/);
  });
});
