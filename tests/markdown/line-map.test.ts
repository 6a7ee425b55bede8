import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyEdits, editedLines, type Edit } from '../../src/importer/edits.ts';
import { encodeLineMap, LINE_MAP, noteLineOf } from '../../src/markdown/line-map.ts';

/** A text of short lines and non-overlapping edits over it, some of which add or remove line breaks. */
const textAndEdits = fc
  .array(fc.stringMatching(/^[ab]{0,3}$/), { minLength: 1, maxLength: 12 })
  .map((lines) => lines.join('\n'))
  .chain((text) =>
    fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 8 }).chain((cuts) => {
      const sorted = [...cuts].sort((a, b) => a - b);
      const pairs: [number, number][] = [];
      for (let i = 0; i + 1 < sorted.length; i += 2) pairs.push([sorted[i]!, sorted[i + 1]!]);
      return fc.tuple(
        fc.constant(text),
        fc
          .tuple(...pairs.map(() => fc.stringMatching(/^[x\n]{0,4}$/)))
          .map((texts) => pairs.map(([start, end], i): Edit => ({ start, end, text: texts[i]! }))),
      );
    }),
  );

describe('which note line each page line comes from', () => {
  test('editedLines: one entry per output line, kept lines keep their number, written ones the edit’s', () => {
    expect(editedLines('a\nb\nc', [{ start: 2, end: 3, text: 'x\ny' }])).toEqual([1, 2, 2, 3]);
    expect(editedLines('a\nb\nc', [{ start: 2, end: 4, text: 'x' }])).toEqual([1, 2]);
    fc.assert(
      fc.property(textAndEdits, ([text, edits]) => {
        const out = applyEdits(text, edits);
        const lines = editedLines(text, edits);
        expect(lines).toHaveLength(out.split('\n').length);
        expect(lines.every((n, i) => i === 0 || n >= lines[i - 1]!)).toBe(true);
        expect(Math.max(...lines)).toBeLessThanOrEqual(text.split('\n').length);
        // Without edits every line is its own.
        expect(editedLines(text, [])).toEqual(text.split('\n').map((_, i) => i + 1));
      }),
    );
  });

  test('encodeLineMap / noteLineOf give back every line, and nothing outside the map', () => {
    expect(encodeLineMap(2, [1, 2, 2, 2, 3])).toBe('2:1 3:2= 6:3 7:-');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 }),
        (first, steps) => {
          let n = 1;
          const lines = steps.map((step) => (n += step));
          const map = encodeLineMap(first, lines);
          expect(map).toMatch(LINE_MAP);
          lines.forEach((line, i) => expect(noteLineOf(map, first + i)).toBe(line));
          expect(noteLineOf(map, first - 1)).toBeUndefined();
          expect(noteLineOf(map, first + lines.length)).toBeUndefined();
        },
      ),
    );
  });

  test('a map that is not one is read as none', () => {
    expect(noteLineOf('2:1 x', 2)).toBeUndefined();
  });
});
