/**
 * The list of every imported note by folder, for `/all-notes/` (the page each note's sidebar links to
 * for the rest of the vault, src/lib/notes-sidebar.ts). Pure: entries in, folders out.
 */
import { folderAnchor } from './notes-sidebar.ts';

/** What the index needs of a page: its id (its URL path below the base), title and source file. */
export interface NoteEntry {
  readonly id: string;
  readonly title: string;
  /** The file, as the content loader gives it: `src/content/docs/notes/Obsidian Publish/Permalinks.md`. */
  readonly filePath: string | undefined;
}

/** One folder of the index: its anchor (the id of its heading), its name as in the vault, its notes. */
export interface NotesFolder {
  readonly anchor: string;
  readonly label: string;
  readonly notes: readonly { readonly id: string; readonly title: string }[];
}

/**
 * The notes below `notesDir` (`notes`, or `` for every page) grouped by folder, folders in path order and
 * notes by title. A folder's anchor is its URL path (`notes/obsidian-publish`), as the sidebar links it;
 * its label is its path in the vault (`Obsidian Publish`), read from the file path.
 */
export function groupNotesByFolder(entries: readonly NoteEntry[], notesDir: string): NotesFolder[] {
  const dir = folderAnchor(notesDir);
  const prefix = dir === '' ? '' : `${dir}/`;
  const folders = new Map<string, { label: string; notes: { id: string; title: string }[] }>();
  for (const entry of entries) {
    if (!entry.id.startsWith(prefix) && !(dir !== '' && entry.id === dir)) continue;
    const segments = entry.id.split('/');
    const anchor = segments.slice(0, -1).join('/') || dir;
    // The vault's own folder names: the last (depth) directories of the file path.
    const depth = anchor.split('/').filter(Boolean).length - (dir === '' ? 0 : dir.split('/').length);
    const fileDirs = (entry.filePath ?? '').split('/').slice(0, -1);
    const label = depth > 0 ? fileDirs.slice(-depth).join(' / ') : '';
    const folder = folders.get(anchor) ?? { label, notes: [] };
    folder.notes.push({ id: entry.id, title: entry.title });
    folders.set(anchor, folder);
  }
  return [...folders.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a < b ? -1 : 1))
    .map(([anchor, folder]) => ({
      anchor,
      label: folder.label,
      notes: folder.notes.sort((x, y) => x.title.localeCompare(y.title)),
    }));
}
