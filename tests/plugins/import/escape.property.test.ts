import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { convertNote } from '../../../src/plugins/import/convert.ts';
import { escapeLiteral, escapeProse } from '../../../src/plugins/import/escape.ts';
import { compilePage, noteText, pageText } from './text.ts';

/** Pieces of text that MDX treats differently from Markdown, mixed with CJK and plain words. */
const PIECES = [
  '{',
  '}',
  '<',
  '>',
  '{x}',
  '<div>',
  '</div>',
  '<b>',
  'a < b',
  '<!-- c -->',
  '<!--',
  '-->',
  '*/',
  'import x from "y"',
  'export const a = 1',
  'import',
  'export',
  '\n',
  '\n\n',
  '\n    ',
  '  ',
  ' ',
  '\\',
  '`',
  '```',
  '[',
  ']',
  '[[链接]]',
  '(',
  ')',
  '!',
  '*',
  '_',
  '#',
  '|',
  '-',
  '&',
  '&lt;',
  ';',
  ':',
  '/',
  'https://e.com/{p}',
  '\n- ',
  '\n> ',
  '\n1. ',
  '\n# ',
  '\n| a | {b} |\n| --- | --- |\n| <c> | d |\n',
  '[a](http://x/{y})',
  '[a{b}](<u v> "t{x}")',
  '![a{b}](x.png)',
  '<br>',
  '\t',
  '[^1]',
  '\n[^1]: 注 {x}\n',
  '~~',
  '***',
  '\n---\n',
  '\n===\n',
  '<script>\nlet a = {b}\n\n</script>',
  '<pre>\n\n{x}\n</pre>',
  '<?php ?>',
  '<![CDATA[ x ]]>',
  '&#123;',
  '&copy;',
  '<https://e.com>',
  '进程',
  '线程',
  '上下文切换',
  '管道',
  'a',
  'B',
  '1',
  '.',
  '"',
  "'",
];

/** Arbitrary printable text built from the pieces above and any printable character (including CJK). */
const noteBody = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 3 })), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

describe('escaping, for arbitrary text', () => {
  // Counterexamples fast-check found, kept so they are checked on every run.
  test.each([
    ['_!_https://e.com/{p}'], // the rewritten link's `[` made the second `_` close an emphasis
    ['https://e.com/{p}_x_'], // and its `)` made a following `_` open one
    ['_https://e.com/{p}_'], // a real emphasis around the URL stays an emphasis
    ['\\_https://e.com/{p}'], // an escaped underscore is not escaped twice
    ['*<https://e.com>'], // a line-start `*` the prose escaping already escaped
    ['_<https://e.com>'],
  ])('bare URL with braces next to emphasis markers: %s', async (body) => {
    const page = convertNote({ file: 'p.md', text: `---\ntitle: t\n---\n${body}`, imageExists: () => true });
    expect(pageText(page.mdx)).toBe(noteText(body));
    await compilePage(page.mdx);
  });

  test('the page holds no code, compiles, and shows the same text as the note', async () => {
    await fc.assert(
      fc.asyncProperty(noteBody, async (body) => {
        const page = convertNote({
          file: 'p.md',
          text: `---\ntitle: t\n---\n${body}`,
          imageExists: () => true,
        });
        expect(pageText(page.mdx)).toBe(noteText(body));
        await compilePage(page.mdx);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  test('escapeLiteral text reads back as itself in one paragraph', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (text) => {
        const oneLine = text.replace(/\s+/g, ' ').trim();
        fc.pre(oneLine !== '');
        expect(pageText(`---\ntitle: t\n---\n${escapeLiteral(oneLine)}`)).toBe(oneLine);
      }),
    );
  });

  test('escapeProse never leaves an unescaped brace or angle bracket', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const out = escapeProse(raw);
        // Drop every backslash escape pair; whatever `{`, `}` or `<` remains would be read by MDX.
        expect(out.replace(/\\[!-/:-@[-`{-~]/g, '')).not.toMatch(/[{}<]/);
      }),
    );
  });
});
