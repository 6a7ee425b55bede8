// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { serializeSvg } from '../../../src/components/figures/frame/export.ts';

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('serializeSvg', () => {
  test('inlines computed styles, drops classes and keeps the drawing', () => {
    document.head.innerHTML = '<style>.hit { fill: rgb(0, 128, 0); stroke: rgb(1, 2, 3); }</style>';
    document.body.innerHTML =
      '<svg viewBox="0 0 10 10" width="100" height="50"><rect class="hit" width="4" height="4"/><text x="1" y="9">命中</text></svg>';
    const svg = document.querySelector('svg')!;
    const markup = serializeSvg(svg);
    expect(markup.startsWith('<?xml')).toBe(true);
    expect(markup).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(markup).toMatch(/<rect[^>]*style="[^"]*fill:\s*rgb\(0, 128, 0\)/);
    expect(markup).toMatch(/<rect[^>]*style="[^"]*stroke:\s*rgb\(1, 2, 3\)/);
    expect(markup).not.toContain('class="hit"');
    expect(markup).toContain('命中');
    expect(markup).toContain('width="100"');
    expect(svg.querySelector('rect')!.getAttribute('class')).toBe('hit');
  });

  test('writes only what differs from the parent and drops CSS variables', () => {
    document.head.innerHTML = '<style>svg { fill: rgb(9, 9, 9); } .a { fill: rgb(1, 1, 1); }</style>';
    document.body.innerHTML =
      '<svg viewBox="0 0 10 10"><g class="a"><rect width="1" height="1"/><rect class="a" stroke="var(--x)" width="2" height="2" style="fill: var(--y); transform: scale(2)"/></g></svg>';
    const markup = serializeSvg(document.querySelector('svg')!);
    expect(markup).toMatch(/<g style="fill:\s*rgb\(1, 1, 1\)">/);
    expect(markup).toContain('<rect width="1" height="1"/>');
    expect(markup).not.toContain('var(');
    expect(markup).toMatch(/transform: scale\(2\)/);
  });

  test('adds a background rectangle first when a colour is given', () => {
    document.body.innerHTML = '<svg viewBox="0 0 10 10"><circle r="3"/></svg>';
    const markup = serializeSvg(document.querySelector('svg')!, 'rgb(255, 255, 255)');
    expect(markup).toMatch(
      /<svg[^>]*><rect width="100%" height="100%" fill="rgb\(255, 255, 255\)"[^>]*\/?>(<\/rect>)?<circle/,
    );
  });
});
