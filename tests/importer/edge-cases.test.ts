import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  test('an ambiguous link is an error listing the candidates, and the page keeps the text', () => {
    const dir = vault({ 'a.md': '见 [[Settings]]。', 'x/Settings.md': 'x', 'y/Settings.md': 'y' });
    const result = importVault(dir, join(dir, '..', `out${count}`));
    expect(result.issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'a.md',
        line: 1,
        message: expect.stringContaining('"Settings" is ambiguous: x/Settings.md, y/Settings.md'),
      }),
    ]);
    expect(readFileSync(join(work, `out${count}`, 'a.md'), 'utf8')).toContain('见 Settings。');
  });

  test.each([
    ['front matter then a blank line', '---\ntags: [x]\n---\n\n'],
    ['no front matter, a blank first line', '\n'],
  ])('a body that starts with a blank line keeps every `>` and indentation (%s)', (_name, head) => {
    const body = '> [!tip] 提示\n> 一行\n>\n> - 项\n>   > 嵌套\n\n- 项\n\n  ```\n  code\n      more\n  ```\n';
    const dir = vault({ 'n.md': head + body });
    const out = join(work, `out${count}`);
    importVault(dir, out);
    expect(readFileSync(join(out, 'n.md'), 'utf8')).toContain(body);
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
        'tests/fixtures/vault/Embeds.md:26: warning: embedded file "handout.pdf" is not a picture',
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
});
