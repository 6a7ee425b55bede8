/**
 * Finds sentences of the book that copy a source note almost word for word: runs of at
 * least `minLength` identical characters, compared after dropping spaces and punctuation,
 * of which at least `minHan` are Chinese characters (so shared identifiers such as
 * `task_struct mm_struct` or a term with its English name do not count).
 * Quotations are not the book's own prose and are skipped: fenced and inline code, URLs,
 * text inside quotation marks or title marks 《》, and numbered exercise headings (quoted exam
 * questions).
 */

/** One line of the book's own prose, with its 1-based line number in the file. */
export interface ProseLine {
  line: number;
  text: string;
}

/** A run of the book copied from a note. */
export interface CopiedRun {
  line: number;
  run: string;
}

/** Letters and digits only: what a reader would see as the same words. */
export function normalize(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Front-matter keys whose values are lists of names, not prose. */
const NAME_KEYS = /^(aliases|tags|title|sidebar|import)\b/;

/** The lines of an MDX page that are the book's own prose, quotations and code removed. */
export function bookProse(mdx: string): ProseLine[] {
  const out: ProseLine[] = [];
  let fence = false;
  let frontMatter = false;
  mdx.split('\n').forEach((raw, i) => {
    if (i === 0 && raw === '---') return void (frontMatter = true);
    if (frontMatter) {
      if (raw === '---') frontMatter = false;
      else if (!NAME_KEYS.test(raw)) out.push({ line: i + 1, text: stripQuoted(raw) });
      return;
    }
    if (/^\s*(```|~~~)/.test(raw)) return void (fence = !fence);
    if (fence || NAME_KEYS.test(raw) || /^#{1,6}\s+\d+\.\s/.test(raw)) return;
    out.push({ line: i + 1, text: stripQuoted(raw) });
  });
  return out;
}

/** Removes inline code, link targets, bare URLs and quoted text from one line. */
function stripQuoted(line: string): string {
  return line
    .replace(/`[^`]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/「[^」]*」|“[^”]*”|"[^"\n]*"|《[^》]*》/g, ' ');
}

/** Every `length`-character window of the normalised notes, for constant-time lookup. */
export function noteWindows(notes: readonly string[], length: number): Set<string> {
  const windows = new Set<string>();
  for (const note of notes) {
    const text = normalize(note);
    for (let i = 0; i + length <= text.length; i++) windows.add(text.slice(i, i + length));
  }
  return windows;
}

/** Counts the Chinese (Han) characters of a string. */
function hanCount(text: string): number {
  return (text.match(/\p{Script=Han}/gu) ?? []).length;
}

/** The maximal copied runs in the given prose lines. */
export function copiedRuns(
  prose: readonly ProseLine[],
  notes: readonly string[],
  minLength = 18,
  minHan = 12,
): CopiedRun[] {
  const windows = noteWindows(notes, minLength);
  const whole = notes.map(normalize);
  const found: CopiedRun[] = [];
  for (const { line, text } of prose) {
    const t = normalize(text);
    let i = 0;
    while (i + minLength <= t.length) {
      if (!windows.has(t.slice(i, i + minLength))) {
        i++;
        continue;
      }
      let end = i + minLength;
      while (end < t.length && whole.some((n) => n.includes(t.slice(i, end + 1)))) end++;
      const run = t.slice(i, end);
      if (hanCount(run) >= minHan) found.push({ line, run });
      i = end;
    }
  }
  return found;
}
