// @vitest-environment happy-dom
import { beforeAll, afterEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import TaskCost from '../../../src/components/figures/task-cost/TaskCost.tsx';
import {
  barGroups,
  figureCosts,
  summarizeCosts,
} from '../../../src/components/figures/task-cost/view-model.ts';
import { decadeRange, logPosition } from '../../../src/components/figures/task-cost/bars.tsx';
import { nFromSlider, sliderFromN } from '../../../src/components/figures/task-cost/controls.tsx';
import { formatBytes, formatDuration } from '../../../src/sim/format.ts';
import { MiB } from '../../../src/sim/units.ts';
import { loadChecks } from '../../../src/components/figures/frame/options.ts';

afterEach(cleanup);
// As on the server, where the checks that word a refusal load with the page (a browser loads them
// on demand: tests/components/frame/lazy-checks.test.tsx).
beforeAll(() => loadChecks());

const cell = (root: ParentNode, kind: string, col: string) =>
  root.querySelector(`[data-row="${kind}"] [data-cell="${col}"]`)?.textContent;

describe('TaskCost: server render', () => {
  test('the SSR table has every kind with the model values, and the libco numbers', () => {
    const html = renderToString(<TaskCost />);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    for (const c of figureCosts({ n: 10_000, stack: 8 * MiB })) {
      expect(cell(doc, c.kind, 'virtual')).toBe(formatBytes(c.virtualBytes));
      expect(cell(doc, c.kind, 'resident')).toBe(formatBytes(c.residentBytes));
      expect(cell(doc, c.kind, 'create')).toBe(formatDuration(c.createNs));
    }
    // 10,000,000 / 100,000 = 100 stacks of 128 KiB = 12.5 MiB; (66 GB − 12.5 MiB) / 10^7 ≈ 6,599 B
    expect(doc.querySelector('[data-libco="stacks"]')!.textContent).toBe('100');
    expect(doc.querySelector('[data-libco="stack-bytes"]')!.textContent).toBe('12.5 MiB');
    expect(doc.querySelector('[data-libco="per-connection"]')!.textContent).toBe('6,599 B');
    expect(doc.querySelectorAll('svg[data-figure-main] [data-bar]')).toHaveLength(15);
    expect(html).not.toContain('role="alert"');
  });

  test('extra props that Astro passes (children) are not an error', () => {
    const props = { children: null } as unknown as Record<string, never>;
    expect(renderToString(<TaskCost {...props} />)).not.toContain('role="alert"');
  });

  test('bad props show the frame error box naming the field', () => {
    const html = renderToString(<TaskCost n={0} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('n:');
    expect(renderToString(<TaskCost stack={12345} />)).toContain('stack:');
  });
});

describe('TaskCost: interaction', () => {
  test('typing N recomputes every number and the narration', () => {
    render(<TaskCost />);
    fireEvent.input(document.querySelector('[data-control="n"]')!, { target: { value: '10000000' } });
    const costs = figureCosts({ n: 10_000_000, stack: 8 * MiB });
    for (const c of costs) expect(cell(document, c.kind, 'resident')).toBe(formatBytes(c.residentBytes));
    expect(document.querySelector('.figure-frame__narration')!.textContent).toBe(summarizeCosts(costs));
    // at ten million, processes and threads no longer fit 128 GiB of RAM: their bars turn to the warning colour
    expect(
      document.querySelector('[data-group="resident"] [data-bar="thread"]')!.getAttribute('data-over'),
    ).toBe('true');
    expect(
      document.querySelector('[data-group="resident"] [data-bar="async"]')!.getAttribute('data-over'),
    ).toBe('false');
  });

  test('the log slider maps 0..7 onto 1..10 million tasks', () => {
    render(<TaskCost />);
    fireEvent.input(document.querySelector('[data-control="n-slider"]')!, { target: { value: '3' } });
    expect((document.querySelector('[data-control="n"]') as HTMLInputElement).value).toBe('1000');
    expect(nFromSlider(7)).toBe(10_000_000);
    expect(nFromSlider(0)).toBe(1);
    expect(nFromSlider(sliderFromN(12_345))).toBe(12_345);
  });

  test('a smaller thread stack shrinks the threads virtual reservation only', () => {
    render(<TaskCost n={1000} />);
    const before = cell(document, 'thread', 'virtual');
    const processBefore = cell(document, 'process', 'virtual');
    fireEvent.change(document.querySelector('[data-control="stack"]')!, {
      target: { value: String(2 * MiB) },
    });
    const after = figureCosts({ n: 1000, stack: 2 * MiB }).find((c) => c.kind === 'thread')!;
    expect(cell(document, 'thread', 'virtual')).toBe(formatBytes(after.virtualBytes));
    expect(cell(document, 'thread', 'virtual')).not.toBe(before);
    expect(cell(document, 'process', 'virtual')).toBe(processBefore);
  });
});

describe('task bars', () => {
  test('log positions: a decade range and values inside it', () => {
    expect(decadeRange([3, 250, 0])).toEqual([1, 1000]);
    expect(logPosition(10, 1, 100)).toBeCloseTo(0.5);
    expect(logPosition(0, 1, 100)).toBe(0);
  });

  test('bar groups mark the 128 TiB user space and the RAM as limits', () => {
    const groups = barGroups(figureCosts({ n: 10, stack: 8 * MiB }), 128 * 1024 * MiB);
    expect(groups.map((g) => g.limit?.label)).toEqual(['用户空间 128 TiB', '内存 128 GiB', undefined]);
  });
});
