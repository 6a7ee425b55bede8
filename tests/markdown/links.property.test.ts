import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeName } from '../../src/plugins/wikilinks/page-index.ts';
import { findLinks } from '../../src/markdown/links.ts';

/** A name part as authors write them: Chinese, ASCII, full-width, spaces; no link syntax characters. */
const namePart = fc
  .string({ unit: fc.constantFrom(...'进程线程管道 abcXYZ-_:：ＡＢ（）()0123'), minLength: 1, maxLength: 12 })
  .filter((text) => text.trim() !== '');

describe('findLinks properties', () => {
  test('reads back the page, heading and label of any wiki link it is given, wherever it stands', () => {
    fc.assert(
      fc.property(
        namePart,
        fc.option(namePart, { nil: undefined }),
        fc.option(namePart, { nil: undefined }),
        fc.string({ unit: fc.constantFrom(...'文字 。\n'), maxLength: 6 }),
        (page, heading, label, prefix) => {
          const raw = `[[${page}${heading ? `#${heading}` : ''}${label ? `|${label}` : ''}]]`;
          const [link, ...rest] = findLinks(`${prefix}${raw}。`);
          expect(rest).toEqual([]);
          expect(link).toMatchObject({
            raw,
            page: page.trim(),
            heading: heading?.trim(),
            label: label?.trim(),
            start: prefix.length,
          });
          expect(link?.line).toBe(1 + (prefix.match(/\n/g)?.length ?? 0));
        },
      ),
    );
  });
});

describe('normalizeName properties', () => {
  test('is idempotent and ignores width and case', () => {
    fc.assert(
      fc.property(namePart, (name) => {
        const key = normalizeName(name);
        expect(normalizeName(key)).toBe(key);
        expect(normalizeName(name.toUpperCase())).toBe(key);
        const fullWidth = name.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
        expect(normalizeName(fullWidth)).toBe(key);
      }),
    );
  });
});
