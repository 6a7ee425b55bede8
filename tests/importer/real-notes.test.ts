import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { bookPageSchema } from '../../src/lib/page-schema.ts';
import { importVault } from '../../src/importer/run.ts';
import { findLinks } from '../../src/markdown/links.ts';
import { sharedMaterial } from '../shared-material.ts';

/** The raw notes sit beside the repository in `../shared/notes` (the team's checkouts and CI). */
const SHARED_NOTES = sharedMaterial('notes', 'importing the five real notes');
const out = mkdtempSync(join(tmpdir(), 'import-notes-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.skipIf(SHARED_NOTES === undefined)('importing the five real notes (../shared/notes)', () => {
  const result = SHARED_NOTES === undefined ? undefined : importVault(SHARED_NOTES, out);
  const page = (name: string): string => readFileSync(join(out, name), 'utf8');

  test('every note becomes a page, with no error', () => {
    expect(result!.pages.map((p) => p.page)).toEqual([
      '000_ff3b09bcd5b5f81a.md',
      '001_127a931f2d992973.md',
      '002_3db6802c086e3de6.md',
      '003_953e788e1772f5b0.md',
      '004_ae088eae3367e5a0.md',
    ]);
    expect(result!.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('what the vault lacks is reported with note and line, and its text kept', () => {
    const lines = result!.issues.map((i) => `${i.file}:${i.line}: ${i.message}`);
    expect(lines).toContain(
      '000_ff3b09bcd5b5f81a.txt:227: link "线程实现并发的方式" matches no file in the vault; shown as a link to a note not yet written, as Obsidian shows it',
    );
    expect(lines).toContain(
      '002_3db6802c086e3de6.txt:28: link "Linux" matches no file in the vault; shown as a link to a note not yet written, as Obsidian shows it',
    );
    expect(lines).toContain(
      '003_953e788e1772f5b0.txt:91: picture "../images/201909/1569578262769.png" matches no file in the vault; shown as text',
    );
    expect(lines).toContain(
      '003_953e788e1772f5b0.txt:11: front matter indents with a tab; read as four spaces',
    );
    expect(page('000_ff3b09bcd5b5f81a.md')).toContain('线程实现并发的方式');
    expect(page('002_3db6802c086e3de6.md')).toContain('Linux 管道');
  });

  test("every page has front matter in the book's schema; the notes' own keys kept under obsidian", () => {
    for (const { page: name } of result!.pages) {
      const data = parse(/^---\n([\s\S]*?)\n---\n/.exec(page(name))![1]!) as Record<string, unknown>;
      expect(bookPageSchema.safeParse(data).success, name).toBe(true);
      expect(String(data.description ?? '').length, name).toBeLessThanOrEqual(120);
    }
    expect(page('003_953e788e1772f5b0.md')).toContain('  properties:\n    layout: post\n');
  });

  test('no wiki link is left that the site could not resolve', () => {
    for (const { page: name } of result!.pages) {
      const links = findLinks(page(name)).filter((link) => link.syntax === 'wikilink');
      expect(
        links.filter(
          (link) => !link.page.startsWith('./') && !link.page.startsWith('../') && link.page !== '',
        ),
        name,
      ).toEqual([]);
    }
  });
});
