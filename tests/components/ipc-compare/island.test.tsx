// @vitest-environment happy-dom
import { beforeAll, afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import IpcCompare from '../../../src/components/figures/ipc-compare/IpcCompare.tsx';
import { recordFigureTransfer } from '../../../src/components/figures/ipc-compare/view-model.ts';
import { ipcOptions } from '../../../src/components/figures/ipc-compare/options.ts';
import { IPC_COLUMNS } from '../../../src/components/figures/ipc-compare/columns.ts';
import { MECHANISMS, compareMechanisms } from '../../../src/sim/ipc/index.ts';
import { formatBytes, formatDuration } from '../../../src/sim/format.ts';
import { loadChecks } from '../../../src/components/figures/frame/options.ts';

afterEach(cleanup);
// As on the server, where the checks that word a refusal load with the page (a browser loads them
// on demand: tests/components/frame/lazy-checks.test.tsx).
beforeAll(() => loadChecks());

const cell = (root: ParentNode, id: string, col: string) =>
  root.querySelector(`[data-row="${id}"] [data-cell="${col}"]`)?.textContent;
const rowIds = () => [...document.querySelectorAll('[data-row]')].map((r) => r.getAttribute('data-row'));

describe('IpcCompare: server render', () => {
  test('the SSR table has every mechanism with the model values', () => {
    const html = renderToString(<IpcCompare />);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const rows = compareMechanisms({ size: 100, count: 1000, shmSync: 'semaphore' });
    expect(rows).toHaveLength(MECHANISMS.length);
    for (const r of rows) {
      expect(cell(doc, r.id, 'name')).toBe(r.name);
      expect(cell(doc, r.id, 'syscalls')).toBe(r.cost.syscalls.toLocaleString('en-US'));
      expect(cell(doc, r.id, 'latency')).toBe(formatDuration(r.cost.latencyNs));
      expect(cell(doc, r.id, 'bytesCopied')).toBe(
        r.cost.carriesData ? formatBytes(r.cost.bytesCopied) : '不传数据',
      );
    }
    expect(html).toContain('data-figure-main');
    expect(html).not.toContain('role="alert"');
  });

  test('renders the transfer at the requested step on the server', () => {
    const rec = recordFigureTransfer(ipcOptions.defaults);
    const html = renderToString(<IpcCompare step={2} />);
    // Step 2 of a 100,000 B pipe transfer: write() filled the pipe and sleeps inside the call.
    expect(rec.states[2]!.writerBlocked).toBe(true);
    expect(html).toContain('data-process="写进程" data-blocked="true"');
  });

  test('extra props that Astro passes (children) are not an error', () => {
    const props = { children: null } as unknown as Record<string, never>;
    expect(renderToString(<IpcCompare {...props} />)).not.toContain('role="alert"');
  });

  test('bad props show the frame error box naming the field', () => {
    const html = renderToString(<IpcCompare size={0} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('size');
  });
});

describe('IpcCompare: interaction', () => {
  test('clicking a header sorts by it and sets aria-sort; clicking again reverses', () => {
    render(<IpcCompare />);
    const header = () => document.querySelector('th[data-col="latency"]')!;
    expect(header().getAttribute('aria-sort')).toBe('none');
    fireEvent.click(header().querySelector('button')!);
    expect(header().getAttribute('aria-sort')).toBe('ascending');
    const latency = (id: string | null) =>
      compareMechanisms({ size: 100, count: 1000, shmSync: 'semaphore' }).find((r) => r.id === id)!.cost
        .latencyNs;
    const asc = rowIds().map(latency);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    fireEvent.click(header().querySelector('button')!);
    expect(header().getAttribute('aria-sort')).toBe('descending');
    const desc = rowIds().map(latency);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
  });

  test('the headers are buttons, so the keyboard reaches them', () => {
    render(<IpcCompare />);
    expect(document.querySelectorAll('thead th button')).toHaveLength(IPC_COLUMNS.length);
  });

  test('filters: kinship, crosses hosts, and text', () => {
    render(<IpcCompare />);
    fireEvent.click(document.querySelector('[data-control="kinship"]')!);
    expect(rowIds()).toEqual(['pipe']);
    fireEvent.click(document.querySelector('[data-control="kinship"]')!);
    fireEvent.click(document.querySelector('[data-control="hosts"]')!);
    expect(rowIds()).toEqual(['tcp-loopback']);
    fireEvent.click(document.querySelector('[data-control="hosts"]')!);
    fireEvent.input(document.querySelector('[data-control="text"]')!, { target: { value: '消息队列' } });
    expect(rowIds()).toEqual(['posix-mq', 'sysv-mq']);
  });

  test('changing the message size recomputes copies, calls and time from the model', () => {
    render(<IpcCompare />);
    fireEvent.input(document.querySelector('[data-control="size"]')!, { target: { value: '100000' } });
    const rows = compareMechanisms({ size: 100_000, count: 1000, shmSync: 'semaphore' });
    const pipe = rows.find((r) => r.id === 'pipe')!;
    expect(cell(document, 'pipe', 'bytesCopied')).toBe(formatBytes(pipe.cost.bytesCopied));
    expect(cell(document, 'pipe', 'syscalls')).toBe('3,000'); // one write() and two read()s per 100,000 B message
    expect(cell(document, 'pipe', 'total')).toBe(formatDuration(pipe.cost.totalNs));
    expect(cell(document, 'shm-sem', 'bytesCopied')).toBe('0 B');
  });

  test('stepping the animation follows the model and narrates in Chinese', () => {
    render(<IpcCompare />);
    const forward = document.querySelector<HTMLButtonElement>('button[aria-label="前进一步"]')!;
    fireEvent.click(forward);
    fireEvent.click(forward);
    expect(document.querySelector('[data-process="写进程"]')!.getAttribute('data-blocked')).toBe('true');
    // One write() call: it copies what fits, wakes the reader, and sleeps inside the call.
    expect(document.querySelector('.figure-frame__narration')!.textContent).toMatch(
      /^写进程调用 write\(\)，97\.7 KiB。.*内核缓冲区已满，写进程阻塞（睡眠）。$/,
    );
  });

  test('a message that fits the pipe needs fewer steps and never blocks the writer', () => {
    render(<IpcCompare />);
    fireEvent.input(document.querySelector('[data-control="transfer-size"]')!, { target: { value: '1000' } });
    const rec = recordFigureTransfer({ mechanism: 'pipe', transferSize: 1000, region: 65_536 });
    // reader waits, one write wakes it, one read: three steps
    expect(rec.steps).toHaveLength(3);
    expect(document.querySelector('.figure-frame__step')!.textContent).toBe('第 0 / 3 步');
    expect(rec.states.some((s) => s.writerBlocked)).toBe(false);
  });

  test('choosing shared memory animates P and V with no kernel copies', () => {
    render(<IpcCompare />);
    fireEvent.change(document.querySelector('[data-control="mechanism"]')!, { target: { value: 'shm-sem' } });
    const forward = document.querySelector<HTMLButtonElement>('button[aria-label="前进一步"]')!;
    fireEvent.click(forward);
    expect(document.querySelector('.figure-frame__narration')!.textContent).toContain('P 操作：值为 0');
    expect(document.querySelector('[data-sems]')!.textContent).toBe('信号量 full = 0，empty = 1');
  });
});
