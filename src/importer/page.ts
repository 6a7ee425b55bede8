import type { PagePlace, PageState, VaultContext } from './context.ts';
import { convertMapped } from './convert.ts';
import { encodeLineMap } from '../markdown/line-map.ts';
import { deriveDescription } from './description.ts';
import { addTags, formatFrontMatter, type PageFields } from './front-matter.ts';
import type { Note } from './note.ts';
import { compareStructure, structureOf } from './structure.ts';

/** One page written from a note: its text and the attachments it needs copied. */
export interface PageOutput {
  readonly text: string;
  readonly fields: PageFields;
  /** Output path (relative to the output folder) → vault path. */
  readonly copies: ReadonlyMap<string, string>;
}

/**
 * Writes the page of a note: front matter (title, description, tags from the properties and the
 * text, aliases, the note's other properties under `obsidian`), then the converted body and the
 * definitions of its inline footnotes. A malformed front matter is shown as a YAML block.
 */
export function writePage(context: VaultContext, note: Note, place: PagePlace): PageOutput {
  const state: PageState = {
    host: note,
    place,
    copies: new Map(),
    footnotes: [],
    tags: [],
    mermaidClient: false,
  };
  const converted = convertMapped(context, state, note, [0, note.body.length], [`${note.path}#`]);
  const body = converted.text.replace(/^(?:[ \t]*\n)+/, '');
  const dropped = converted.text.slice(0, converted.text.length - body.length).split('\n').length - 1;
  const titleAt = note.titleHeading?.position?.start.offset;
  const change = compareStructure(
    structureOf(note.body, new Set(titleAt === undefined ? [] : [titleAt]), note.tree),
    structureOf(body),
  );
  // A change already explained by a problem reported on that line (a missing file…) is not repeated.
  if (change && !context.log.has(note.path, change.line + note.bodyLineOffset))
    context.log.warn(note.path, change.line + note.bodyLineOffset, change.message);
  const fields: PageFields = {
    ...note.fields,
    tags: [...note.fields.tags],
    obsidian: { ...note.fields.obsidian },
  };
  addTags(fields.tags, state.tags);
  if (state.mermaidClient) fields.obsidian.mermaid = 'client';
  if (!fields.description) {
    const derived = deriveDescription(note.tree);
    if (derived) fields.description = derived;
  }
  const raw =
    note.rawFrontMatter === undefined
      ? ''
      : `~~~~yaml title="front matter"\n${note.rawFrontMatter}\n~~~~\n\n`;
  // The page's body (after its front matter) is a blank line, the shown malformed front matter, then
  // the converted text: its line b comes from the note's line lines[b - first] (the note file's own count).
  const first = 2 + (raw === '' ? 0 : raw.split('\n').length - 1);
  fields.obsidian.lines = encodeLineMap(
    first,
    converted.lines.slice(dropped).map((line) => line + note.bodyLineOffset),
  );
  const notes = state.footnotes.map((text, i) => `[^inline-${i + 1}]: ${text}`).join('\n');
  const text = `${formatFrontMatter(fields)}\n${raw}${body.replace(/\s+$/, '')}\n${notes ? `\n${notes}\n` : ''}`;
  return { text, fields, copies: state.copies };
}
