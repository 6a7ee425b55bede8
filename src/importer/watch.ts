/**
 * `npm run import -- <vault> <out> --watch`: import once, then import again whenever a file of
 * the vault changes, for an author writing beside `npm run dev`. One watcher per folder of the
 * vault, never one per file (see `watchFolders`); events are
 * gathered until the vault has been quiet for `quietMs` (an editor saves through a temporary
 * file and a rename: one batch); the import reuses every note and page that did not change
 * (src/importer/incremental.ts) and writes only files whose bytes changed, through a rename, so
 * Astro's content watcher sees one `change` per changed page and never half a page.
 */
import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { ImportCache } from './incremental.ts';
import { importVault, type ImportOptions, type ImportResult, type OutputChanges } from './run.ts';

/** One import of the watch loop and what it changed. */
export interface WatchBatch {
  /** Vault paths whose events started this batch (empty for the first import). */
  readonly events: readonly string[];
  readonly result: ImportResult;
  readonly changes: OutputChanges;
  /** Pages converted again (the others were reused from the previous import). */
  readonly converted: readonly string[];
  readonly ms: number;
}

/** Options of a watch. */
export interface WatchOptions extends Pick<ImportOptions, 'force' | 'site'> {
  /** Milliseconds without events before a batch is imported (default 100). */
  readonly quietMs?: number;
  /** Called after every import, the first one included. */
  readonly onBatch: (batch: WatchBatch) => void;
  /** Called when an import throws (the watch goes on). */
  readonly onError?: (error: unknown) => void;
}

/** A running watch; `close()` stops it (a batch being imported finishes first). */
export interface VaultWatch {
  close(): void;
}

/** Whether a changed path can matter: not under a dot folder (`.obsidian/`, `.trash/`), not a dot file. */
export function watchedPath(path: string): boolean {
  return !path.split(/[\\/]/).some((segment) => segment.startsWith('.'));
}

/** `3 pages updated, 1 removed in 140 ms`: the one line printed per batch. */
export function batchLine(batch: WatchBatch): string {
  const pages = (paths: readonly string[]): number => paths.filter((path) => path.endsWith('.md')).length;
  const updated = pages(batch.changes.written);
  const removed = pages(batch.changes.removed);
  const files = batch.changes.written.length + batch.changes.removed.length - updated - removed;
  return (
    `${updated} ${updated === 1 ? 'page' : 'pages'} updated, ${removed} removed` +
    (files > 0 ? `, ${files} other ${files === 1 ? 'file' : 'files'} changed` : '') +
    ` in ${Math.round(batch.ms)} ms`
  );
}

/**
 * Calls `onChange` with the vault path of every file or folder created, changed, renamed or
 * deleted below `root`, dot folders left out. One `fs.watch` per folder: on Linux, Node's
 * `recursive: true` is emulated in JavaScript with a watcher per file, which stops reporting a
 * file once an editor replaces it by a rename (measured here: the second save of a note was never
 * seen) and holds a handle per note. A folder's own watcher sees every name inside it, however
 * the file is replaced. `sync()` adds folders that appeared and drops those that went.
 */
export function watchFolders(
  root: string,
  onChange: (path: string) => void,
): { sync(): void; close(): void } {
  const watchers = new Map<string, FSWatcher>();
  const folders = (): Set<string> => {
    const found = new Set<string>(['']);
    const walk = (sub: string): void => {
      let entries;
      try {
        entries = readdirSync(join(root, sub), { withFileTypes: true });
      } catch {
        return; // deleted while walking: the next sync drops it
      }
      for (const entry of entries)
        if (entry.isDirectory() && !entry.name.startsWith('.')) {
          const path = sub ? `${sub}/${entry.name}` : entry.name;
          found.add(path);
          walk(path);
        }
    };
    walk('');
    return found;
  };
  const sync = (): void => {
    const now = folders();
    for (const [folder, watcher] of watchers)
      if (!now.has(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    for (const folder of now) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(join(root, folder), (_event, name) => {
          if (name === null) onChange(folder);
          else onChange(folder ? `${folder}/${String(name)}` : String(name));
        });
        // A watched folder deleted or renamed: report it; the batch's sync replaces the watcher.
        watcher.on('error', () => onChange(folder));
        watchers.set(folder, watcher);
      } catch {
        // Gone between the walk and the watch: nothing to watch.
      }
    }
  };
  sync();
  return {
    sync,
    close() {
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}

/** Imports `vaultDir` into `outDir` now and again after every change of the vault. */
export function watchVault(vaultDir: string, outDir: string, options: WatchOptions): VaultWatch {
  const cache = new ImportCache();
  const quietMs = options.quietMs ?? 100;
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let closed = false;

  const run = (events: readonly string[]): void => {
    const start = performance.now();
    let changes: OutputChanges = { written: [], removed: [] };
    try {
      const result = importVault(vaultDir, outDir, {
        force: options.force,
        site: options.site,
        cache,
        onOutput: (done) => (changes = done),
      });
      options.onBatch({
        events,
        result,
        changes,
        converted: cache.converted,
        ms: performance.now() - start,
      });
    } catch (error) {
      // A note deleted while it was being listed, a folder renamed mid-walk: the next event retries.
      if (options.onError) options.onError(error);
      else throw error;
    }
  };

  const folders = watchFolders(vaultDir, (path) => {
    if (closed || !watchedPath(path)) return;
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const events = [...pending].sort();
      pending = new Set();
      if (closed) return;
      // A folder added, renamed or deleted in this batch gets (or loses) its watcher before the
      // import lists the vault, so nothing written meanwhile goes unseen.
      folders.sync();
      run(events);
    }, quietMs);
  });
  run([]);
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      folders.close();
    },
  };
}
