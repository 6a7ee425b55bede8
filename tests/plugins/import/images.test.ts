import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { importNotes } from '../../../scripts/import-notes.ts';
import { convertNote } from '../../../src/plugins/import/convert.ts';
import { isLocalImage, planImageCopy } from '../../../src/plugins/import/images.ts';
import { compilePage, pageBody } from './text.ts';

const NOTE = '---\ntitle: 图\n---\n第一段\n\n![图 {0}](images/fork.png)\n\n![[pipe.png]] 与 ![[别的笔记]]\n';

describe('images in notes', () => {
  test('an image next to the note is copied and its reference rewritten', async () => {
    const page = convertNote({ file: 'n.md', text: NOTE, imageExists: () => true });
    expect(page.issues).toEqual([]);
    expect(page.images).toEqual([
      { from: 'images/fork.png', to: 'images/fork.png' },
      { from: 'pipe.png', to: 'images/pipe.png' },
    ]);
    const body = pageBody(page.mdx);
    expect(body).toContain('![图 \\{0\\}](./images/fork.png)');
    expect(body).toContain('![](./images/pipe.png) 与 ![[别的笔记]]');
    await compilePage(page.mdx);
  });

  test('a missing image is an error naming the file and line', () => {
    const page = convertNote({ file: 'vault/n.md', text: NOTE, imageExists: (p) => p !== 'pipe.png' });
    expect(page.mdx).toBe('');
    expect(page.issues).toEqual([
      {
        severity: 'error',
        file: 'vault/n.md',
        line: 8,
        message: 'image not found next to the note: pipe.png',
      },
    ]);
  });

  test('with missing images as warnings, a marker comment stays in the page', async () => {
    const page = convertNote({ file: 'n.md', text: NOTE, imageExists: () => false, missingImages: 'warn' });
    expect(page.issues.map((i) => [i.severity, i.line])).toEqual([
      ['warning', 6],
      ['warning', 8],
    ]);
    expect(pageBody(page.mdx)).toContain('{/* missing image: images/fork.png (alt: 图 {0}) */}');
    expect(pageBody(page.mdx)).toContain('{/* missing image: pipe.png */}');
    await compilePage(page.mdx);
  });

  test('remote images stay where they are', () => {
    const page = convertNote({ file: 'n.md', text: '![x](https://e.com/a.png)', imageExists: () => false });
    expect(page.issues).toEqual([]);
    expect(page.images).toEqual([]);
    expect(isLocalImage('data:image/png;base64,AA')).toBe(false);
  });

  test('copied names are decoded and reduced to safe characters', () => {
    expect(planImageCopy('../images/201909/a%20b.png')).toEqual({
      from: '../images/201909/a b.png',
      to: 'images/a-b.png',
    });
  });

  test('two images with the same name from different folders are an error', () => {
    const text = '![](a/x.png)\n\n![](b/x.png)';
    const page = convertNote({ file: 'n.md', text, imageExists: () => true });
    expect(page.issues).toEqual([expect.objectContaining({ severity: 'error', line: 3 })]);
  });
});

describe('importing a vault with images', () => {
  test('copies the images, refuses to overwrite a different one without --force', async () => {
    const vault = mkdtempSync(join(tmpdir(), 'vault-'));
    const out = join(vault, 'out');
    try {
      mkdirSync(join(vault, 'img'));
      writeFileSync(join(vault, 'img', 'fork.png'), 'PNG-1');
      writeFileSync(join(vault, 'n.md'), '# 图\n\n![fork](img/fork.png)\n');
      const quiet = { log: () => {}, report: () => {} };
      const first = await importNotes(vault, out, { missingImages: 'error', force: false, ...quiet });
      expect(first.images).toBe(1);
      expect(readFileSync(join(out, 'images', 'fork.png'), 'utf8')).toBe('PNG-1');
      expect(readFileSync(join(out, 'n.mdx'), 'utf8')).toContain('![fork](./images/fork.png)');

      writeFileSync(join(vault, 'img', 'fork.png'), 'PNG-2');
      const again = await importNotes(vault, out, { missingImages: 'error', force: false, ...quiet });
      expect(again.issues.map((i) => i.message)).toEqual([
        'exists already (use --force to overwrite)',
        'a different image exists already (use --force to overwrite)',
      ]);
      const forced = await importNotes(vault, out, { missingImages: 'error', force: true, ...quiet });
      expect(forced.issues).toEqual([]);
      expect(readFileSync(join(out, 'images', 'fork.png'), 'utf8')).toBe('PNG-2');
    } finally {
      rmSync(vault, { recursive: true, force: true });
    }
  });
});
