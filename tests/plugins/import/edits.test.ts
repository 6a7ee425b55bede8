import { describe, expect, test } from 'vitest';
import { applyEdits, lineAt } from '../../../src/plugins/import/edits.ts';

describe('applyEdits', () => {
  test('applies edits in offset order and keeps every other byte', () => {
    expect(
      applyEdits('a{b}c', [
        { start: 3, end: 4, text: '\\}' },
        { start: 1, end: 2, text: '\\{' },
      ]),
    ).toBe('a\\{b\\}c');
  });

  test('refuses overlapping edits rather than guessing', () => {
    expect(() =>
      applyEdits('abcdef', [
        { start: 1, end: 4, text: 'x' },
        { start: 3, end: 5, text: 'y' },
      ]),
    ).toThrow('overlapping edits at offset 3');
  });

  test('lineAt counts lines from 1', () => {
    expect([0, 2, 3, 7].map((offset) => lineAt('ab\ncd\nef', offset))).toEqual([1, 1, 2, 3]);
  });
});
