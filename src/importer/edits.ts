/** One replacement: `source.slice(start, end)` becomes `text` (offsets into the note body). */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Applies non-overlapping edits to `source`, leaving every other byte as it was.
 * @example applyEdits('a{b}', [{ start: 1, end: 2, text: '\\{' }]) // 'a\\{b}'
 */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) {
      throw new Error(`overlapping edits at offset ${edit.start} (previous edit ends at ${at})`);
    }
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + source.slice(at);
}

/**
 * For each line of `applyEdits(source, edits)`, the 1-based line of `source` it comes from: a kept
 * line its own, a line an edit wrote the line the edit starts on.
 * @example editedLines('a\nb\nc', [{ start: 2, end: 3, text: 'x\ny' }]) // [1, 2, 2, 3]
 */
export function editedLines(source: string, edits: readonly Edit[]): number[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const lines = [1];
  let line = 1;
  let at = 0;
  const keep = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (source.charCodeAt(i) === 10) lines.push(++line);
  };
  for (const edit of sorted) {
    keep(at, edit.start);
    for (let i = 0; i < edit.text.length; i++) if (edit.text.charCodeAt(i) === 10) lines.push(line);
    for (let i = edit.start; i < edit.end; i++) if (source.charCodeAt(i) === 10) line++;
    at = edit.end;
  }
  keep(at, source.length);
  return lines;
}

/** 1-based line number of an offset in `source`. */
export function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Offset of the first character of the line that `offset` is on. Offset 0 is the start of the
 * first line whatever the text holds (`lastIndexOf('\n', -1)` would find a newline at 0 and give -1).
 */
export function lineStartAt(source: string, offset: number): number {
  return offset <= 0 ? 0 : source.lastIndexOf('\n', offset - 1) + 1;
}
