import { describe, expect, test } from 'vitest';
import {
  encodeDestination,
  escapeLiteral,
  escapeProse,
  findBlockMarkers,
  findEsmKeywords,
  toMdxComment,
} from '../../../src/plugins/import/escape.ts';

describe('escapeProse', () => {
  test.each([
    ['a {x} < b', 'a \\{x\\} \\< b'],
    ['already \\{ok\\}', 'already \\{ok\\}'],
    ['literal backslash \\\\{x}', 'literal backslash \\\\\\{x\\}'],
    ['`tick` > gt', '\\`tick\\` > gt'],
    ['进程 {pid}', '进程 \\{pid\\}'],
  ])('%j → %j', (raw, expected) => {
    expect(escapeProse(raw)).toBe(expected);
  });
});

describe('the other escapes', () => {
  test('escapeLiteral escapes every ASCII punctuation character and nothing else', () => {
    expect(escapeLiteral('<b>*粗*</b> a_b')).toBe('\\<b\\>\\*粗\\*\\<\\/b\\> a\\_b');
  });

  test('toMdxComment keeps the comment on one line and unable to close early', () => {
    expect(toMdxComment('a */ b\n c')).toBe('{/* a * / b c */}');
  });

  test('encodeDestination percent-encodes what would end or split a destination', () => {
    expect(encodeDestination('https://e.com/a (1)/{x}<y>\\')).toBe(
      'https://e.com/a%20%281%29/%7Bx%7D%3Cy%3E%5C',
    );
  });

  test('findEsmKeywords finds import/export only where a line starts', () => {
    const raw = 'import a\n  export b\nreimport c import d\n> import e';
    const starts = findEsmKeywords(raw, (i) =>
      /^[ \t>]*$/.test(raw.slice(raw.lastIndexOf('\n', i - 1) + 1, i)),
    );
    expect(starts.map((i) => raw.slice(i, i + 6))).toEqual(['import', 'export', 'import']);
    expect(starts).toEqual([0, 11, 42]);
  });

  test('findBlockMarkers escapes deep-indented or lone markers, never a quote’s own `>`', () => {
    const source = '> 文字\n>     # 不是标题\n>     > 也不是引用\n> 1.';
    const value = '文字\n# 不是标题\n> 也不是引用\n1.';
    const found = findBlockMarkers(source, 2, source.length, value);
    expect(found.map((i) => source[i])).toEqual(['#', '>', '.']);
  });
});
