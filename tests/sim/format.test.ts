import { describe, expect, test } from 'vitest';
import { formatBytes, formatCount, formatDuration } from '../../src/sim/format.ts';

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

describe('formatCount', () => {
  // The figures call it while hydrating, so it must not touch Intl; its output is toLocaleString's.
  test.each([0, 7, 999, 1000, 65_536, 100_000, 10_000_000, -1234, -999, Number.MAX_SAFE_INTEGER])(
    'formatCount(%d) is toLocaleString("en-US")',
    (n) => expect(formatCount(n)).toBe(n.toLocaleString('en-US')),
  );
  test('fractions and huge numbers are left to Intl', () => {
    expect(formatCount(1234.5678)).toBe('1,234.568');
    expect(formatCount(1e21)).toBe((1e21).toLocaleString('en-US'));
  });
  test('integers never reach Intl', () => {
    const original = Number.prototype.toLocaleString;
    Number.prototype.toLocaleString = () => {
      throw new Error('Intl used');
    };
    try {
      expect(formatCount(10_000_000)).toBe('10,000,000');
    } finally {
      Number.prototype.toLocaleString = original;
    }
  });
});
