import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findHomePage, publishAsSite, removeSiteConfig, withIndexSlug } from '../../src/importer/site.ts';
import { groupNotesByFolder } from '../../src/lib/notes-index.ts';
import { notesDirOf, parseVaultSite, vaultSite } from '../../src/lib/vault-site.mjs';

const dir = mkdtempSync(join(tmpdir(), 'vault-site-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('vault-site.json', () => {
  test('is checked field by field, naming the file', () => {
    expect(parseVaultSite({ title: 'Help', lang: 'en', contentDir: 'src/content/vault/' }, 'v.json')).toEqual(
      {
        title: 'Help',
        lang: 'en',
        contentDir: 'src/content/vault',
        home: undefined,
      },
    );
    expect(() => parseVaultSite({ title: '', lang: 'en', contentDir: 'x' }, 'v.json')).toThrow(
      'v.json: "title"',
    );
    expect(() => parseVaultSite({ title: 'T', lang: 'fr', contentDir: 'x' }, 'v.json')).toThrow(
      '"lang" must be "en" or "zh"',
    );
    expect(() => parseVaultSite({ title: 'T', lang: 'en', contentDir: '/abs' }, 'v.json')).toThrow(
      '"contentDir"',
    );
  });

  test('is read from VAULT_SITE, and ignored by a test build of another folder', () => {
    const file = join(dir, 'site.json');
    writeFileSync(file, JSON.stringify({ title: 'Help', lang: 'zh', contentDir: 'src/content/vault' }));
    expect(vaultSite({ VAULT_SITE: file })?.lang).toBe('zh');
    expect(notesDirOf({ VAULT_SITE: file })).toBe('');
    expect(vaultSite({ BOOK_CONTENT_DIR: 'x' })).toBeUndefined();
    expect(notesDirOf({ BOOK_CONTENT_DIR: 'x' })).toBe('notes');
    expect(() => vaultSite({ VAULT_SITE: join(dir, 'missing.json') })).toThrow('does not exist');
  });
});

describe('publishing a vault as its own site', () => {
  const pages = [
    { note: 'Guides/Start.md', page: 'Guides/Start.md' },
    { note: 'Home.md', page: 'Home.md' },
    { note: 'Other.md', page: 'Other.md' },
  ];

  test('the home page is --home, else Home/index/README at the root, else the first root note', () => {
    expect(findHomePage(pages)?.note).toBe('Home.md');
    expect(findHomePage(pages, 'Start')?.note).toBe('Guides/Start.md');
    expect(findHomePage(pages, 'guides/start.md')?.note).toBe('Guides/Start.md');
    expect(findHomePage(pages, 'Nope')).toBeUndefined();
    expect(findHomePage([pages[0]!, pages[2]!])?.note).toBe('Other.md');
  });

  test('the home page gets `slug: index`, once', () => {
    expect(withIndexSlug('---\ntitle: Home\n---\n\nHi\n')).toBe('---\nslug: index\ntitle: Home\n---\n\nHi\n');
    expect(withIndexSlug('---\nslug: old\ntitle: Home\n---\n')).toBe('---\nslug: index\ntitle: Home\n---\n');
    expect(withIndexSlug('Hi\n')).toBe('---\nslug: index\n---\n\nHi\n');
    // Only the front matter: a body line that reads like a key stays, and a second call changes nothing.
    const page = '---\ntitle: Home\ndescription: |\n  a\n\n  b\n---\n\nslug: stays\n';
    expect(withIndexSlug(page)).toBe(
      '---\nslug: index\ntitle: Home\ndescription: |\n  a\n\n  b\n---\n\nslug: stays\n',
    );
    expect(withIndexSlug(withIndexSlug(page))).toBe(withIndexSlug(page));
  });

  test('writes vault-site.json for the build, and an import into the book removes it', () => {
    const root = join(dir, 'project');
    const out = join(root, 'src/content/vault');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'Home.md'), '---\nslug: index\ntitle: Home\n---\n\nWelcome\n');
    const home = publishAsSite(root, out, [{ note: 'Home.md', page: 'Home.md' }], {
      title: 'Help',
      lang: 'en',
    });
    expect(home?.page).toBe('Home.md');
    expect(JSON.parse(readFileSync(join(root, 'vault-site.json'), 'utf8'))).toEqual({
      title: 'Help',
      lang: 'en',
      contentDir: 'src/content/vault',
      home: 'Home.md',
    });
    expect(() => publishAsSite(root, out, [], { title: 'Help', lang: 'en', home: 'Nope' })).toThrow(
      '--home Nope',
    );
    expect(removeSiteConfig(root)).toBe(true);
    expect(removeSiteConfig(root)).toBe(false);
  });
});

describe('groupNotesByFolder (/all-notes/)', () => {
  test('folders by URL path, labelled with the vault’s own folder names; notes by title', () => {
    const folders = groupNotesByFolder(
      [
        { id: 'basics/x', title: 'Chapter', filePath: 'src/content/docs/basics/x.mdx' },
        { id: 'notes/home', title: 'Home', filePath: 'src/content/docs/notes/Home.md' },
        {
          id: 'notes/obsidian-publish/b',
          title: 'B',
          filePath: 'src/content/docs/notes/Obsidian Publish/B.md',
        },
        {
          id: 'notes/obsidian-publish/a',
          title: 'A',
          filePath: 'src/content/docs/notes/Obsidian Publish/A.md',
        },
      ],
      'notes',
    );
    expect(folders).toEqual([
      { anchor: 'notes', label: '', notes: [{ id: 'notes/home', title: 'Home' }] },
      {
        anchor: 'notes/obsidian-publish',
        label: 'Obsidian Publish',
        notes: [
          { id: 'notes/obsidian-publish/a', title: 'A' },
          { id: 'notes/obsidian-publish/b', title: 'B' },
        ],
      },
    ]);
  });
});
