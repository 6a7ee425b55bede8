import { describe, expect, test } from 'vitest';
import { filterStyle } from '../../../src/plugins/safety/style-filter.ts';

describe('filterStyle', () => {
  test('keeps colour, type and spacing declarations', () => {
    expect(filterStyle('color: red; font-weight: bold; background-color: rgb(1, 2, 3)')).toEqual({
      style: 'color: red; font-weight: bold; background-color: rgb(1, 2, 3)',
      dropped: [],
    });
  });

  test.each([
    'background: url(https://evil.invalid/x.png)',
    'background-color: url(x)',
    'color: u\\72l(x)',
    'background-color: image-set("x.png" 1x)',
    'color: expression(alert(1))',
    'position: fixed',
    'z-index: 9999',
    'behavior: url(x.htc)',
    '-moz-binding: url(x.xml#a)',
    'color: red /* comment */',
    'font-family: "a" @import',
    'color: <script>',
  ])('drops %j', (declaration) => {
    const result = filterStyle(`color: blue; ${declaration}`);
    expect(result.style).toBe('color: blue');
    expect(result.dropped).toEqual([declaration]);
  });

  test('an attribute with nothing left is dropped entirely', () => {
    expect(filterStyle('background:url(x)').style).toBeUndefined();
  });
});
