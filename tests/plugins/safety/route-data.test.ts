import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { describe, expect, test } from 'vitest';
import type { SafetyWarning } from '../../../src/plugins/safety/report.ts';
import { escapeHtml, safeRouteData } from '../../../src/plugins/safety/route-data.ts';

const HOSTILE_TITLE = "标题</title><script>alert('t')</script>";

/** Route data shaped as Starlight 0.42 builds it (utils/routing/data.js), with the given front matter. */
function route(data: Record<string, unknown>, extra: Record<string, unknown> = {}): StarlightRouteData {
  const title = (data.title as string) ?? HOSTILE_TITLE;
  return {
    id: 'notes/a',
    entry: { id: 'notes/a', filePath: 'src/content/docs/notes/a.md', data: { title, ...data } },
    head: [
      { tag: 'meta', attrs: { charset: 'utf-8' } },
      { tag: 'title', content: `${title} | 进程与线程` },
      { tag: 'meta', attrs: { property: 'og:title', content: title } },
      ...((data.head as unknown[]) ?? []).map((entry) => structuredClone(entry)),
    ],
    sidebar: [],
    pagination: { prev: undefined, next: undefined },
    editUrl: undefined,
    ...extra,
  } as unknown as StarlightRouteData;
}

/** Runs the middleware's work on `r`, returning the warnings it printed. */
function run(r: StarlightRouteData): string[] {
  const warnings: SafetyWarning[] = [];
  safeRouteData(r, (w) => warnings.push(w));
  return warnings.map((w) => `${w.file}: ${w.message}`);
}

describe('safeRouteData: front-matter strings reach the page as text', () => {
  test('the <title> text is escaped, attributes are left for Astro to escape', () => {
    const r = route({});
    expect(run(r)).toEqual([]);
    expect(r.head.find((e) => e.tag === 'title')?.content).toBe(`${escapeHtml(HOSTILE_TITLE)} | 进程与线程`);
    expect(r.head.find((e) => e.tag === 'title')?.content).not.toContain('<');
    expect(r.head.find((e) => e.attrs?.property === 'og:title')?.attrs?.content).toBe(HOSTILE_TITLE);
  });

  test('front-matter head entries: only <meta> without http-equiv (and an escaped <title>) stay', () => {
    const head = [
      { tag: 'script', content: 'alert(1)' },
      { tag: 'style', content: 'body{background:url(//evil.invalid/x)}' },
      { tag: 'link', attrs: { rel: 'stylesheet', href: 'https://evil.invalid/x.css' } },
      { tag: 'base', attrs: { href: 'https://evil.invalid/' } },
      { tag: 'meta', attrs: { 'http-equiv': 'refresh', content: '0;url=javascript:alert(1)' } },
      { tag: 'meta', attrs: { name: 'keywords', content: '"><script>' } },
      { tag: 'title', content: '</title><script>alert(2)</script>' },
    ];
    const r = route({ head });
    const warnings = run(r);
    expect(r.head.map((e) => e.tag)).toEqual(['meta', 'title', 'meta', 'meta', 'title']);
    expect(r.head.at(-1)?.content).toBe('&#60;/title&#62;&#60;script&#62;alert(2)&#60;/script&#62;');
    expect(warnings).toEqual(
      ['script', 'style', 'link', 'base', 'meta'].map(
        (tag) =>
          `src/content/docs/notes/a.md: front matter head <${tag}> removed: a page may only add <meta> without http-equiv`,
      ),
    );
  });

  test('hero title (defaulting to the page title), tagline, image html and icon html are escaped; a javascript: action is dropped', () => {
    const r = route({
      hero: {
        tagline: '<b>x</b>',
        image: { html: '<img src=x onerror=alert(1)>' },
        actions: [
          { text: 'a', link: 'javascript:alert(1)', variant: 'primary' },
          {
            text: 'b',
            link: '../b/',
            variant: 'primary',
            icon: { type: 'raw', html: '<svg onload=alert(1)>' },
            attrs: { onclick: 'alert(1)', class: 'ok' },
          },
        ],
      },
      banner: { content: '<img src=x onerror=alert(1)>' },
    });
    const warnings = run(r);
    const hero = r.entry.data.hero!;
    expect(hero.title).toBe(escapeHtml(HOSTILE_TITLE));
    expect(hero.tagline).toBe('&#60;b&#62;x&#60;/b&#62;');
    expect(hero.image && 'html' in hero.image && hero.image.html).toBe(
      '&#60;img src=x onerror=alert(1)&#62;',
    );
    expect(hero.actions.map((a) => a.text)).toEqual(['b']);
    expect(hero.actions[0]?.attrs).toEqual({ class: 'ok' });
    expect(
      hero.actions[0]?.icon && 'html' in hero.actions[0].icon && hero.actions[0].icon.html,
    ).not.toContain('<');
    expect(r.entry.data.banner?.content).not.toContain('<');
    expect(warnings.map((w) => w.replace(/^[^:]+: /, ''))).toEqual([
      'front matter hero.image.html is shown as text: front-matter strings are never markup',
      'front matter hero.actions[0].link "javascript:alert(1)" removed with its button: not an http, https, mailto or relative URL',
      'front matter hero.actions[1].attrs.onclick removed: only class, title, lang, dir, aria-* and data-* are allowed',
    ]);
  });

  test('sidebar attributes lose handlers and styles on every page; prev/next and editUrl lose unsafe links', () => {
    const link = (attrs: Record<string, string>, href = '/x/') =>
      ({ type: 'link', label: 'x', href, isCurrent: false, badge: undefined, attrs }) as const;
    const r = route(
      {},
      {
        sidebar: [
          {
            type: 'group',
            label: 'g',
            collapsed: false,
            badge: undefined,
            entries: [link({ onmouseover: 'alert(1)', class: 'c', 'data-x': '1' })],
          },
          link({ style: 'background:url(//evil.invalid/)', 'aria-label': 'l' }),
        ],
        pagination: { prev: link({}, 'JaVaScRiPt:alert(1)'), next: link({}, '../next/') },
        editUrl: new URL('javascript:alert(1)'),
      },
    );
    const warnings = run(r);
    const [group, second] = r.sidebar;
    expect(group?.type === 'group' && group.entries[0]?.type === 'link' && group.entries[0].attrs).toEqual({
      class: 'c',
      'data-x': '1',
    });
    expect(second?.type === 'link' && second.attrs).toEqual({ 'aria-label': 'l' });
    expect(r.pagination.prev).toBeUndefined();
    expect(r.pagination.next?.href).toBe('../next/');
    expect(r.editUrl).toBeUndefined();
    expect(warnings).toHaveLength(2);
  });

  test('the book’s own home page front matter passes unchanged', () => {
    const hero = {
      tagline: '进程是资源的容器，线程是容器里的执行流。',
      actions: [
        {
          text: '从第一章读起',
          link: 'basics/process-and-thread/',
          variant: 'primary',
          icon: { type: 'icon', name: 'right-arrow' },
        },
      ],
    };
    const r = route({ title: '进程与线程', hero: structuredClone(hero) });
    expect(run(r)).toEqual([]);
    expect(r.entry.data.hero).toEqual({
      ...hero,
      title: '进程与线程',
      actions: hero.actions.map((a) => ({ ...a, attrs: undefined })),
    });
  });
});
