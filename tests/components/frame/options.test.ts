import { describe, expect, test } from 'vitest';
import {
  buildEmbedUrl,
  buildIframeCode,
  buildShareUrl,
  readFigureParams,
  writeFigureParams,
} from '../../../src/components/figures/frame/url-state.ts';

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
