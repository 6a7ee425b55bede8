import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { localImageOf } from '../../../src/plugins/images/local-image.ts';
import remarkCheckImages from '../../../src/plugins/images/remark-check-images.ts';

const root = mkdtempSync(join(tmpdir(), 'check-images-'));
const docs = join(root, 'docs', 'basics');
const publicDir = join(root, 'public');
mkdirSync(join(docs, 'images'), { recursive: true });
mkdirSync(join(publicDir, 'diagrams'), { recursive: true });
writeFileSync(join(docs, 'images', 'fork 1.png'), 'png');
writeFileSync(join(publicDir, 'diagrams', 'tlb.svg'), '<svg/>');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Renders a page at docs/basics/page.md through Astro's Markdown processor with the check. */
async function render(markdown: string): Promise<string> {
  const processor = await createMarkdownProcessor({ remarkPlugins: [[remarkCheckImages, { publicDir }]] });
  const { code } = await processor.render(markdown, { fileURL: pathToFileURL(join(docs, 'page.md')) });
  return code;
}

describe('remarkCheckImages', () => {
  test('passes images that exist beside the page or under public/, and remote ones', async () => {
    const page = [
      '![进程](./images/fork%201.png)',
      '![TLB](/diagrams/tlb.svg)',
      '![远程](https://example.com/a.png)',
      '![引用][fork]',
      '',
      '[fork]: images/fork%201.png',
    ].join('\n\n');
    await expect(render(page)).resolves.toContain('<img');
  });

  test.each([
    ['a relative image', '第一段\n\n![图](./images/nope.png)', 3, './images/nope.png'],
    ['an image under public/', '![图](/diagrams/nope.svg)', 1, '/diagrams/nope.svg'],
    ['a definition used as an image', '![图][x]\n\n正文\n\n[x]: ../missing.png', 5, '../missing.png'],
  ])('%s that is missing fails with the file and line', async (_name, page, line, url) => {
    const shown = relative(process.cwd(), join(docs, 'page.md'));
    await expect(render(page)).rejects.toThrow(`${shown}:${line}: image not found: ${url}`);
  });
});

describe('localImageOf', () => {
  test.each([
    ['./a%20b.png?v=1#x', { kind: 'relative', path: 'a b.png' }],
    ['/img/a.png', { kind: 'public', path: 'img/a.png' }],
    ['https://e.com/a.png', undefined],
    ['data:image/png;base64,AA', undefined],
    ['~/assets/a.png', undefined],
    ['#top', undefined],
  ])('%s', (url, expected) => {
    expect(localImageOf(url)).toEqual(expected);
  });
});
