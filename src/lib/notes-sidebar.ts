/**
 * The sidebar of a site with imported notes, cut to a size that does not grow with the vault.
 *
 * Starlight gives every page the whole sidebar: with 2,000 notes that is 2,000 links (about 520 KB)
 * on every page, so the site grows with the square of the vault. Here a page keeps the branch that
 * leads to it: at each folder on its path, the sub-folders as one link each (with their number of
 * notes) and at most `window` of the folder's notes around the current one; every other folder
 * becomes one link to the page that lists all notes (`indexHref#folder`). A page outside the notes
 * (a chapter) shows the notes as one link. So a note page is the same size at 200 and 2,000 notes.
 *
 * Pure: works on Starlight's route data (`starlightRoute.sidebar`), with no Astro import.
 *   pruneNotesSidebar([{ type: 'group', label: '笔记', entries: [200 links…] }], { base: '/', notesDir: 'notes', … })
 *   → on /notes/a/: the group with 40 links around /notes/a/ and “全部 200 篇” → /all-notes/#notes
 */

/** A sidebar link, as Starlight's route data has it (the fields this module reads and writes). */
export interface SidebarLinkEntry {
  type: 'link';
  label: string;
  href: string;
  isCurrent: boolean;
  badge: { text: string; variant: 'note' | 'danger' | 'success' | 'caution' | 'tip' | 'default' } | undefined;
  attrs: Record<string, string | number | boolean | undefined>;
}
/** A sidebar group. */
export interface SidebarGroupEntry {
  type: 'group';
  label: string;
  entries: SidebarEntryLike[];
  collapsed: boolean;
  badge: SidebarLinkEntry['badge'];
}
/** One entry of the sidebar. */
export type SidebarEntryLike = SidebarLinkEntry | SidebarGroupEntry;

/** How the notes are found and where the rest of them is listed. */
export interface NotesSidebarOptions {
  /** The site's base path, ending in `/`: `/`, `/book/`. */
  readonly base: string;
  /** The folder of the notes below the base: `notes` (the book), `` (a vault as its own site). */
  readonly notesDir: string;
  /** The page listing every note, by folder: `/all-notes/`. */
  readonly indexHref: string;
  /** Most notes of one folder shown around the current page. Default: 40. */
  readonly window?: number;
  /** The label of the link to a folder's full list: `全部 120 篇` / `All 120 notes`. */
  readonly allLabel: (count: number) => string;
}

/** The anchor of a folder on the index page: its URL path below the base, `notes/obsidian-publish`. */
export function folderAnchor(folderPath: string): string {
  return folderPath.replace(/^\/+|\/+$/g, '');
}

function links(entry: SidebarEntryLike): SidebarLinkEntry[] {
  return entry.type === 'link' ? [entry] : entry.entries.flatMap(links);
}

function containsCurrent(entry: SidebarEntryLike): boolean {
  return entry.type === 'link' ? entry.isCurrent : entry.entries.some(containsCurrent);
}

/** Whether a group holds notes only (and at least one). */
function isNotesGroup(group: SidebarGroupEntry, prefix: string): boolean {
  const all = links(group);
  return all.length > 0 && all.every((link) => link.href.startsWith(prefix));
}

/** The folder a group stands for, `depth` segments of its first note's URL below the base. */
function folderOf(group: SidebarGroupEntry, base: string, depth: number): string {
  const first = links(group)[0]?.href ?? base;
  return first.slice(base.length).split('/').filter(Boolean).slice(0, depth).join('/');
}

function folderLink(
  group: SidebarGroupEntry,
  anchor: string,
  options: NotesSidebarOptions,
): SidebarLinkEntry {
  return {
    type: 'link',
    label: group.label,
    href: `${options.indexHref}#${anchor}`,
    isCurrent: false,
    badge: { text: String(links(group).length), variant: 'default' },
    attrs: { class: 'notes-folder-link' },
  };
}

/** One folder's entries, on the current page's path: sub-folders as links, notes windowed. */
function pruneFolder(
  entries: readonly SidebarEntryLike[],
  anchor: string,
  depth: number,
  base: string,
  options: NotesSidebarOptions,
): SidebarEntryLike[] {
  const window = options.window ?? 40;
  const notes = entries.filter((entry): entry is SidebarLinkEntry => entry.type === 'link');
  const current = notes.findIndex((link) => link.isCurrent);
  let from = 0;
  if (notes.length > window && current >= 0) {
    from = Math.min(Math.max(0, current - Math.floor(window / 2)), notes.length - window);
  }
  const shown = new Set(notes.slice(from, from + window));
  const out: SidebarEntryLike[] = [];
  for (const entry of entries) {
    if (entry.type === 'link') {
      if (shown.has(entry)) out.push(entry);
    } else {
      const folder = folderOf(entry, base, depth + 1);
      out.push(
        containsCurrent(entry)
          ? {
              ...entry,
              collapsed: false,
              entries: pruneFolder(entry.entries, folder, depth + 1, base, options),
            }
          : folderLink(entry, folder, options),
      );
    }
  }
  if (shown.size < notes.length) {
    out.push({
      type: 'link',
      label: options.allLabel(notes.length),
      href: anchor ? `${options.indexHref}#${anchor}` : options.indexHref,
      isCurrent: false,
      badge: undefined,
      attrs: { class: 'notes-folder-link' },
    });
  }
  return out;
}

/**
 * The sidebar cut to the current page's branch of the notes (see the module comment). Entries that are
 * not notes (the book's parts) are kept as they are; a notes group off the current path becomes one link.
 */
export function pruneNotesSidebar(
  sidebar: readonly SidebarEntryLike[],
  options: NotesSidebarOptions,
): SidebarEntryLike[] {
  const { base } = options;
  const notesDir = folderAnchor(options.notesDir);
  // A vault as its own site: the whole sidebar is the notes' root folder. Starlight names the groups of
  // a content folder outside src/content/docs by its path from the project root (src › content › vault):
  // those wrappers, a single group each, are dropped.
  if (notesDir === '') {
    let root: readonly SidebarEntryLike[] = sidebar;
    while (root.length === 1 && root[0]?.type === 'group') root = root[0].entries;
    return pruneFolder(root, '', 0, base, options);
  }
  const prefix = `${base}${notesDir}/`;
  const depth = notesDir.split('/').length;
  const prune = (entries: readonly SidebarEntryLike[]): SidebarEntryLike[] =>
    entries.map((entry) => {
      if (entry.type === 'link') return entry;
      if (!isNotesGroup(entry, prefix)) return { ...entry, entries: prune(entry.entries) };
      return containsCurrent(entry)
        ? { ...entry, collapsed: false, entries: pruneFolder(entry.entries, notesDir, depth, base, options) }
        : folderLink(entry, notesDir, options);
    });
  return prune(sidebar);
}
