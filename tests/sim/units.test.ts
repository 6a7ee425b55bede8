import { describe, expect, test } from 'vitest';
import { formatAddr } from '../../src/sim/units.ts';

describe('formatAddr', () => {
  test.each([
    [0x400000, '0x000000400000'],
    [0x7ffffffff000, '0x7ffffffff000'],
    // Bit 47 set: the kernel half, shown sign-extended as in /proc/kallsyms.
    [0x800000000000, '0xffff800000000000'],
    [0x888000000fc0, '0xffff888000000fc0'],
  ])('%i → %s', (n, text) => {
    expect(formatAddr(n)).toBe(text);
  });
});
