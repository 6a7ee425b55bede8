/** One schema per figure: props, URL, links and the parameter list all come from `defineOptions`. */
import { describe, expect, test } from 'vitest';
import {
  boolOption,
  defineOptions,
  enumOption,
  intOption,
  textOption,
} from '../../../src/components/figures/frame/options.ts';
import { readPlayerOptions } from '../../../src/lib/figure-url.ts';
import { MIN_ZOOM, nextZoom } from '../../../src/components/figures/frame/fit.ts';
import { FIGURES } from '../../../src/components/figures/registry.ts';
import { tlbOptions } from '../../../src/components/figures/tlb-flush/options.ts';

const demo = defineOptions({
  seed: intOption({ key: 'seed', min: 0, max: 9, default: 1, meaning: '种子' }),
  pcid: boolOption({ key: 'pcid', default: false, meaning: 'PCID' }),
  kind: enumOption(['a', 'b'], { key: 'kind', default: 'a', meaning: '种类' }),
  q: textOption({ key: 'q', max: 3, default: '', meaning: '筛选' }),
  ways: intOption({ min: 1, max: 4, default: 2, meaning: '只在 MDX 中' }),
});

describe('defineOptions', () => {
  test('the parameter list has every URL key with its default as written in a URL, in order', () => {
    expect(demo.params).toEqual([
      { name: 'seed', meaning: '种子', default: '1' },
      { name: 'pcid', meaning: 'PCID', default: '0' },
      { name: 'kind', meaning: '种类', default: 'a' },
      { name: 'q', meaning: '筛选', default: '' },
    ]);
  });

  test('props: typed values, title, and children ignored; an unknown prop is an error naming it', () => {
    expect(demo.parseProps({ seed: 3, pcid: true, title: 'x', children: [] })).toEqual({
      ok: true,
      value: { seed: 3, pcid: true, title: 'x' },
    });
    const bad = demo.parseProps({ sead: 3 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain('sead');
  });

  test('URL: strings read into values; bad values name the key; other keys are ignored', () => {
    expect(demo.parseUrl({ seed: '7', pcid: '1', kind: 'b', utm: 'x' })).toEqual({
      ok: true,
      value: { seed: 7, pcid: true, kind: 'b' },
    });
    for (const [key, value] of [
      ['seed', '1.5'],
      ['seed', ''],
      ['seed', '10'],
      ['pcid', 'yes'],
      ['kind', 'c'],
      ['q', 'long'],
    ]) {
      const parsed = demo.parseUrl({ [key!]: value! });
      expect(parsed.ok, `${key}=${value}`).toBe(false);
      expect(!parsed.ok && parsed.error).toContain(key);
    }
    // A prop without a URL key cannot be set from a URL.
    expect(demo.parseUrl({ ways: '3' })).toEqual({ ok: true, value: {} });
  });

  test('toUrl writes every URL key, so a link means the same on any page; parseUrl reads it back', () => {
    const values = { ...demo.defaults, seed: 4, kind: 'b' as const };
    const url = demo.toUrl(values);
    expect(url).toEqual({ seed: '4', pcid: '0', kind: 'b', q: '' });
    expect(demo.parseUrl(url)).toEqual({ ok: true, value: { seed: 4, pcid: false, kind: 'b', q: '' } });
  });
});

describe('the registry derives each figure’s parameters from its options', () => {
  test('the TLB figure lists exactly its options’ URL keys', () => {
    const tlb = FIGURES.find((f) => f.id === 'tlb-flush')!;
    expect(tlb.params).toBe(tlbOptions.params);
    expect(tlb.params.map((p) => p.name)).toEqual([
      'seed',
      'step',
      'policy',
      'compare',
      'entries',
      'trace',
      'tasks',
      'tpp',
    ]);
  });
  test.each(FIGURES.map((f) => [f.id, f] as const))(
    '%s: every listed default is a valid URL value',
    (_, figure) => {
      const defaults = Object.fromEntries(figure.params.map((p) => [p.name, p.default]));
      expect(figure.validate(defaults)).toBeNull();
    },
  );
});

describe('player options in the URL', () => {
  test.each([
    ['', { ok: true, value: { autoplay: false, speed: undefined } }],
    ['?autoplay=1&speed=2', { ok: true, value: { autoplay: true, speed: 2 } }],
    ['?autoplay=0&speed=0.5', { ok: true, value: { autoplay: false, speed: 0.5 } }],
  ])('%s', (search, expected) => expect(readPlayerOptions(search)).toEqual(expected));
  test.each(['?autoplay=yes', '?speed=3', '?speed=fast'])('%s is an error naming the key', (search) => {
    const result = readPlayerOptions(search);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/autoplay|speed/);
  });
});

describe('nextZoom', () => {
  test('keeps the zoom when the content fits', () => expect(nextZoom(1, [800, 400], [800, 400])).toBe(1));
  test('shrinks by the larger overflow', () => expect(nextZoom(1, [800, 400], [800, 500])).toBeCloseTo(0.8));
  test('never below the floor', () => expect(nextZoom(0.5, [100, 100], [1000, 1000])).toBe(MIN_ZOOM));
});
