import { describe, expect, test } from 'vitest';
import {
  defaultScenario,
  describeTrace,
  formatApproxSize,
  formatSize,
  runAddressSpace,
} from '../../../src/sim/address-space/index.ts';

describe('describe', () => {
  test.each([
    [100, '100 B'],
    [4096, '4 KiB'],
    [65536, '64 KiB'],
    [8 * 2 ** 20, '8 MiB'],
    [2 ** 47, '128 TiB'],
  ])('formatSize(%i) is %s', (n, text) => expect(formatSize(n)).toBe(text));

  test('runs of faults are summed into one sentence', () => {
    // A 20 KiB frame below 0x7ffffffff000 spans 5 pages; the top one already holds argv, so 4 faults.
    const { traces } = runAddressSpace(defaultScenario.config, [
      { type: 'call', pid: 1000, bytes: 5 * 4096 },
    ]);
    const lines = describeTrace(traces[0]!);
    expect(lines).toContain('进程 1000 写了 4 个页：每页缺页：分配一个清零的新页框。');
  });

  test('the default scenario narrates to a stable golden file', async () => {
    const { traces } = runAddressSpace(defaultScenario.config, defaultScenario.events, defaultScenario.seed);
    await expect(traces.map(describeTrace).flat().join('\n') + '\n').toMatchFileSnapshot(
      '__snapshots__/default-narration.txt',
    );
  });
});

describe('formatApproxSize', () => {
  test.each([
    [65536, '64 KiB'],
    [0x555555559000 - 0x400000, '约 85.3 TiB'],
    [5000, '5000 B'],
    [12345, '约 12.1 KiB'],
    [100, '100 B'],
  ])('formatApproxSize(%i) is %s', (n, text) => expect(formatApproxSize(n)).toBe(text));
});
