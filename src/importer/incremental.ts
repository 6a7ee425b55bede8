/**
 * What a later import of the same vault may reuse (watch mode, src/importer/watch.ts): each note
 * read once per text, and each page kept until something it read changes. A page's dependencies
 * are recorded, not guessed: its conversion reads the vault only through the maps of its
 * `VaultContext` (notes, places, attachment names, the name index), so every `get` it makes is
 * logged with the answer it got; the page is converted again only when one of those answers
 * differs in the new vault (the note it embeds was edited, the note it links to was renamed or
 * deleted, a name it could not resolve now resolves, …) or its own note changed.
 */
import type { PagePlace, VaultContext } from './context.ts';
import { IssueLog, type ImportIssue } from './issues.ts';
import { readNote, type Note } from './note.ts';
import type { PageOutput } from './page.ts';
import type { VaultIndex } from './resolve.ts';

/** Which map of the context a recorded lookup went to. */
type Source = 'notes' | 'places' | 'attachmentNames' | keyof VaultIndex;

/** One lookup a page's conversion made, and a comparable form of its answer. */
interface Lookup {
  readonly source: Source;
  readonly key: string;
  readonly answer: unknown;
}

interface CachedPage {
  readonly note: Note;
  readonly place: string;
  readonly lookups: readonly Lookup[];
  readonly output: PageOutput;
  readonly issues: readonly ImportIssue[];
}

/** A comparable form of a map's answer: notes by identity (one object per text), the rest by value. */
function answerOf(source: Source, value: unknown): unknown {
  if (value === undefined || source === 'notes') return value;
  if (source === 'places') return (value as PagePlace).page;
  if (source === 'attachmentNames') return value;
  return (value as readonly { path: string }[]).map((file) => file.path).join('\n');
}

function mapOf(context: VaultContext, source: Source): ReadonlyMap<string, unknown> {
  if (source === 'notes' || source === 'places' || source === 'attachmentNames') return context[source];
  return context.index[source];
}

/** A read-only view of `map` that logs every key asked for. */
function recording<V>(map: ReadonlyMap<string, V>, source: Source, log: Lookup[]): ReadonlyMap<string, V> {
  return new Proxy(map, {
    get(target, property) {
      if (property === 'get' || property === 'has')
        return (key: string) => {
          const value = target.get(key);
          log.push({ source, key, answer: answerOf(source, value) });
          return property === 'get' ? value : value !== undefined;
        };
      const member = Reflect.get(target, property, target) as unknown;
      return typeof member === 'function' ? (member as (...args: unknown[]) => unknown).bind(target) : member;
    },
  });
}

/** Issues added to `log` while `run` runs (the log keeps them too). */
function capture<T>(log: IssueLog, run: () => T): { value: T; issues: ImportIssue[] } {
  const before = log.issues.length;
  const value = run();
  return { value, issues: log.issues.slice(before) };
}

/** Replays issues into a new run's log, in their order (its dedupe applies as in a first run). */
function replay(log: IssueLog, issues: readonly ImportIssue[]): void {
  for (const issue of issues)
    if (issue.severity === 'error') log.error(issue.file, issue.line, issue.message);
    else log.warn(issue.file, issue.line, issue.message);
}

/** Notes and pages of the previous import; pass the same cache to every import of one vault. */
export class ImportCache {
  private notes = new Map<string, { text: string; note: Note; issues: readonly ImportIssue[] }>();
  private pages = new Map<string, CachedPage>();
  private seenNotes = new Map<string, { text: string; note: Note; issues: readonly ImportIssue[] }>();
  private seenPages = new Map<string, CachedPage>();
  /** Pages converted by the last import (the others were reused). */
  converted: string[] = [];

  /** Call before an import: what this import does not ask for is forgotten after it. */
  begin(): void {
    this.seenNotes = new Map();
    this.seenPages = new Map();
    this.converted = [];
  }

  /** Call after an import. */
  end(): void {
    this.notes = this.seenNotes;
    this.pages = this.seenPages;
  }

  /** The note read from `text`: the same object as last time when the text is the same. */
  readNote(path: string, text: string, log: IssueLog): Note {
    const old = this.notes.get(path);
    if (old && old.text === text) {
      replay(log, old.issues);
      this.seenNotes.set(path, old);
      return old.note;
    }
    const { value: note, issues } = capture(log, () => readNote(path, text, log));
    this.seenNotes.set(path, { text, note, issues });
    return note;
  }

  /** The page of `note`: reused when nothing its last conversion read has changed. */
  page(
    context: VaultContext,
    note: Note,
    place: PagePlace,
    convert: (context: VaultContext) => PageOutput,
  ): PageOutput {
    const old = this.pages.get(note.path);
    if (
      old &&
      old.note === note &&
      old.place === place.page &&
      old.lookups.every(
        (lookup) => answerOf(lookup.source, mapOf(context, lookup.source).get(lookup.key)) === lookup.answer,
      )
    ) {
      replay(context.log, old.issues);
      this.seenPages.set(note.path, old);
      return old.output;
    }
    const lookups: Lookup[] = [];
    const watched: VaultContext = {
      ...context,
      notes: recording(context.notes, 'notes', lookups),
      places: recording(context.places, 'places', lookups),
      attachmentNames: recording(context.attachmentNames, 'attachmentNames', lookups),
      index: {
        byPath: recording(context.index.byPath, 'byPath', lookups),
        byName: recording(context.index.byName, 'byName', lookups),
        byAlias: recording(context.index.byAlias, 'byAlias', lookups),
        bySuffix: recording(context.index.bySuffix, 'bySuffix', lookups),
      },
    };
    const { value: output, issues } = capture(context.log, () => convert(watched));
    this.seenPages.set(note.path, { note, place: place.page, lookups, output, issues });
    this.converted.push(note.path);
    return output;
  }
}
