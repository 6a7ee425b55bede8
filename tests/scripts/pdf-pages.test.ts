import { describe, expect, test } from 'vitest';
import { destinationPages } from '../../scripts/lib/pdf-pages.ts';

/** A PDF shaped as Chromium writes it: a two-level page tree and a /Dests dictionary. */
const PDF = [
  '%PDF-1.4',
  '1 0 obj\n<</Type /Catalog\n/Pages 2 0 R\n/Dests 9 0 R>>\nendobj',
  '2 0 obj\n<</Type /Pages\n/Count 3\n/Kids [3 0 R 4 0 R]>>\nendobj',
  '3 0 obj\n<</Type /Pages\n/Count 2\n/Kids [5 0 R 6 0 R]>>\nendobj',
  '4 0 obj\n<</Type /Page\n/Parent 2 0 R>>\nendobj',
  '5 0 obj\n<</Type /Page\n/Parent 3 0 R>>\nendobj',
  '6 0 obj\n<</Type /Page\n/Parent 3 0 R>>\nendobj',
  '9 0 obj\n<</chapter-1 [5 0 R /XYZ 6 842.88 0]\n/chapter-2 [4 0 R /XYZ 6 842.88 0]\n/a#20b [6 0 R /XYZ 0 0 0]>>\nendobj',
].join('\n');

describe('destinationPages', () => {
  test('numbers pages in the order of the page tree and reads each destination’s page', () => {
    expect(destinationPages(new TextEncoder().encode(PDF))).toEqual(
      new Map([
        ['chapter-1', 1],
        ['chapter-2', 3],
        ['a b', 2],
      ]),
    );
  });
  test('a file without a page tree is an error', () => {
    expect(() => destinationPages(new TextEncoder().encode('%PDF-1.4\n'))).toThrow(/页面树/);
  });
});
