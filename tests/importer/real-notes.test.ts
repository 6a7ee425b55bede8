import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { importNotes } from '../../../scripts/import-notes.ts';
import { parse } from 'yaml';
import { bookPageSchema } from '../../../src/lib/page-schema.ts';
import { toBasePath } from '../../../src/lib/paths.ts';
import { findLinks, loadPageIndex, resolveLink } from '../../../src/plugins/wikilinks/index.ts';
import { sharedMaterial } from '../../shared-material.ts';
import { compilePage, pageBody, pageText } from './text.ts';

/** The repository root. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The raw notes sit beside the repository in `../shared/notes` (the team's checkouts and CI). */
const SHARED_NOTES = sharedMaterial('notes', 'importing the five real notes');
const NOTES = SHARED_NOTES ?? '';
const out = mkdtempSync(join(tmpdir(), 'import-notes-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.skipIf(SHARED_NOTES === undefined)('importing the five real notes', () => {
  const logs: string[] = [];
  const reports: string[] = [];
  // Collected even when skipped: start the import only when the notes are there.
  const run =
    SHARED_NOTES === undefined
      ? new Promise<never>(() => {})
      : importNotes(NOTES, out, {
          missingImages: 'warn', // the notes' screenshots were never part of the material
          force: false,
          log: (line) => logs.push(line),
          report: (line) => reports.push(line),
        });

  test('every note converts without errors, with progress and a summary', async () => {
    const result = await run;
    expect(result.pages).toHaveLength(5);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(logs[2]).toMatch(/^\[3\/5\] 002_3db6802c086e3de6\.txt → 002_3db6802c086e3de6\.mdx$/);
    expect(logs.at(-1)).toMatch(
      /^Imported 5 of 5 notes into .* \(0 images copied, \d+ warnings, 0 errors\)$/,
    );
    // Each missing screenshot is named with its note and line.
    expect(reports).toContain(
      `${join(NOTES, '003_953e788e1772f5b0.txt')}:91: warning: image not found next to the note: ../images/201909/1569578262769.png`,
    );
  });

  test('every page compiles and holds no code', async () => {
    const { pages } = await run;
    for (const { page } of pages) {
      const mdx = readFileSync(join(out, page), 'utf8');
      expect(() => pageText(mdx), page).not.toThrow();
      await compilePage(mdx);
    }
  });

  test("every page has front matter in the book's schema, with a title and a description", async () => {
    const { pages } = await run;
    for (const { page } of pages) {
      const yaml = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(join(out, page), 'utf8'))![1]!;
      const data = parse(yaml) as Record<string, unknown>;
      expect(bookPageSchema.safeParse(data).success, page).toBe(true);
      expect(data.title, page).toEqual(expect.any(String));
      expect(String(data.description).length, page).toBeLessThanOrEqual(120);
    }
  });

  test('every link in the notes resolves against the book', async () => {
    const { pages } = await run;
    const index = loadPageIndex(join(ROOT, 'src/content/docs'));
    const links = pages.flatMap(({ page }) => findLinks(pageBody(readFileSync(join(out, page), 'utf8'))));
    expect(links.map((link) => link.raw)).toEqual([
      '[线程实现并发的方式](线程实现并发的方式.md)',
      '[Linux 管道](Linux.md#pipline)',
    ]);
    for (const link of links) {
      expect(resolveLink(index, link, { base: toBasePath('/') }), link.raw).toMatchObject({ ok: true });
    }
  });

  test('a second run refuses to overwrite, and --force overwrites', async () => {
    await run;
    const again = await importNotes(NOTES, out, {
      missingImages: 'warn',
      force: false,
      log: () => {},
      report: () => {},
    });
    expect(again.pages).toEqual([]);
    expect(again.issues.filter((i) => i.message.includes('exists already'))).toHaveLength(5);
    const forced = await importNotes(NOTES, out, {
      missingImages: 'warn',
      force: true,
      log: () => {},
      report: () => {},
    });
    expect(forced.pages).toHaveLength(5);
  });

  test('without --missing-images=warn the missing screenshots are errors', async () => {
    await run;
    const strict = await importNotes(NOTES, join(out, 'strict'), {
      missingImages: 'error',
      force: false,
      log: () => {},
      report: () => {},
    });
    expect(strict.pages.map((p) => p.note)).toEqual([
      '000_ff3b09bcd5b5f81a.txt',
      '001_127a931f2d992973.txt',
      '004_ae088eae3367e5a0.txt',
    ]);
  });

  test('the command exits with 1 and names file and line when a note fails', () => {
    const cli = spawnSync(process.execPath, ['scripts/import-notes.ts', NOTES, join(out, 'cli')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain('002_3db6802c086e3de6.txt:9: error: image not found next to the note');
    expect(cli.stdout).toContain('[5/5] 004_ae088eae3367e5a0.txt → 004_ae088eae3367e5a0.mdx');
  });
});
