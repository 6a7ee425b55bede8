import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
  buildEmbedUrl,
  buildIframeCode,
  buildShareUrl,
  normalizeBase,
  parseFigureParams,
  readFigureParams,
  readFigureState,
  readIntParam,
  readStepParam,
  writeFigureParams,
} from '../../../src/components/figures/parts/url-state.ts';

describe('normalizeBase', () => {
  test.each([
    ['', '/'],
    ['/', '/'],
    ['/book', '/book/'],
    ['book/', '/book/'],
    ['/a/b/', '/a/b/'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeBase(input)).toBe(expected);
  });
});

describe('readFigureParams / writeFigureParams', () => {
  test('round-trips parameters through a query string', () => {
    const params = { seed: '42', step: '7', pcid: '0' };
    const search = writeFigureParams('', params);
    expect(readFigureParams(search, 'tlb-flush')).toEqual(params);
  });

  test('keeps unrelated keys and removes undefined ones', () => {
    expect(writeFigureParams('?a=1&step=2&x=3', { step: '5', seed: '9', x: undefined })).toBe(
      '?a=1&step=5&seed=9',
    );
  });

  test('a query aimed at another figure is ignored', () => {
    expect(readFigureParams('?fig=tlb-flush&seed=7', 'ipc-compare')).toEqual({});
    expect(readFigureParams('?fig=tlb-flush&seed=7', 'tlb-flush')).toEqual({ seed: '7' });
  });

  test('encodes values that need escaping', () => {
    const search = writeFigureParams('', { note: 'a b&c=d' });
    expect(readFigureParams(search)).toEqual({ note: 'a b&c=d' });
  });
});

describe('buildShareUrl', () => {
  test('replaces the page query with the figure state and jumps to the figure', () => {
    const url = buildShareUrl('https://x.org/book/switching/tlb/?old=1#top', 'tlb-flush', {
      seed: '3',
      step: '4',
    });
    expect(url).toBe('https://x.org/book/switching/tlb/?fig=tlb-flush&seed=3&step=4#figure-tlb-flush');
    expect(readFigureParams(new URL(url).search, 'tlb-flush')).toEqual({ seed: '3', step: '4' });
  });
});

describe('buildEmbedUrl and buildIframeCode', () => {
  test('honour a base path', () => {
    expect(buildEmbedUrl('tlb-flush', { seed: '7' }, '/book/', 'https://x.org')).toBe(
      'https://x.org/book/embed/tlb-flush/?seed=7',
    );
    expect(buildEmbedUrl('tlb-flush', {}, '/')).toBe('/embed/tlb-flush/');
    const code = buildIframeCode(
      'task-cost',
      { tasks: '10' },
      { title: '代价 "A"', base: '/sub', origin: 'https://y.org/' },
    );
    expect(code).toContain('src="https://y.org/sub/embed/task-cost/?tasks=10"');
    expect(code).toContain('title="代价 &quot;A&quot;"');
    expect(code).toMatch(/^<iframe [^>]*><\/iframe>$/);
  });

  test('escapes the ampersands of several parameters in the src attribute', () => {
    const code = buildIframeCode('x', { a: '1', b: '2' }, { title: 't', base: '/', origin: '' });
    expect(code).toContain('src="/embed/x/?a=1&amp;b=2"');
  });
});

describe('readIntParam and readStepParam', () => {
  test('absent means the fallback; malformed means NaN', () => {
    expect(readIntParam({}, 'seed', 1)).toBe(1);
    expect(readIntParam({ seed: '12' }, 'seed', 1)).toBe(12);
    expect(readIntParam({ seed: '1.5' }, 'seed', 1)).toBeNaN();
  });

  test.each([
    [{}, { ok: true, value: 0 }],
    [{ step: '3' }, { ok: true, value: 3 }],
    [{ step: '10' }, { ok: true, value: 10 }],
  ])('accepts %j', (params, expected) => {
    expect(readStepParam(params, 10)).toEqual(expected);
  });

  test.each([{ step: '11' }, { step: '-1' }, { step: 'abc' }])('rejects %j with a message', (params) => {
    const result = readStepParam(params, 10);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain('step');
  });
});

describe('parseFigureParams', () => {
  const schema = z.object({
    seed: z.coerce.number().int().min(0).default(1),
    pcid: z.enum(['0', '1']).default('1'),
  });

  test('returns the validated value with defaults', () => {
    expect(parseFigureParams(schema, { seed: '5' })).toEqual({ ok: true, value: { seed: 5, pcid: '1' } });
  });

  test('names every wrong parameter in one readable message', () => {
    const result = readFigureState(schema, '?seed=x&pcid=2', 'tlb-flush');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^网址参数无效：/);
      expect(result.error).toContain('seed:');
      expect(result.error).toContain('pcid:');
    }
  });
});

describe('embed page options', () => {
  test('theme, transparent and presenter are not figure parameters', () => {
    expect(readFigureParams('?theme=dark&transparent=1&presenter=1&step=2', 'tlb-flush')).toEqual({
      step: '2',
    });
  });
});
