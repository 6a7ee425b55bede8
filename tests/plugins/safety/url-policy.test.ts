import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isSafeUrl, unsafeUrlReason, urlScheme } from '../../../src/plugins/safety/url-policy.ts';

describe('urlScheme: the scheme a browser would see (https://url.spec.whatwg.org/#concept-basic-url-parser)', () => {
  test.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['java\rscript:alert(1)', 'javascript'],
    ['  javascript:alert(1)', 'javascript'],
    ['\u0001javascript:alert(1)', 'javascript'],
    ['&#106;avascript:alert(1)', 'javascript'],
    ['&#x6A;avascript:alert(1)', 'javascript'],
    ['jav&#x09;ascript:alert(1)', 'javascript'],
    ['javascript&colon;alert(1)', 'javascript'],
    ['&amp;#106;avascript:alert(1)', 'javascript'],
    ['data:text/html,<script>', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['HTTPS://example.org/', 'https'],
    ['mailto:a@example.org', 'mailto'],
  ])('%j → %s', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });

  test.each([
    '../page/',
    '/abs/path',
    '#标题',
    '?q=1',
    'page.html',
    '//example.org/x',
    'a/b:c',
    '%6Aavascript:alert(1)',
  ])('relative URL %j has no scheme', (url) => {
    expect(urlScheme(url)).toBeUndefined();
  });
});

describe('isSafeUrl: the allow-list', () => {
  test.each([
    'https://example.org/',
    'http://example.org/',
    'mailto:a@example.org',
    '../x/',
    '#h',
    '/x.png',
    'x.png',
  ])('allows %j in a link', (url) => {
    expect(isSafeUrl(url, 'href')).toBe(true);
  });

  test.each([
    'javascript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
    'blob:x',
    'jav\tascript:x',
  ])('refuses %j in a link', (url) => {
    expect(isSafeUrl(url, 'href')).toBe(false);
  });

  test('an image may not load data: or mailto:, and the reason names the allowed schemes', () => {
    expect(isSafeUrl('data:image/png;base64,xx', 'src')).toBe(false);
    expect(isSafeUrl('mailto:a@example.org', 'src')).toBe(false);
    expect(isSafeUrl('https://example.org/a.png', 'src')).toBe(true);
    expect(unsafeUrlReason('data:x', 'src')).toBe(
      'scheme "data:" is not allowed (allowed: http:, https:, relative URLs)',
    );
  });

  test('property: javascript: survives no mix of case, tabs, newlines, leading controls or character references', () => {
    const obfuscate = fc
      .tuple(
        fc.array(fc.constantFrom(' ', '\u0000', '\u0001', '\u001f'), { maxLength: 3 }),
        fc.array(fc.tuple(fc.boolean(), fc.constantFrom('', '\t', '\n', '\r', '&#x09;', '&#10;', '&Tab;')), {
          minLength: 10,
          maxLength: 10,
        }),
        fc.constantFrom(':', '&colon;', '&#58;', '&#x3a;'),
      )
      .map(
        ([lead, chars, colon]) =>
          lead.join('') +
          [...'javascript']
            .map((c, i) => {
              const [upper, gap] = chars[i]!;
              const letter = upper ? c.toUpperCase() : c;
              return i === 0 ? letter : gap + letter;
            })
            .join('') +
          colon +
          'alert(1)',
      );
    fc.assert(fc.property(obfuscate, (url) => !isSafeUrl(url, 'href') && !isSafeUrl(url, 'src')));
  });
});
