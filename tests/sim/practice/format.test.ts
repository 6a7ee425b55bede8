import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatBytes as ipcFormatBytes } from '../../../src/sim/ipc/index.ts';
import { bytesExact, formatBytes, hexDec } from '../../../src/sim/practice/format.ts';

describe('practice number formatting', () => {
  test('formatBytes writes bytes exactly as the IPC model does (it is a copy kept out of the IPC bundle)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 50 }), (n) => {
        expect(formatBytes(n)).toBe(ipcFormatBytes(n));
      }),
    );
  });

  test('bytesExact adds the exact count only when the short form is rounded', () => {
    expect(bytesExact(8 * 1024 * 1024)).toBe('8 MiB');
    expect(bytesExact(200_000)).toBe('195.3 KiB（200,000 B）');
    expect(bytesExact(100)).toBe('100 B');
    expect(hexDec(6186, 8)).toBe('0x0000182a（6186）');
  });
});
