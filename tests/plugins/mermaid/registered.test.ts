import { describe, expect, test } from 'vitest';
import remarkCheckImages from '../../../src/plugins/images/remark-check-images.ts';
import { bookRemarkPlugins } from '../../../src/plugins/index.ts';
import remarkMermaid from '../../../src/plugins/mermaid/remark-mermaid.ts';
import remarkSourceLines from '../../../src/plugins/source-lines/remark-source-lines.ts';

describe('the book’s remark plugin list', () => {
  test('runs Mermaid first, before any other plugin or highlighter sees a code block', () => {
    // Only the line-number shift runs before it (it moves positions, never touches a code block).
    expect(bookRemarkPlugins[0]).toBe(remarkSourceLines);
    expect(bookRemarkPlugins[1]).toBe(remarkMermaid);
  });

  test('includes the missing-image check', () => {
    expect(bookRemarkPlugins).toContain(remarkCheckImages);
  });
});
