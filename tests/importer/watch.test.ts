import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { ImportCache } from '../../src/importer/incremental.ts';
import { importVault, type OutputChanges } from '../../src/importer/run.ts';
import { batchLine, watchedPath, watchVault, type WatchBatch } from '../../src/importer/watch.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/vault/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'vault-watch-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every file below a folder: relative path → bytes (base64). */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(dir, sub))) {
      const path = join(sub, name);
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else files.set(relative('', path), readFileSync(join(dir, path)).toString('base64'));
    }
  };
  walk('');
  return files;
}

/** What a first import of the vault as it is now writes (the reference every re-import must equal). */
function fresh(vault: string, name: string): Map<string, string> {
  const out = join(work, `fresh-${name}`);
  importVault(vault, out);
  return tree(out);
}

const mtimes = (dir: string): Map<string, number> =>
  new Map([...tree(dir).keys()].map((path) => [path, statSync(join(dir, path)).mtimeMs]));

describe('a re-import writes only what changed', { timeout: 180_000 }, () => {
  const vault = join(work, 'vault-once');
  const out = join(work, 'out-once');
  cpSync(FIXTURE, vault, { recursive: true });
  const cache = new ImportCache();
  const run = (): OutputChanges => {
    let changes: OutputChanges = { written: [], removed: [] };
    importVault(vault, out, { cache, onOutput: (c) => (changes = c) });
    return changes;
  };
  run();

  test('an unchanged vault touches no file', async () => {
    const before = mtimes(out);
    await new Promise((done) => setTimeout(done, 20));
    expect(run()).toEqual({ written: [], removed: [] });
    expect(mtimes(out)).toEqual(before);
    expect(cache.converted).toEqual([]);
  });

  test('an edited note rewrites its page and the pages that embed it, nothing else', async () => {
    const before = mtimes(out);
    appendFileSync(join(vault, 'Block refs.md'), '\nA line added by the author. ^added\n');
    const changes = run();
    expect(changes.removed).toEqual([]);
    // Embeds.md embeds parts of Block refs, so it is converted again (its bytes stay: the part it
    // shows did not change); Callouts.md reads nothing of Block refs and is reused.
    expect(changes.written).toEqual(['Block refs.md']);
    expect(cache.converted).toEqual(expect.arrayContaining(['Block refs.md', 'Embeds.md']));
    expect(cache.converted).not.toContain('Callouts.md');
    const after = mtimes(out);
    for (const [path, time] of before)
      if (!changes.written.includes(path)) expect(after.get(path)).toBe(time);
    expect(tree(out)).toEqual(fresh(vault, 'edit'));
  });

  test('a renamed note: the pages linking to it change, its old page is removed', () => {
    renameSync(join(vault, 'Headings.md'), join(vault, 'Titles.md'));
    const changes = run();
    expect(changes.removed).toEqual(['Headings.md']);
    expect(changes.written).toEqual(
      expect.arrayContaining(['Titles.md', '欢迎.md', 'Embeds.md', 'Formatting.md', '.obsidian-import.json']),
    );
    expect(cache.converted).not.toContain('Callouts.md');
    expect(tree(out)).toEqual(fresh(vault, 'rename'));
  });

  test('a new note that an unresolved link names: the linking page is converted again', () => {
    writeFileSync(join(vault, '还没写的笔记.md'), '# 还没写的笔记\n\n现在写了。\n');
    const changes = run();
    expect(changes.written).toEqual(expect.arrayContaining(['还没写的笔记.md']));
    // 欢迎.md's [[还没写的笔记]] asked the index for that name and got nothing; now it gets the note.
    expect(cache.converted).toEqual(expect.arrayContaining(['还没写的笔记.md', '欢迎.md']));
    expect(cache.converted).not.toContain('Callouts.md');
    expect(tree(out)).toEqual(fresh(vault, 'add'));
  });

  test('a deleted note: its page is removed and nothing else is', () => {
    unlinkSync(join(vault, 'Formatting.md'));
    const changes = run();
    expect(changes.removed).toEqual(['Formatting.md']);
    expect(tree(out)).toEqual(fresh(vault, 'delete'));
  });
});

describe('watch mode', { timeout: 240_000 }, () => {
  // `--site --watch`: the home note must stay at `/` however often it is imported again.
  test('a watched vault published as a site keeps its home page at the root after every edit', async () => {
    const vault = join(work, 'vault-site-watch');
    const out = join(work, 'out-site-watch');
    cpSync(FIXTURE, vault, { recursive: true });
    const batches: WatchBatch[] = [];
    const watcher = watchVault(vault, out, {
      quietMs: 50,
      site: { home: '欢迎' },
      onBatch: (batch) => void batches.push(batch),
      onError: (error) => {
        throw error;
      },
    });
    try {
      expect(readFileSync(join(out, '欢迎.md'), 'utf8')).toMatch(/^---\nslug: index\n/);
      appendFileSync(join(vault, '欢迎.md'), '\n首页又改了一行。\n');
      await expect.poll(() => batches.length, { timeout: 20_000 }).toBeGreaterThan(1);
      await new Promise((done) => setTimeout(done, 300));
      const page = readFileSync(join(out, '欢迎.md'), 'utf8');
      expect(page).toContain('首页又改了一行。');
      expect(page).toMatch(/^---\nslug: index\n/);
      expect(page.match(/^slug:/gm)).toHaveLength(1);
    } finally {
      watcher.close();
    }
  });

  test('ignores settings, the trash and dot files', () => {
    expect(watchedPath('.obsidian/workspace.json')).toBe(false);
    expect(watchedPath('notes/.trash/a.md')).toBe(false);
    expect(watchedPath('notes/.a.md.swp')).toBe(false);
    expect(watchedPath('notes/a.md')).toBe(true);
  });

  test('edits, additions, renames and deletions reach the output folder', async () => {
    const vault = join(work, 'vault-watch');
    const out = join(work, 'out-watch');
    cpSync(FIXTURE, vault, { recursive: true });
    const batches: WatchBatch[] = [];
    let waiting: (() => void) | undefined;
    const watcher = watchVault(vault, out, {
      quietMs: 50,
      onBatch: (batch) => {
        batches.push(batch);
        waiting?.();
      },
      onError: (error) => {
        throw error;
      },
    });
    /** Makes a change, then waits for the batch importing it. */
    const step = async (change: () => void): Promise<WatchBatch> => {
      const seen = batches.length;
      const next = new Promise<void>((done) => (waiting = done));
      change();
      while (batches.length === seen) await next;
      // Events of the same change that straggle in after the batch give a batch with no effect.
      await new Promise((done) => setTimeout(done, 300));
      return batches.at(-1)!;
    };
    try {
      expect(batches).toHaveLength(1);
      expect(tree(out)).toEqual(fresh(vault, 'w0'));

      // An editor's save: a temporary file renamed over the note.
      const edited = await step(() => {
        writeFileSync(join(vault, '.Callouts.md.tmp'), '# Callouts\n\nRewritten by the watch test.\n');
        renameSync(join(vault, '.Callouts.md.tmp'), join(vault, 'Callouts.md'));
      });
      expect(edited.events).toContain('Callouts.md');
      expect(readFileSync(join(out, 'Callouts.md'), 'utf8')).toContain('Rewritten by the watch test.');
      expect(tree(out)).toEqual(fresh(vault, 'w1'));

      // The same note saved the same way again: Node's recursive fs.watch on Linux missed this one.
      await step(() => {
        writeFileSync(join(vault, '.Callouts.md.tmp'), '# Callouts\n\nSaved a second time.\n');
        renameSync(join(vault, '.Callouts.md.tmp'), join(vault, 'Callouts.md'));
      });
      expect(readFileSync(join(out, 'Callouts.md'), 'utf8')).toContain('Saved a second time.');

      // A note in a folder created after the watch started.
      await step(() => {
        mkdirSync(join(vault, 'new folder'));
        writeFileSync(join(vault, 'new folder', 'Inside.md'), 'In a new folder.\n');
      });
      expect(tree(out)).toEqual(fresh(vault, 'w1b'));
      await step(() => writeFileSync(join(vault, 'new folder', 'Inside.md'), 'Edited in a new folder.\n'));
      expect(readFileSync(join(out, 'new folder', 'Inside.md'), 'utf8')).toContain('Edited in a new folder.');

      await step(() => writeFileSync(join(vault, 'folder', 'New note.md'), 'Links to [[Callouts]].\n'));
      expect(readFileSync(join(out, 'folder', 'New note.md'), 'utf8')).toContain('Links to');
      expect(tree(out)).toEqual(fresh(vault, 'w2'));

      await step(() => renameSync(join(vault, 'Callouts.md'), join(vault, 'Asides.md')));
      expect(tree(out).has('Callouts.md')).toBe(false);
      expect(tree(out)).toEqual(fresh(vault, 'w3'));

      const deleted = await step(() => unlinkSync(join(vault, 'folder', 'New note.md')));
      expect(batchLine(deleted)).toMatch(
        /^\d+ pages? updated, 1 removed(, \d+ other files? changed)? in \d+ ms$/,
      );
      expect(tree(out)).toEqual(fresh(vault, 'w4'));

      // Obsidian's own files do not start an import.
      const count = batches.length;
      writeFileSync(join(vault, '.obsidian-settings.json'), '{}');
      await new Promise((done) => setTimeout(done, 500));
      expect(batches).toHaveLength(count);
    } finally {
      watcher.close();
    }
  });
});
