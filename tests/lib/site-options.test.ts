import { describe, expect, test } from 'vitest';
import { siteOptions } from '../../src/lib/site-options.mjs';

describe('siteOptions', () => {
  test.each([
    [{}, { site: undefined, base: '/' }],
    [{ BASE_PATH: 'book' }, { site: undefined, base: '/book/' }],
    [{ BASE_PATH: '/os/book/' }, { site: undefined, base: '/os/book/' }],
    [{ SITE_URL: 'https://example.org/' }, { site: 'https://example.org', base: '/' }],
  ])('reads %j', (env, expected) => {
    expect(siteOptions(env)).toEqual(expected);
  });

  test('rejects a relative SITE_URL with a message naming the variable', () => {
    expect(() => siteOptions({ SITE_URL: 'example.org' })).toThrow(/SITE_URL/);
  });

  test('rejects a BASE_PATH with a query', () => {
    expect(() => siteOptions({ BASE_PATH: 'a?b' })).toThrow(/BASE_PATH/);
  });
});
