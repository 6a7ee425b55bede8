/**
 * What the search relies on about Pagefind's Chinese indexing, checked with the real Pagefind:
 * charabia's words come back in the fragment separated by zero-width spaces, and the words of three
 * characters or more are found. If a Pagefind upgrade changes this, these tests say so first.
 */
import { afterAll, describe, expect, test } from 'vitest';
import * as pagefind from 'pagefind';
import { longWordsOf, readFragment } from '../../../src/integrations/search-index/long-words.ts';

afterAll(async () => {
  await pagefind.close();
});

describe('Pagefind 1.x fragments', () => {
  test('hold the page words separated by zero-width spaces, and yield the long Han words', async () => {
    const { index } = await pagefind.createIndex({});
    await index!.addHTMLFile({
      url: '/a/',
      content: '<html lang="zh-CN"><body><h1>上下文切换</h1><p>守护进程和内核线程。</p></body></html>',
    });
    const { files } = await index!.getFiles();
    const fragment = files.find((f) => f.path.endsWith('.pf_fragment'))!;
    const { url, content } = readFragment(fragment);
    expect(url).toBe('/a/');
    const words = content.split('\u200b');
    expect(words.join('')).toContain('守护进程和内核线程');
    expect(words.length).toBeGreaterThan(5);
    const long = longWordsOf(files);
    expect(long).toContain('上下文');
    expect(long.every((w) => [...w].length >= 3)).toBe(true);
    await index!.deleteIndex();
  }, 30_000);
  test('a file without the marker is refused with its name', () => {
    expect(() =>
      readFragment({
        path: 'fragment/x.pf_fragment',
        content: new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      }),
    ).toThrow(/x\.pf_fragment/);
  });
});
