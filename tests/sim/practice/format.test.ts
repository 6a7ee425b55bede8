import { describe, expect, test } from 'vitest';
import { bytesExact, hexDec } from '../../../src/sim/practice/format.ts';

describe('practice number formatting', () => {
  test('bytesExact adds the exact count only when the short form is rounded', () => {
    expect(bytesExact(8 * 1024 * 1024)).toBe('8 MiB');
    expect(bytesExact(200_000)).toBe('195.3 KiB（200,000 B）');
    expect(bytesExact(100)).toBe('100 B');
    expect(hexDec(6186, 8)).toBe('0x0000182a（6186）');
  });
});
