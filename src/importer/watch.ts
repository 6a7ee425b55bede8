/**
 * `npm run import -- <vault> <out> --watch`: import once, then import again whenever a file of
 * the vault changes, for an author writing beside `npm run dev`. One recursive watcher on the
 * vault folder (Node's `fs.watch(dir, { recursive: true })`), never one per file; events are
 * gathered until the vault has been quiet for `quietMs` (an editor saves through a temporary
 * file and a rename: one batch); the import reuses every note and page that did not change
 * (src/importer/incremental.ts) and writes only files whose bytes changed, through a rename, so
 * Astro's content watcher sees one `change` per changed page and never half a page.
 */
import { watch, type FSWatcher } from 'node:fs';
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
export interface WatchOptions extends Pick<ImportOptions, 'force'> {
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

  run([]);
  const watcher: FSWatcher = watch(vaultDir, { recursive: true }, (_event, name) => {
    if (closed) return;
    const path = name === null ? '' : String(name);
    if (path && !watchedPath(path)) return;
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const events = [...pending].filter(Boolean).sort();
      pending = new Set();
      if (!closed) run(events);
    }, quietMs);
  });
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      watcher.close();
    },
  };
}
