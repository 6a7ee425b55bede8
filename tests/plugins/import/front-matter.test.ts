import { describe, expect, test } from 'vitest';
import { convertNote } from '../../../src/plugins/import/convert.ts';
import { parseFrontMatter, splitFrontMatter } from '../../../src/plugins/import/front-matter.ts';

const convert = (text: string) => convertNote({ file: 'notes/坏.md', text, imageExists: () => true });

describe('front matter', () => {
  test.each([
    ['an unclosed flow list', '---\ntitle: a\ntags: [a, b\n---\n正文', 3],
    ['an unterminated quote', '---\ntitle: a\nb: 1\ndescription: "open\n---\n正文', 4],
    ['a list instead of a mapping', '---\n- a\n- b\n---\n正文', 2],
    ['a fence that never closes', '---\ntitle: a\n正文', 1],
  ])('%s is an error naming the file and line', (_name, text, line) => {
    const page = convert(text);
    expect(page.mdx).toBe('');
    expect(page.issues).toEqual([expect.objectContaining({ severity: 'error', file: 'notes/坏.md', line })]);
  });

  test('a tab-indented list item is read as four spaces, with a warning at its line', () => {
    const text = '---\ntags:\n    - a\n\t- b\n---\n正文';
    const page = convert(text);
    expect(page.mdx).toContain('tags:\n  - a\n  - b\n');
    expect(page.issues).toEqual([expect.objectContaining({ severity: 'warning', line: 4 })]);
  });

  test('YAML error lines are shifted by where the YAML starts', () => {
    const result = parseFrontMatter('a: 1\nb: [', 'x.md', 10);
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ line: 11 }) });
  });

  test('a note without front matter keeps all its lines in the body', () => {
    expect(splitFrontMatter('# 标题\n---\n正文', 'x.md')).toEqual({
      ok: true,
      value: { yaml: null, body: '# 标题\n---\n正文', bodyLineOffset: 0 },
    });
  });

  test('a tag list of objects is an error at the key', () => {
    const page = convert('---\ntitle: t\ntags:\n  - {a: 1}\n---\n正文');
    expect(page.issues).toEqual([expect.objectContaining({ severity: 'error', line: 3 })]);
  });
});
