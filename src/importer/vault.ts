import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A file of the vault: a note (Markdown) or an attachment (anything else). */
export interface VaultFile {
  /** Path inside the vault, with `/`. */
  readonly path: string;
  readonly kind: 'note' | 'attachment';
}

/**
 * Endings read as notes: `.md` (Obsidian's notes) and `.txt` (plain-text notes, which the book's
 * own source notes are), both read as Markdown.
 */
export const NOTE_FILE = /\.(md|txt)$/i;

/**
 * Every file of the vault in a stable order (code-unit order of the path), dot-folders skipped
 * (`.obsidian` settings, `.trash`), as Obsidian does not show them either.
 */
export function listVault(vaultDir: string): VaultFile[] {
  const files: VaultFile[] = [];
  const walk = (sub: string): void => {
    for (const entry of readdirSync(join(vaultDir, sub), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push({ path, kind: NOTE_FILE.test(entry.name) ? 'note' : 'attachment' });
    }
  };
  walk('');
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A note's text, or why it is not text: a NUL byte or bytes that are not UTF-8 mean a binary file
 * that merely carries a note's name (a picture saved as `.md`), which is skipped and reported.
 */
export function readNoteText(vaultDir: string, path: string): { text: string } | { binary: string } {
  const bytes = readFileSync(join(vaultDir, path));
  if (bytes.subarray(0, 8192).includes(0)) return { binary: 'contains NUL bytes' };
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { binary: 'is not UTF-8 text' };
  }
}
