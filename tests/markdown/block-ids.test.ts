import { describe, expect, test } from 'vitest';
import { collectBlockIds } from '../../src/plugins/wikilinks/page-source.ts';
import { parseMarkdown } from '../../src/markdown/parser.ts';

// https://help.obsidian.md/links#Link+to+a+block+in+a+note: one rule (src/markdown/links.ts BLOCK_ID)
// for the importer, the page index that resolves `[[note#^id]]`, and the ids on the page.
describe('block ids in the page index', () => {
  test.each([
    ['after a space', '段落 ^p1', 'p1'],
    ['on the line after a callout', '> [!info]\n> 内容\n^c1', 'c1'],
    ['on the line after a paragraph', '**问**\n答\n^p2', 'p2'],
    ['right after an embed', '![[shot.png]]^img', 'img'],
    ['alone after a table', '| a |\n| - |\n| b |\n\n^t1', 't1'],
  ])('%s', (_name, markdown, id) => {
    expect(collectBlockIds(parseMarkdown(markdown))).toEqual([id]);
  });
  test('a caret inside a word is not an id', () => {
    expect(collectBlockIds(parseMarkdown('2^10 and x^y'))).toEqual([]);
  });
});
