import { toPageSlug } from '../lib/paths.ts';
import type { IssueLog } from './issues.ts';
import type { Note } from './note.ts';
import { resolveName, type Resolved, type VaultIndex } from './resolve.ts';
import type { VaultFile } from './vault.ts';

/** Where a note is written: its page file (relative to the output folder) and that page's slug. */
export interface PagePlace {
  readonly page: string;
  readonly slug: string;
}

/** Everything the second pass needs about the whole vault. */
export interface VaultContext {
  readonly index: VaultIndex;
  readonly notes: ReadonlyMap<string, Note>;
  readonly places: ReadonlyMap<string, PagePlace>;
  /** How many vault attachments share each cleaned file name (a shared name gets a hash suffix). */
  readonly attachmentNames: ReadonlyMap<string, number>;
  readonly log: IssueLog;
}

/** What converting one page collected besides its text. */
export interface PageState {
  /** The page's own note (links inside embeds still resolve from the embedded note). */
  readonly host: Note;
  readonly place: PagePlace;
  /** Attachments to copy: output path (relative to the output folder) → vault path. */
  readonly copies: Map<string, string>;
  /** Inline footnotes `^[…]` turned into definitions, in order. */
  readonly footnotes: string[];
  /** Tags written inline as `#tag`. */
  readonly tags: string[];
  /** Whether a Mermaid diagram needs the browser renderer. */
  mermaidClient: boolean;
}

/** A page's slug from its path in the output folder (as Astro's loader computes it). */
export function slugOfPage(page: string): string {
  return toPageSlug(page);
}

/**
 * A link path from one page to another that the site's resolver reads relative to the first
 * page's folder (src/plugins/wikilinks/resolve.ts joinRelative), so it never depends on where the
 * output folder sits under src/content/docs, and never matches a page of the book by title.
 * @example relativeSlug('notes/a/b', 'notes/c/d') // '../c/d'
 */
export function relativeSlug(from: string, to: string): string {
  const folder = from === 'index' ? [] : from.split('/').slice(0, -1);
  const target = to.split('/');
  let common = 0;
  while (common < folder.length && common < target.length - 1 && folder[common] === target[common]) common++;
  const up = folder.length - common;
  const rest = target.slice(common).join('/');
  return up === 0 ? `./${rest}` : `${'../'.repeat(up)}${rest}`;
}

/** A file looked up through the vault index, reported when missing or chosen among several of one name. */
export function lookUp(
  context: VaultContext,
  name: string,
  from: Note,
  line: number,
  what: string,
): VaultFile | undefined {
  const found = resolveFromNote(context, name, from);
  if (found.kind === 'found') {
    if (found.among)
      context.log.warn(
        from.path,
        line,
        `${what} "${name}" names ${found.among.length} files (${found.among.join(', ')}); linked to the nearest, ${found.file.path}, as Obsidian does`,
      );
    return found.file;
  }
  const shown =
    what === 'link' ? 'shown as a link to a note not yet written, as Obsidian shows it' : 'shown as text';
  context.log.warn(from.path, line, `${what} "${name}" matches no file in the vault; ${shown}`);
  return undefined;
}

/** Resolves a name from a note; a path is tried relative to the note's folder first, as Markdown links are. */
export function resolveFromNote(context: VaultContext, name: string, from: Note): Resolved {
  if (name.includes('/') && !name.startsWith('.') && !name.startsWith('/')) {
    const relative = resolveName(context.index, `./${name}`, from.path);
    if (relative.kind === 'found') return relative;
  }
  return resolveName(context.index, name, from.path);
}
