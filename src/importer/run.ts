/**
 * Importing a whole vault: list it, read every note (first pass), place each page, then write
 * every page and copy its pictures (second pass). Same vault in, same bytes out: files are taken
 * in path order, names and hashes depend only on paths, and nothing records a time.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { slugOfPage, type PagePlace, type VaultContext } from './context.ts';
import { cleanFileName } from './embeds.ts';
import type { ImportCache } from './incremental.ts';
import { IssueLog, type ImportIssue } from './issues.ts';
import { readNote, type Note } from './note.ts';
import { writePage } from './page.ts';
import { indexVault } from './resolve.ts';
import { listVault, readNoteText } from './vault.ts';
import { findHomePage, withIndexSlug } from './site.ts';

/** The file that marks a folder as the importer's own, so a re-import may replace it. */
export const MANIFEST = '.obsidian-import.json';

/** Options of one import. */
export interface ImportOptions {
  /** Compute and report everything, write nothing. */
  readonly dryRun?: boolean;
  /** Replace an output folder that is not empty and was not written by the importer. */
  readonly force?: boolean;
  /** Called after each note's page is made, with the count done and the total. */
  readonly progress?: (done: number, total: number, note: string, page: string) => void;
  /** The previous import of the same vault, to reuse what did not change (watch mode). */
  readonly cache?: ImportCache;
  /** Told which output files this run wrote (their bytes changed) and which it deleted. */
  readonly onOutput?: (changes: OutputChanges) => void;
  /**
   * A vault published as its own site (`--site`): its home note's page is written with `slug: index`,
   * so it is served at `/` after every import, a watched one included (src/importer/site.ts).
   */
  readonly site?: { readonly home?: string | undefined };
}

/** Files of the output folder a run changed, relative to it; unchanged files are not touched. */
export interface OutputChanges {
  readonly written: readonly string[];
  readonly removed: readonly string[];
}

/** What an import did; `issues` are sorted by file and line. */
export interface ImportResult {
  readonly notes: number;
  readonly pages: readonly { readonly note: string; readonly page: string; readonly title: string }[];
  readonly attachments: number;
  readonly skipped: readonly string[];
  readonly mermaidClient: readonly string[];
  readonly issues: readonly ImportIssue[];
  /** Whether the pages were written (false for a dry run, or an output folder that may not be replaced). */
  readonly written: boolean;
}

/** The output page of a note: same folders, `.md`; a slug already taken gets `-2`, `-3`… */
function placePages(notes: readonly Note[], log: IssueLog): Map<string, PagePlace> {
  const places = new Map<string, PagePlace>();
  const taken = new Set<string>();
  for (const note of notes) {
    const stem = note.path.replace(/\.[^.]+$/, '');
    let page = `${stem}.md`;
    for (let n = 2; taken.has(slugOfPage(page)); n++) page = `${stem}-${n}.md`;
    if (page !== `${stem}.md`)
      log.warn(note.path, 1, `another note has the same page address; written as ${page}`);
    taken.add(slugOfPage(page));
    places.set(note.path, { page, slug: slugOfPage(page) });
  }
  return places;
}

/** Imports `vaultDir` into `outDir`; never throws for a bad note: issues say what happened. */
export function importVault(vaultDir: string, outDir: string, options: ImportOptions = {}): ImportResult {
  const log = new IssueLog();
  const cache = options.cache;
  cache?.begin();
  const files = listVault(vaultDir);
  const notes: Note[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    if (file.kind !== 'note') continue;
    let read: ReturnType<typeof readNoteText>;
    try {
      read = readNoteText(vaultDir, file.path);
    } catch (error) {
      log.warn(file.path, 1, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); skipped`);
      skipped.push(file.path);
      continue;
    }
    if ('binary' in read) {
      log.warn(file.path, 1, `not a text note (${read.binary}); skipped`);
      skipped.push(file.path);
      continue;
    }
    notes.push(cache ? cache.readNote(file.path, read.text, log) : readNote(file.path, read.text, log));
  }
  const noteFiles = new Set(notes.map((note) => note.path));
  const vaultFiles = files.filter((file) => file.kind === 'attachment' || noteFiles.has(file.path));
  const byPath = new Map(notes.map((note) => [note.path, note]));
  const index = indexVault(vaultFiles, (path) => byPath.get(path)?.fields.aliases ?? []);
  const attachmentNames = new Map<string, number>();
  for (const file of vaultFiles) {
    if (file.kind !== 'attachment') continue;
    const name = cleanFileName(file.path.split('/').at(-1)!);
    attachmentNames.set(name, (attachmentNames.get(name) ?? 0) + 1);
  }
  const places = placePages(notes, log);
  const context: VaultContext = { index, notes: byPath, places, attachmentNames, log };

  const outputs = new Map<string, string>();
  const copies = new Map<string, string>();
  const pages: { note: string; page: string; title: string }[] = [];
  const mermaidClient: string[] = [];
  notes.forEach((note, i) => {
    const place = places.get(note.path)!;
    const output = cache
      ? cache.page(context, note, place, (watched) => writePage(watched, note, place))
      : writePage(context, note, place);
    outputs.set(place.page, output.text);
    for (const [to, from] of output.copies) copies.set(to, from);
    pages.push({ note: note.path, page: place.page, title: output.fields.title });
    if (output.fields.obsidian.mermaid) mermaidClient.push(note.path);
    options.progress?.(i + 1, notes.length, note.path, place.page);
  });

  cache?.end();
  const home = options.site ? findHomePage(pages, options.site.home) : undefined;
  if (home) outputs.set(home.page, withIndexSlug(outputs.get(home.page)!));
  const changes = options.dryRun
    ? undefined
    : writeOutput(vaultDir, outDir, outputs, copies, log, options.force ?? false);
  if (changes) options.onOutput?.(changes);
  const written = changes !== undefined;
  const issues = [...log.issues].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line,
  );
  return {
    notes: notes.length + skipped.length,
    pages,
    attachments: copies.size,
    skipped,
    mermaidClient,
    issues,
    written,
  };
}

/**
 * Writes `bytes` to `path` unless the file already holds exactly them; true when written. The
 * bytes go to a temporary file beside it that is then renamed over it, so a dev server watching
 * the folder never reads half a page (the temporary name ends in `.tmp`: no content glob takes it).
 */
export function writeIfChanged(path: string, bytes: Uint8Array): boolean {
  try {
    if (Buffer.compare(readFileSync(path), bytes) === 0) return false;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
  return true;
}

/** Every file under `dir` (relative, with `/`); empty folders are removed on the way. */
function listAndPrune(dir: string, sub = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
    const path = sub ? `${sub}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      files.push(...listAndPrune(dir, path));
      if (readdirSync(join(dir, path)).length === 0) rmdirSync(join(dir, path));
    } else files.push(path);
  }
  return files;
}

/**
 * Makes the output folder hold exactly this run's pages, pictures and manifest (only a folder the
 * importer wrote, unless forced): a file whose bytes are already right is not touched, and only
 * files this run does not produce are deleted. A dev server watching the folder therefore sees
 * one event per page that really changed, not the whole vault deleted and created again.
 * Undefined when refused.
 */
function writeOutput(
  vaultDir: string,
  outDir: string,
  outputs: ReadonlyMap<string, string>,
  copies: ReadonlyMap<string, string>,
  log: IssueLog,
  force: boolean,
): OutputChanges | undefined {
  if (existsSync(outDir) && readdirSync(outDir).length > 0 && !existsSync(join(outDir, MANIFEST))) {
    if (!force) {
      log.error(
        '',
        0,
        `${outDir} is not empty and was not written by the importer; nothing written (use --force to replace it)`,
      );
      return undefined;
    }
    rmSync(outDir, { recursive: true, force: true });
  }
  const written: string[] = [];
  const write = (path: string, bytes: Uint8Array): void => {
    if (writeIfChanged(join(outDir, path), bytes)) written.push(path);
  };
  for (const [page, text] of outputs) write(page, Buffer.from(text));
  for (const [to, from] of [...copies].sort()) write(to, readFileSync(join(vaultDir, from)));
  const manifest = { pages: [...outputs.keys()].sort(), attachments: [...copies.keys()].sort() };
  write(MANIFEST, Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  const kept = new Set([...outputs.keys(), ...copies.keys(), MANIFEST]);
  const removed = listAndPrune(outDir).filter((path) => !kept.has(path));
  for (const path of removed) unlinkSync(join(outDir, path));
  listAndPrune(outDir);
  return { written, removed: removed.sort() };
}
