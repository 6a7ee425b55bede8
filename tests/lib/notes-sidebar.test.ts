import { describe, expect, test } from 'vitest';
import {
  pruneNotesSidebar,
  type SidebarEntryLike,
  type SidebarGroupEntry,
  type SidebarLinkEntry,
} from '../../src/lib/notes-sidebar.ts';

const link = (href: string, current = false): SidebarLinkEntry => ({
  type: 'link',
  label: href,
  href,
  isCurrent: current,
  badge: undefined,
  attrs: {},
});
const group = (label: string, entries: SidebarEntryLike[]): SidebarGroupEntry => ({
  type: 'group',
  label,
  entries,
  collapsed: true,
  badge: undefined,
});

/** A vault of `folders` folders of `perFolder` notes each, under /notes/, with the book's parts before it. */
function sidebar(folders: number, perFolder: number, current?: string): SidebarEntryLike[] {
  const notes = Array.from({ length: folders }, (_, f) =>
    group(
      `Folder ${f}`,
      Array.from({ length: perFolder }, (_, n) => {
        const href = `/notes/folder-${f}/note-${n}/`;
        return link(href, href === current);
      }),
    ),
  );
  return [
    group('第一部分', [link('/basics/a/', current === '/basics/a/'), link('/basics/b/')]),
    group('笔记', [link('/notes/home/', current === '/notes/home/'), ...notes]),
  ];
}

const options = {
  base: '/',
  notesDir: 'notes',
  indexHref: '/all-notes/',
  window: 10,
  allLabel: (count: number) => `全部 ${count} 篇`,
};

const size = (entries: SidebarEntryLike[]): number => JSON.stringify(entries).length;

describe('pruneNotesSidebar', () => {
  test('a note page keeps its own folder and one link per other folder, with its count', () => {
    const pruned = pruneNotesSidebar(sidebar(3, 4, '/notes/folder-1/note-2/'), options);
    const notes = pruned[1] as SidebarGroupEntry;
    expect(notes.collapsed).toBe(false);
    expect(notes.entries.map((entry) => [entry.type, entry.label])).toEqual([
      ['link', '/notes/home/'],
      ['link', 'Folder 0'],
      ['group', 'Folder 1'],
      ['link', 'Folder 2'],
    ]);
    expect(notes.entries[1]).toMatchObject({ href: '/all-notes/#notes/folder-0', badge: { text: '4' } });
    expect((notes.entries[2] as SidebarGroupEntry).entries).toHaveLength(4);
    // The book's parts are untouched.
    expect(pruned[0]).toEqual(sidebar(3, 4)[0]);
  });

  test('a chapter shows the notes as one link to the index', () => {
    const pruned = pruneNotesSidebar(sidebar(3, 4, '/basics/a/'), options);
    expect(pruned[1]).toMatchObject({
      type: 'link',
      label: '笔记',
      href: '/all-notes/#notes',
      badge: { text: '13' },
    });
  });

  test('a large folder shows a window of notes around the current one and a link to the rest', () => {
    const pruned = pruneNotesSidebar(sidebar(1, 100, '/notes/folder-0/note-50/'), options);
    const folder = (pruned[1] as SidebarGroupEntry).entries[1] as SidebarGroupEntry;
    const hrefs = folder.entries.map((entry) => (entry as SidebarLinkEntry).href);
    expect(hrefs).toHaveLength(11);
    expect(hrefs).toContain('/notes/folder-0/note-50/');
    expect(hrefs.at(-1)).toBe('/all-notes/#notes/folder-0');
    expect(folder.entries.at(-1)?.label).toBe('全部 100 篇');
  });

  test('a note page is the same size at 200 and at 2,000 notes (folders of 20)', () => {
    const small = size(pruneNotesSidebar(sidebar(10, 20, '/notes/folder-3/note-7/'), options));
    const large = size(pruneNotesSidebar(sidebar(100, 20, '/notes/folder-3/note-7/'), options));
    // 90 more folders cost one short link each; the notes themselves add nothing.
    expect(large - small).toBeLessThan(90 * 200);
    expect(size(sidebar(100, 20, '/notes/folder-3/note-7/'))).toBeGreaterThan(10 * large);
  });

  test('a vault as its own site: the whole sidebar is the notes (folder wrappers dropped), folders become links', () => {
    const site: SidebarEntryLike[] = [
      link('/', false),
      group('Guides', [link('/guides/a/', true), link('/guides/b/')]),
      group('Plugins', [link('/plugins/c/')]),
    ];
    const pruned = pruneNotesSidebar([group('src', [group('content', [group('vault', site)])])], {
      ...options,
      notesDir: '',
    });
    expect(pruned.map((entry) => [entry.type, entry.label])).toEqual([
      ['link', '/'],
      ['group', 'Guides'],
      ['link', 'Plugins'],
    ]);
    expect(pruned[2]).toMatchObject({ href: '/all-notes/#plugins' });
  });

  test('under a base path', () => {
    const base = [group('笔记', [group('A', [link('/book/notes/a/x/')]), link('/book/notes/y/', true)])];
    const pruned = pruneNotesSidebar(base, { ...options, base: '/book/' });
    expect((pruned[0] as SidebarGroupEntry).entries[0]).toMatchObject({ href: '/all-notes/#notes/a' });
  });
});
