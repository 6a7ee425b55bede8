import { describe, expect, test } from 'vitest';
import { formatBytes, formatDuration } from '../../src/sim/format.ts';

describe('formatBytes / formatDuration', () => {
  test.each([
    [100, '100 B'],
    [65_536, '64 KiB'],
    [100_000, '97.7 KiB'],
    [1_572_864, '1.5 MiB'],
  ])('formatBytes(%i) = %s', (n, s) => expect(formatBytes(n)).toBe(s));

  test.each([
    [110, '110 ns'],
    [2120, '2.12 µs'],
    [24_200_000, '24.2 ms'],
    [3e9, '3 s'],
  ])('formatDuration(%d) = %s', (n, s) => expect(formatDuration(n)).toBe(s));
});
