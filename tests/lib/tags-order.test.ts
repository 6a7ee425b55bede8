import { describe, expect, test } from 'vitest';
import { entryHref, flattenSidebar, sortByBookOrder } from '../../src/lib/book-order.ts';
import { groupTags, tagSlug, tagUrl } from '../../src/lib/tags.ts';

describe('tags', () => {
  test('slugs keep Chinese, lower-case Latin, and the levels of an Obsidian nested tag', () => {
    expect(tagSlug('基础')).toBe('基础');
    expect(tagSlug('System V')).toBe('system-v');
    expect(tagSlug('os/进程')).toBe('os/进程');
    expect(tagUrl('IPC', '/book')).toBe('/book/tags/ipc/');
  });
  test('groups pages by tag; spellings that share a slug share a page; most pages first', () => {
    const groups = groupTags([
      { id: 'a', tags: ['IPC', '管道'] },
      { id: 'b', tags: ['ipc'] },
      { id: 'c', tags: ['管道', ''] },
      { id: 'd', tags: ['IPC'] },
    ]);
    expect(groups.map((g) => [g.tag, g.ids])).toEqual([
      ['IPC', ['a', 'b', 'd']],
      ['管道', ['a', 'c']],
    ]);
  });
});

describe('book order', () => {
  const sidebar = [
    {
      type: 'group' as const,
      label: '开始',
      entries: [{ type: 'link' as const, href: '/book/', label: '关于本书' }],
    },
    {
      type: 'group' as const,
      label: '第一部分',
      entries: [
        { type: 'link' as const, href: '/book/basics/b/', label: '乙' },
        { type: 'link' as const, href: '/book/basics/a/', label: '甲' },
      ],
    },
  ];
  test("flattens the sidebar with each link's part", () => {
    expect(flattenSidebar(sidebar).map((l) => `${l.part}:${l.label}`)).toEqual([
      '开始:关于本书',
      '第一部分:乙',
      '第一部分:甲',
    ]);
  });
  test('sorts entries as the sidebar does; entries it lacks go last', () => {
    const ids = sortByBookOrder(
      [{ id: 'basics/a' }, { id: 'zzz' }, { id: 'index' }, { id: 'basics/b' }],
      flattenSidebar(sidebar),
      '/book/',
    );
    expect(ids.map((e) => e.id)).toEqual(['index', 'basics/b', 'basics/a', 'zzz']);
    expect(entryHref('index', '/book')).toBe('/book/');
  });
});
