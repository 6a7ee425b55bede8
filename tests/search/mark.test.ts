import { describe, expect, test } from 'vitest';
import { escapeHtml, markText } from '../../src/search/mark.ts';

describe('markText', () => {
  test('marks every occurrence, case-insensitively, longest needle first, without overlaps', () => {
    expect(markText('内核线程与 TLB、内核', ['内核线程', '内核', 'tlb'])).toBe(
      '<mark>内核线程</mark>与 <mark>TLB</mark>、<mark>内核</mark>',
    );
  });
  test('overlapping pairs of a Chinese query join into one mark', () => {
    expect(markText('见内核线程。', ['内核', '核线', '线程'])).toBe('见<mark>内核线程</mark>。');
  });
  test('escapes the text, including inside marks', () => {
    expect(markText('<script>&', ['script'])).toBe('&lt;<mark>script</mark>&gt;&amp;');
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });
});
