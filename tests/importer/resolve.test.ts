import { describe, expect, test } from 'vitest';
import { indexVault, resolveName } from '../../src/importer/resolve.ts';
import type { VaultFile } from '../../src/importer/vault.ts';

const files: VaultFile[] = [
  'Home.md',
  'help/Settings.md',
  'admin/Settings.md',
  'help/deep/Guide.md',
  'Case/note.md',
  'other/Note.md',
  'assets/pic.png',
  'help/pic.png',
].map((path) => ({ path, kind: path.endsWith('.md') ? 'note' : 'attachment' }));
const index = indexVault(files, (path) => (path === 'Home.md' ? ['Start page'] : []));
const found = (name: string, from = 'Home.md') => {
  const result = resolveName(index, name, from);
  return result.kind === 'found' ? result.file.path : result;
};

// https://help.obsidian.md/links: a link names a file by name, by path from the vault root or by
// the shortest unique path; Obsidian compares names case-insensitively; aliases answer too.
describe('Obsidian link resolution (https://help.obsidian.md/links)', () => {
  test('a file name, any case, with or without .md', () => {
    expect(found('home')).toBe('Home.md');
    expect(found('Guide.md')).toBe('help/deep/Guide.md');
  });
  // https://docs.obsidian.md/Reference/TypeScript+API/MetadataCache/getFirstLinkpathDest: the best match from the linking note.
  test('a name two notes share goes to the nearest: the same folder, else the shortest path, and says among which', () => {
    const among = ['help/Settings.md', 'admin/Settings.md'];
    expect(resolveName(index, 'Settings', 'admin/x.md')).toEqual({ kind: 'found', file: files[2], among });
    expect(resolveName(index, 'Settings', 'help/x.md')).toEqual({ kind: 'found', file: files[1], among });
    expect(found('Settings', 'help/deep/x.md')).toBe('help/Settings.md'); // the shorter path
    expect(found('Settings', 'Home.md')).toBe('help/Settings.md');
  });
  test('a path from the vault root, and the shortest unique path', () => {
    expect(found('admin/Settings')).toBe('admin/Settings.md');
    expect(found('deep/Guide')).toBe('help/deep/Guide.md');
    expect(found('/help/Settings')).toBe('help/Settings.md');
  });
  test('a path relative to the linking note', () => {
    expect(found('./Settings', 'help/deep/Guide.md')).toEqual({ kind: 'missing' });
    expect(found('../Settings', 'help/deep/Guide.md')).toBe('help/Settings.md');
  });
  test('when only case tells two notes apart, the exact case wins', () => {
    expect(found('note')).toBe('Case/note.md');
    expect(found('Note')).toBe('other/Note.md');
  });
  test('aliases (https://help.obsidian.md/aliases), after file names', () => {
    expect(found('start PAGE')).toBe('Home.md');
  });
  test('attachments are found anywhere in the vault by name (https://help.obsidian.md/attachments)', () => {
    expect(found('pic.png', 'help/x.md')).toBe('help/pic.png');
    expect(found('pic.png')).toBe('help/pic.png'); // the shorter path
    expect(found('assets/pic.png')).toBe('assets/pic.png');
  });
  test('a name that matches nothing', () => {
    expect(found('Nowhere')).toEqual({ kind: 'missing' });
  });
});
