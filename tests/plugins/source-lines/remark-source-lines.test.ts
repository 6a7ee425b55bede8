import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, test } from 'vitest';
import remarkSourceLines, { shiftOf } from '../../../src/plugins/source-lines/remark-source-lines.ts';

const dir = mkdtempSync(join(tmpdir(), 'source-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What Astro gives a .md page's processor: the front matter blanked, then the text trimmed. */
function astroBody(full: string): string {
  return full.replace(/^---\n[\s\S]*?\n---/, (fm) => fm.replace(/[^\n]/g, ' ')).trim();
}

describe('remarkSourceLines', () => {
  test('shiftOf finds the body after the front matter and its blank lines', () => {
    const full = '---\ntitle: a\n---\n\n\nText\n';
    expect(shiftOf(full, astroBody(full))).toEqual({ lines: 5, columns: 0 });
    expect(shiftOf('Text\n', 'Text')).toEqual({ lines: 0, columns: 0 });
    expect(shiftOf('abc', 'zzz')).toEqual({ lines: 0, columns: 0 });
  });

  test('puts the file’s own line on every node (Astro trims a .md page’s body)', async () => {
    const full =
      '---\ntitle: x\nobsidian:\n  source: x.md\n---\n\nFirst paragraph\n\n## Heading\n\n- [[link]]\n';
    const path = join(dir, 'page.md');
    writeFileSync(path, full);
    const file = new VFile({ value: astroBody(full), path });
    const processor = unified().use(remarkParse).use(remarkSourceLines);
    const tree = (await processor.run(processor.parse(file), file)) as Root;
    const lines = tree.children.map((node) => node.position?.start.line);
    expect(lines).toEqual([7, 9, 11]);
    expect(full.split('\n')[10]).toBe('- [[link]]');
  });

  test('leaves a file given whole (MDX keeps its front matter lines) unchanged', async () => {
    const full = 'One\n\nTwo\n';
    const path = join(dir, 'whole.md');
    writeFileSync(path, full);
    const file = new VFile({ value: full, path });
    const processor = unified().use(remarkParse).use(remarkSourceLines);
    const tree = (await processor.run(processor.parse(file), file)) as Root;
    expect(tree.children.map((node) => node.position?.start.line)).toEqual([1, 3]);
  });
});
