/**
 * Nothing lost, structurally: every note's blocks (headings, paragraphs, list items, code blocks
 * byte for byte, tables and cells, callouts by type, quotes, embeds, pictures, math), read with
 * Obsidian's syntax, are the blocks of the page the importer writes. Run over the fixture vault,
 * over generated notes (fast-check), and, when OBSIDIAN_HELP_VAULT names a checkout of the
 * public help vault (github obsidianmd/obsidian-help, folder en/), over its 173 notes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { splitFrontMatter } from '../../src/markdown/front-matter.ts';
import { IssueLog } from '../../src/importer/issues.ts';
import { readNote } from '../../src/importer/note.ts';
import { importVault, type ImportResult } from '../../src/importer/run.ts';
import { compareStructure, countBlocks, structureOf, type Structure } from '../../src/importer/structure.ts';

const FIXTURE_VAULT = fileURLToPath(new URL('../fixtures/vault/', import.meta.url));
const HELP_VAULT = process.env.OBSIDIAN_HELP_VAULT;
const work = mkdtempSync(join(tmpdir(), 'structure-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A note's structure as Obsidian reads it (comments removed, the repeated title left out). */
function noteStructure(path: string, text: string): Structure {
  const note = readNote(path, text, new IssueLog());
  const title = note.titleHeading?.position?.start.offset;
  return structureOf(note.body, new Set(title === undefined ? [] : [title]), note.tree);
}

/** A written page's structure: its body, without the shown malformed front matter and inline-footnote definitions. */
function pageStructure(text: string): Structure {
  const body = splitFrontMatter(text)
    .body.replace(/^\n?~~~~yaml title="front matter"\n[\s\S]*?\n~~~~\n/, '')
    .replace(/\n(?:\[\^inline-\d+\]: .*\n)+$/, '\n');
  return structureOf(body);
}

/** Every difference between the notes of `vault` and the pages `result` wrote into `out`. */
function differences(vault: string, out: string, result: ImportResult): string[] {
  const found: string[] = [];
  for (const { note, page } of result.pages) {
    const source = noteStructure(note, readFileSync(join(vault, note), 'utf8'));
    const change = compareStructure(source, pageStructure(readFileSync(join(out, page), 'utf8')));
    if (change) found.push(`${note}:${change.line}: ${change.message}`);
  }
  return found;
}

describe('compareStructure', () => {
  test('a callout that lost its `>` is a difference located at its line', () => {
    const before = structureOf('text\n\n> [!tip] T\n> body\n');
    const after = structureOf('text\n\n[!tip] T\nbody\n');
    expect(compareStructure(before, after)).toEqual({
      line: 3,
      message: expect.stringContaining('a callout:tip became a paragraph'),
    });
  });

  test('an indentation change inside a code block is a difference at that line', () => {
    const before = structureOf('- a\n\n  ```\n  x\n      y\n  ```\n');
    const after = structureOf('- a\n\n  ```\n  x\n    y\n  ```\n');
    expect(compareStructure(before, after)).toEqual({
      line: 5,
      message: 'conversion changed a line of a code block',
    });
  });

  test('kinds are counted with Obsidian syntax: callouts by type, embeds, sized pictures, math, cells', () => {
    const counts = countBlocks(
      structureOf(
        '# H\n\n> [!warning]- W\n> > [!tip]\n> > x\n\n> quote\n\n![[Other note]]\n\n' +
          'a ![[pic.png|100]] $x$\n\n| a | b |\n| - | - |\n| [[n\\|m]] | ![[p.png\\|9]] |\n\n$$\ny\n$$\n',
      ),
    );
    expect(counts).toEqual({
      blockquote: 1,
      'callout:tip': 1,
      'callout:warning': 1,
      embed: 1,
      heading: 1,
      image: 2,
      math: 2,
      paragraph: 4,
      table: 1,
      tableCell: 4,
    });
  });
});

/** Known differences, each already reported at import with its own warning on that line. */
const KNOWN: Record<string, string> = {
  'Embeds.md:26':
    'a PDF embedded mid-sentence: files other than pictures are not published yet; its name is shown',
};

describe('the fixture vault keeps its structure (tests/fixtures/vault)', () => {
  const out = join(work, 'fixture');
  const result = importVault(FIXTURE_VAULT, out);
  test('0 differences but the known ones, each reported on its line', () => {
    const found = differences(FIXTURE_VAULT, out, result);
    expect(found.map((d) => d.split(': ')[0])).toEqual(Object.keys(KNOWN));
    for (const at of Object.keys(KNOWN))
      expect(result.issues.some((i) => `${i.file}:${i.line}` === at)).toBe(true);
  });
});

describe.skipIf(HELP_VAULT === undefined)(
  'the Obsidian help vault keeps its structure (OBSIDIAN_HELP_VAULT)',
  () => {
    test('0 differences over every note', { timeout: 300_000 }, () => {
      const out = join(work, 'help');
      const result = importVault(HELP_VAULT!, out);
      expect(result.pages.length).toBeGreaterThan(100);
      expect(differences(HELP_VAULT!, out, result)).toEqual([]);
    });
  },
);
if (HELP_VAULT === undefined)
  console.warn(
    '\n*** tests/importer/structure.test.ts: OBSIDIAN_HELP_VAULT is not set; the help-vault check is SKIPPED ***\n' +
      '*** (set it to a checkout of github.com/obsidianmd/obsidian-help, folder en/) ***\n',
  );

/** Generated notes: random front matter, blank lines, callouts nested in lists in quotes, tables with links and sized pictures. */
const word = fc.constantFrom('进程', 'thread', 'TLB', '上下文', 'stack', 'x');
const inline = fc.oneof(
  word,
  fc.constantFrom(
    '[[Target]]',
    '[[Target#Section]]',
    '[[Target|别名]]',
    '[[Missing]]',
    '==mark==',
    '$a^2$',
    '`a|b`',
  ),
  fc.constantFrom('![[pic.png]]', '![[pic.png|120]]', '![[pic.png|120x80]]', '![](pic.png)'),
);
const line = fc.array(inline, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '));
const cell = fc.oneof(
  word,
  fc.constantFrom('[[Target]]', '[[Target\\|别名]]', '![[pic.png\\|100]]', '![[pic.png]]', '`code`'),
);
const table = fc
  .tuple(
    fc.integer({ min: 1, max: 3 }),
    fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 3 }),
  )
  .map(([columns, rows]) =>
    [
      `| ${Array.from({ length: columns }, (_, i) => `h${i}`).join(' | ')} |`,
      `|${' --- |'.repeat(columns)}`,
      ...rows.map((row) => `| ${row.slice(0, columns).join(' | ')} |`),
    ].join('\n'),
  );
const code = fc
  .array(
    fc.constantFrom('int x;', '    indented', '\tx = 1', '> not a quote', '- not a list', '[[not a link]]'),
    {
      minLength: 1,
      maxLength: 4,
    },
  )
  .map((lines) => ['```c', ...lines, '```'].join('\n'));
const block: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? fc.oneof(line, table, code, fc.constant('## Section'), fc.constant('![[Target]]'))
    : fc.oneof(
        line,
        table,
        code,
        // a callout, possibly folded, holding blocks
        fc
          .tuple(
            fc.constantFrom('tip', 'warning', 'note', 'quote'),
            fc.constantFrom('', '+', '-'),
            fc.array(block(depth - 1), { minLength: 1, maxLength: 2 }),
          )
          .map(([type, fold, inner]) =>
            [`[!${type}]${fold} 标题`, ...inner].join('\n\n').replace(/^/gm, '> ').replace(/^> $/gm, '>'),
          ),
        // a quote holding blocks
        fc
          .array(block(depth - 1), { minLength: 1, maxLength: 2 })
          .map((inner) => inner.join('\n\n').replace(/^/gm, '> ').replace(/^> $/gm, '>')),
        // a list item holding blocks
        fc.array(block(depth - 1), { minLength: 1, maxLength: 2 }).map(
          (inner) =>
            `- ${inner
              .join('\n\n')
              .replace(/\n/g, '\n  ')
              .replace(/\n {2}$/gm, '\n')}`,
        ),
      ),
);
const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constant('---\ntags: [a]\n---\n'),
  fc.constant('---\ntitle: 标题\naliases:\n  - other\n---\n'),
  fc.constant('---\n---\n'),
);
const note = fc
  .tuple(frontMatter, fc.constantFrom('', '\n', '\n\n'), fc.array(block(3), { minLength: 1, maxLength: 5 }))
  .map(([fm, blank, blocks]) => `${fm}${blank}${blocks.join('\n\n')}\n`);

describe('generated notes keep their structure (fast-check)', () => {
  let runs = 0;
  test('0 differences for any front matter, blank lines, nesting and tables', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(note, (text) => {
        const dir = join(work, `gen${++runs}`);
        const files: Record<string, string> = {
          'Note.md': text,
          'Target.md': '# Target\n\n## Section\n\ntext ^blk\n',
          'pic.png': 'png',
        };
        for (const [path, content] of Object.entries(files)) {
          mkdirSync(dirname(join(dir, path)), { recursive: true });
          writeFileSync(join(dir, path), content);
        }
        const out = join(dir, 'out');
        const result = importVault(dir, out);
        expect(differences(dir, out, result)).toEqual([]);
        expect(result.issues.filter((i) => i.message.startsWith('conversion changed'))).toEqual([]);
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 60, seed: 22 },
    );
  });
});
