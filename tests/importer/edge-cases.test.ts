import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { MAX_EMBED_DEPTH } from '../../src/importer/embeds.ts';
import { importVault, MANIFEST } from '../../src/importer/run.ts';
import { readArgs } from '../../scripts/import-notes.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'import-edges-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let count = 0;

/** Writes a vault from `{ path: text }` and returns its folder. */
function vault(files: Record<string, string | Buffer>): string {
  const dir = join(work, `v${++count}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('importer edge cases', () => {
  test('a name two notes share links to the nearest, with a report line, never an error (https://docs.obsidian.md/Reference/TypeScript+API/MetadataCache/getFirstLinkpathDest)', () => {
    const dir = vault({ 'y/a.md': '见 [[Settings]]。', 'x/Settings.md': 'x', 'y/Settings.md': 'y' });
    const result = importVault(dir, join(dir, '..', `out${count}`));
    expect(result.issues).toEqual([
      {
        severity: 'warning',
        file: 'y/a.md',
        line: 1,
        message:
          'link "Settings" names 2 files (x/Settings.md, y/Settings.md); linked to the nearest, y/Settings.md, as Obsidian does',
      },
    ]);
    expect(readFileSync(join(work, `out${count}`, 'y/a.md'), 'utf8')).toContain(
      '见 [[./settings|Settings]]。',
    );
  });

  test('`![[icon.svg#icon]]` in a sentence stays in the line, no warning; another fragment shows the whole picture (https://help.obsidian.md/embeds)', () => {
    const dir = vault({
      'n.md': 'Select ![[cog.svg#icon]] **Settings**.\n\n![[shot.png#interface]]\n',
      'cog.svg': '<svg/>',
      'shot.png': 'p',
    });
    const out = join(work, `out${count}`);
    const result = importVault(dir, out);
    const text = readFileSync(join(out, 'n.md'), 'utf8');
    expect(text).toContain(
      'Select <span class="note-icon">![cog](<./_attachments/cog.svg>)</span> **Settings**.',
    );
    expect(text).toContain('![shot](<./_attachments/shot.png>)');
    expect(result.issues).toEqual([]);
  });

  test('a link or picture in a table cell is written with `\\|`, escaped in the note or not (https://help.obsidian.md/advanced-syntax#Tables)', () => {
    const dir = vault({
      'n.md': '| a | b |\n| - | - |\n| [[m]] | ![[p.png\\|100]] |\n| [[m\\|别名]] | x |\n',
      'm.md': 'm',
      'p.png': 'p',
    });
    const out = join(work, `out${count}`);
    importVault(dir, out);
    const text = readFileSync(join(out, 'n.md'), 'utf8');
    expect(text).toContain('| [[./m\\|m]] | ![p\\|100](<./_attachments/p.png>) |');
    expect(text).toContain('| [[./m\\|别名]] | x |');
  });

  test.each([
    [
      'a `^id` line closing a callout names the callout',
      '> [!info]\n> Autocomplete.\n^big\n',
      '> [!info]\n> Autocomplete.',
    ],
    ['a `^id` line after a paragraph names it', '**Q?**\nA.\n^qa\n', '**Q?**\nA.'],
    ['`]]^id` right after a picture names it', '![[p.png]]^shot\n', '![p](<./_attachments/p.png>)'],
    [
      'a `^id` after a blank line names the table before it',
      '| a | b |\n| - | - |\n| 1 | 2 |\n\n^tbl\n',
      '| 1 | 2 |',
    ],
  ])(
    'block ids (https://help.obsidian.md/links#Link+to+a+block+in+a+note): %s, and its embed shows it',
    (_name, target, shown) => {
      const id = /\^([\w-]+)\s*$/.exec(target)![1]!;
      const dir = vault({ 'b.md': `intro\n\n${target}\nafter\n`, 'a.md': `![[b#^${id}]]\n`, 'p.png': 'p' });
      const out = join(work, `out${count}`);
      const result = importVault(dir, out);
      expect(result.issues).toEqual([]);
      const page = readFileSync(join(out, 'a.md'), 'utf8');
      expect(page).toContain(`> [!embed] [[./b#^${id}|b › ^${id}]]`);
      for (const line of shown.split('\n')) expect(page).toContain(`> ${line}`);
      expect(page).not.toContain('intro');
    },
  );

  test('a link label with code becomes a Markdown link that keeps the code (https://help.obsidian.md/links#Change+the+link+display+text)', () => {
    const dir = vault({
      'a.md': 'the [[Functions#hasTag|`hasTag`]] function',
      'Functions.md': '## hasTag\n',
    });
    const out = join(work, `out${count}`);
    importVault(dir, out);
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toContain(
      'the [`hasTag`](<./functions.md#hastag>) function',
    );
  });

  test("embedding a note does not give the page the embedded note's tags (https://help.obsidian.md/tags)", () => {
    const dir = vault({ 'a.md': '#mine\n\n![[b]]\n', 'b.md': 'text #theirs\n' });
    const out = join(work, `out${count}`);
    importVault(dir, out);
    const page = readFileSync(join(out, 'a.md'), 'utf8');
    expect(page).toMatch(/tags:\n {2}- mine\n/);
    expect(page).not.toMatch(/- theirs/);
    expect(readFileSync(join(out, 'b.md'), 'utf8')).toMatch(/- theirs/);
  });

  test('two attachments of one name get stable, distinct names (hash of their vault path)', () => {
    const dir = vault({ 'n.md': '![[a/p.png]] ![[b/p.png]]', 'a/p.png': 'A', 'b/p.png': 'B' });
    const out = join(work, `out${count}`);
    importVault(dir, out);
    const text = readFileSync(join(out, 'n.md'), 'utf8');
    const names = [...text.matchAll(/_attachments\/(p-\w+\.png)/g)].map((m) => m[1]!);
    expect(new Set(names).size).toBe(2);
    expect(readFileSync(join(out, '_attachments', names[0]!), 'utf8')).toBe('A');
    expect(readFileSync(join(out, '_attachments', names[1]!), 'utf8')).toBe('B');
  });

  test(`embeds nest at most ${MAX_EMBED_DEPTH} deep; deeper ones become links, reported`, () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 8; i++) files[`n${i}.md`] = `第 ${i} 篇\n\n![[n${i + 1}]]`;
    files['n8.md'] = '最后一篇';
    const result = importVault(vault(files), join(work, `out${count}`));
    expect(
      result.issues.some((i) => i.message.startsWith(`embeds nested deeper than ${MAX_EMBED_DEPTH}`)),
    ).toBe(true);
    const text = readFileSync(join(work, `out${count}`, 'n0.md'), 'utf8');
    expect(text).toContain(`${'> '.repeat(MAX_EMBED_DEPTH)}第 ${MAX_EMBED_DEPTH} 篇`);
    expect(text).not.toContain(`第 ${MAX_EMBED_DEPTH + 1} 篇`);
  });

  test('%% inside code, inline code and math is text; an unclosed %% is kept and reported', () => {
    const dir = vault({ 'n.md': 'a `%%x%%` $%%y%%$ b %%gone%% c\n\n```\n%%z%%\n```\n\nd %% e' });
    const out = join(work, `out${count}`);
    const result = importVault(dir, out);
    const text = readFileSync(join(out, 'n.md'), 'utf8');
    expect(text).toContain('a `%%x%%` $%%y%%$ b  c');
    expect(text).toContain('%%z%%');
    expect(text).toContain('d %% e');
    expect(result.issues.map((i) => `${i.line}: ${i.message}`)).toEqual([
      '7: `%%` opens a comment that is never closed; kept as text',
    ]);
  });

  test('a missing heading or block keeps the link to the note, reported', () => {
    const dir = vault({ 'a.md': '[[b#Nope]] [[b#^nope]]', 'b.md': '# B\n\ntext' });
    const result = importVault(dir, join(work, `out${count}`));
    expect(result.issues.map((i) => i.message)).toEqual([
      'note "b" has no heading "Nope"; linked to the note',
      'note "b" has no block ^nope; linked to the note',
    ]);
    expect(readFileSync(join(work, `out${count}`, 'a.md'), 'utf8')).toContain(
      '[[./b|b › Nope]] [[./b|b › ^nope]]',
    );
  });

  test('an output folder the importer did not write is never replaced without --force', () => {
    const dir = vault({ 'n.md': 'x' });
    const out = join(work, `out${count}`);
    mkdirSync(out);
    writeFileSync(join(out, 'keep.txt'), 'mine');
    expect(importVault(dir, out).issues[0]?.message).toMatch(/not written by the importer; nothing written/);
    expect(existsSync(join(out, 'keep.txt'))).toBe(true);
    importVault(dir, out, { force: true });
    expect(existsSync(join(out, MANIFEST))).toBe(true);
    writeFileSync(join(dir, 'm.md'), 'y');
    rmSync(join(dir, 'n.md'));
    importVault(dir, out);
    expect(existsSync(join(out, 'n.md'))).toBe(false); // a re-import replaces the pages of deleted notes
    expect(existsSync(join(out, 'm.md'))).toBe(true);
  });
});

describe('npm run import (scripts/import-notes.ts)', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/import-notes.ts', ...args], { cwd: ROOT, encoding: 'utf8' });

  test.each([
    [[]],
    [['only-one']],
    [['tests/fixtures/vault', 'x', '--bogus']],
    [['no/such/dir', 'x']],
    [['tests/fixtures/vault', 'x', '--report=']],
  ])('bad arguments %j are refused', (args) => {
    expect(readArgs(args)).toEqual({ problem: expect.any(String) });
  });

  test('bad arguments exit with 2 and the usage', { timeout: 60_000 }, () => {
    const cli = run('tests/fixtures/vault');
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain('usage: npm run import');
  });

  test(
    '--dry-run writes nothing; --report writes the JSON report; plain lines when not a terminal',
    { timeout: 60_000 },
    () => {
      const out = join(work, 'cli-out');
      const report = join(work, 'report.json');
      const cli = run('tests/fixtures/vault', out, '--dry-run', '--report', report);
      expect(cli.status).toBe(0);
      expect(existsSync(out)).toBe(false);
      expect(cli.stdout).toContain('[1/19] Aliases.md → Aliases.md');
      expect(cli.stderr).toContain(
        'tests/fixtures/vault/Embeds.md:26: warning: embedded file "data.csv" is not a picture',
      );
      const json = JSON.parse(readFileSync(report, 'utf8')) as {
        pages: unknown[];
        issues: unknown[];
        skipped: string[];
      };
      expect(json.pages).toHaveLength(19);
      expect(json.skipped).toEqual(['binary.md']);
    },
  );

  test('--strict turns warnings into exit code 1', { timeout: 60_000 }, () => {
    expect(run('tests/fixtures/vault', join(work, 'strict'), '--dry-run', '--strict').status).toBe(1);
  });

  test(
    'pages written: exit 0 whatever the notes hold; problems summarised by kind with counts and first places',
    { timeout: 60_000 },
    () => {
      const dir = vault({
        'a.md': [1, 2, 3, 4, 5].map((i) => `[[missing ${i}]]`).join('\n\n'),
        'b.md': '![[gone.png]]',
      });
      const cli = run(dir, join(work, 'summary-out'));
      expect(cli.status).toBe(0);
      expect(cli.stderr).toContain('    5 × warning: link "…" matches no file in the vault\n');
      expect(cli.stderr).toContain(`${dir}/a.md:1: warning: link "missing 1"`);
      expect(cli.stderr).toContain(`${dir}/a.md:5: warning: link "missing 3"`);
      expect(cli.stderr).not.toContain('"missing 4"');
      expect(cli.stderr).toContain('… and 2 more');
      expect(cli.stderr).toContain('    1 × warning: embed "…" matches no file in the vault');
      expect(cli.stderr).toContain('Add --report file.json for the full list.');
    },
  );

  test('an output folder that may not be replaced exits 2, nothing written', { timeout: 60_000 }, () => {
    const out = join(work, 'not-mine');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'keep.txt'), 'mine');
    const refused = run('tests/fixtures/vault', out);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toContain('Nothing written');
    expect(existsSync(join(out, MANIFEST))).toBe(false);
  });

  // root reads every folder, so an unreadable vault can only be made for an ordinary user.
  test.skipIf(process.getuid?.() === 0)('a vault that cannot be read exits 1', { timeout: 60_000 }, () => {
    const locked = vault({ 'sub/n.md': 'x' });
    chmodSync(join(locked, 'sub'), 0o000);
    try {
      const cli = run(locked, join(work, 'locked-out'));
      expect(cli.status).toBe(1);
      expect(cli.stderr).toContain('the import failed');
    } finally {
      chmodSync(join(locked, 'sub'), 0o755);
    }
  });
});
