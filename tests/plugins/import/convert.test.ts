import { describe, expect, test } from 'vitest';
import { convertNote } from '../../../src/plugins/import/convert.ts';
import { compilePage, noteText, pageBody, pageText } from './text.ts';

/** Converts a note that has a title in its front matter, so no heading is taken out of the body. */
function convert(body: string) {
  return convertNote({ file: 'note.md', text: `---\ntitle: 测试\n---\n${body}`, imageExists: () => true });
}

const cases: [string, string][] = [
  ['a JSX-looking expression', '进程号是 {pid}，再 {x} 一次'],
  ['an HTML element', '前 <div>块</div> 后'],
  ['a block of HTML', '<div>\n*强调* {x}\n</div>\n\n之后'],
  ['a less-than sign', 'a < b 且 c<d，x <= y'],
  ['a line starting with import', '第一段\nimport x from \'y\'\n\nimport { a } from "b"'],
  ['a line starting with export', 'export const a = 1\n\nexport default function f() {}'],
  ['an HTML comment', '可见 <!-- 隐藏 */ 的注释 --> 文本\n\n<!--\n多行\n注释\n-->'],
  [
    'a table with pipes and braces',
    '| 名称 | 值 |\n| --- | --- |\n| a \\| b | {x} <y> |\n| `{code}` | <b>粗</b> |',
  ],
  ['code blocks with braces', '```c\nint main() { return 0; }\n```\n\n行内 `{x}` 与 `<T>`'],
  ['indented code', '段落\n\n    int a = {1};\n    <tag>'],
  ['an autolink', '见 <https://example.com/a_b> 与 https://x.org/{p}'],
  ['a blockquote with HTML', '> 引用 <span>\n> <div>\n> 内容 {x}\n> </div>'],
  ['wiki links', '参见 [[Linux 管道#pipline|管道]] 与 [[进程]]'],
  ['escapes already present', '\\{ 已转义 \\} 与 \\\\{x}'],
  ['a list with import', '- import x from "y"\n- export {a}\n  import b'],
];

describe('convertNote', () => {
  test.each(cases)('%s compiles and shows the original text', async (_name, body) => {
    const page = convert(body);
    expect(page.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const js = await compilePage(page.mdx);
    expect(js).toContain('_createMdxContent');
    expect(pageText(page.mdx)).toBe(noteText(body));
  });

  test('keeps code, inline code and wiki links byte for byte', () => {
    const body = '```js\nconst a = {b: <c/>};\n```\n\n`{x}` [[页 {x}|标签]]';
    const out = pageBody(convert(body).mdx);
    expect(out).toContain('```js\nconst a = {b: <c/>};\n```');
    expect(out).toContain('`{x}`');
    expect(out).toContain('[[页 \\{x\\}|标签]]');
  });

  test('turns an HTML comment into an MDX comment and an autolink into a link', () => {
    const out = pageBody(convert('a <!-- c --> b\n\n<https://e.com>').mdx);
    expect(out).toContain('{/* c */}');
    expect(out).toMatch(/\[https.*\]\(https:\/\/e\.com\)/);
  });

  test('takes the title from the first heading, else the file name, and a short description', () => {
    const long = '长'.repeat(300);
    const fromHeading = convertNote({ file: 'n.md', text: `# 进程 {x}\n\n${long}`, imageExists: () => true });
    expect(fromHeading.title).toBe('进程 {x}');
    expect(fromHeading.mdx).not.toMatch(/^# /m);
    expect(fromHeading.mdx).toMatch(/description: 长{119}…/);
    const fromName = convertNote({ file: '002_x.txt', text: 'text only', imageExists: () => true });
    expect(fromName.title).toBe('002_x');
  });

  test('keeps tags and aliases, reports keys outside the schema', () => {
    const text = '---\ntags: permanent\naliases: [进程]\nlayout: post\n---\n正文';
    const page = convertNote({ file: 'n.md', text, imageExists: () => true });
    expect(page.mdx).toContain('tags:\n  - permanent\naliases:\n  - 进程\n');
    expect(page.issues).toEqual([
      expect.objectContaining({ severity: 'warning', line: 4, message: expect.stringContaining('layout') }),
    ]);
  });
});
