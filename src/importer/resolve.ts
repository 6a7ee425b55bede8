/**
 * Obsidian's link resolution over a vault, written from its help pages rather than guessed:
 * a link names a file by its name (notes without `.md`), by a path from the vault root, or by the
 * shortest path that is unique; names compare case-insensitively; a note's `aliases` answer too.
 * A name several files share goes to the nearest, as Obsidian's `getFirstLinkpathDest` picks the
 * best match from the linking note: one in the same folder, else the shortest path (then path
 * order); the pick says which candidates it chose among, so it is reported, never silent.
 * @see https://help.obsidian.md/links (Internal links; "Shortest path when possible")
 * @see https://help.obsidian.md/aliases (Aliases)
 * @see https://docs.obsidian.md/Reference/TypeScript+API/MetadataCache/getFirstLinkpathDest
 */
import { NOTE_FILE, type VaultFile } from './vault.ts';

/** The outcome of resolving a link path. */
export type Resolved =
  | {
      readonly kind: 'found';
      readonly file: VaultFile;
      /** The files of the same name it was chosen among (the nearest), when there were several. */
      readonly among?: readonly string[];
    }
  | { readonly kind: 'missing' };

/** Files of a vault, looked up by lower-cased path, name and alias in constant time. */
export interface VaultIndex {
  readonly byPath: ReadonlyMap<string, VaultFile[]>;
  readonly byName: ReadonlyMap<string, VaultFile[]>;
  readonly byAlias: ReadonlyMap<string, VaultFile[]>;
  /** Lower-cased paths by their last two, three… segments, for "shortest unique path" lookups. */
  readonly bySuffix: ReadonlyMap<string, VaultFile[]>;
}

/** A link name as a key: a note's `.md`/`.txt` dropped, Unicode NFC, lower case. */
export function nameKey(path: string): string {
  return path.replace(NOTE_FILE, '').normalize('NFC').toLowerCase();
}

function add(map: Map<string, VaultFile[]>, key: string, file: VaultFile): void {
  const list = map.get(key);
  if (!list) map.set(key, [file]);
  else if (!list.includes(file)) list.push(file);
}

/** Indexes the vault's files and each note's aliases. */
export function indexVault(
  files: readonly VaultFile[],
  aliasesOf: (note: string) => readonly string[],
): VaultIndex {
  const byPath = new Map<string, VaultFile[]>();
  const byName = new Map<string, VaultFile[]>();
  const byAlias = new Map<string, VaultFile[]>();
  const bySuffix = new Map<string, VaultFile[]>();
  for (const file of files) {
    const key = file.kind === 'note' ? nameKey(file.path) : file.path.normalize('NFC').toLowerCase();
    add(byPath, key, file);
    const segments = key.split('/');
    add(byName, segments.at(-1)!, file);
    for (let i = segments.length - 2; i > 0; i--) add(bySuffix, segments.slice(i).join('/'), file);
    if (file.kind === 'note')
      for (const alias of aliasesOf(file.path)) add(byAlias, nameKey(alias.trim()), file);
  }
  return { byPath, byName, byAlias, bySuffix };
}

/** Joins `../x` onto the folder of `from` (a vault path); undefined when it climbs out of the vault. */
function joinFrom(from: string, path: string): string | undefined {
  const parts = from.split('/').slice(0, -1);
  for (const segment of path.split('/')) {
    if (segment === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/**
 * One file, or none; among several, the one whose case matches exactly, else the nearest to the
 * linking note `from`: in its folder, else the shortest path, else the first in path order.
 */
function pick(found: readonly VaultFile[] | undefined, written: string, from: string): Resolved | undefined {
  if (!found || found.length === 0) return undefined;
  if (found.length === 1) return { kind: 'found', file: found[0]! };
  const exact = found.filter((file) =>
    file.path.replace(NOTE_FILE, '').endsWith(written.replace(NOTE_FILE, '')),
  );
  if (exact.length === 1) return { kind: 'found', file: exact[0]! };
  const folder = from.split('/').slice(0, -1).join('/');
  const folderOf = (path: string): string => path.split('/').slice(0, -1).join('/');
  const nearest = [...found].sort(
    (a, b) =>
      Number(folderOf(b.path) === folder) - Number(folderOf(a.path) === folder) ||
      a.path.length - b.path.length ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
  )[0]!;
  return { kind: 'found', file: nearest, among: found.map((file) => file.path) };
}

/**
 * Resolves what a link names (`Note`, `folder/Note`, `./x.png`, `Note.md`) from the note `from`.
 * Order: a `./`/`../` path from the note's folder; a path from the vault root; the shortest
 * unique path ending (`b/Note` for `a/b/Note.md`); the file name; an alias (notes only).
 * @example resolveName(index, 'Settings', 'b/x.md') // { kind: 'found', file: b/Settings.md, among: ['a/Settings.md', 'b/Settings.md'] }
 */
export function resolveName(index: VaultIndex, name: string, from: string): Resolved {
  const written = name.trim().normalize('NFC');
  if (written.startsWith('./') || written.startsWith('../')) {
    const joined = joinFrom(from, written);
    return (
      (joined !== undefined && pick(index.byPath.get(nameKey(joined)), joined, from)) || { kind: 'missing' }
    );
  }
  const key = nameKey(written.replace(/^\/+/, ''));
  const viaPath =
    pick(index.byPath.get(key), written, from) ??
    (key.includes('/')
      ? pick(index.bySuffix.get(key), written, from)
      : pick(index.byName.get(key), written, from));
  return viaPath ?? pick(index.byAlias.get(key), written, from) ?? { kind: 'missing' };
}
