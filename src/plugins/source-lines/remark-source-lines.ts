/**
 * Remark plugin: puts the page file's own line numbers on every node, so each warning and error of the
 * build (wiki links, safety, images, Mermaid) names the line an editor opens.
 *
 * Astro hands a `.md` page's processor the body only: front matter blanked, then the whole text trimmed
 * (`getEntryInfo` in astro/dist/vite-plugin-markdown/content-entry-type.js: `parsed.content.trim()`), so
 * line 1 of the tree is the first non-blank line after the front matter: in a page with 11 lines of front
 * matter and a blank line, the tree's line 5 is the file's line 17. MDX keeps the front matter's lines
 * (blanked with spaces) and needs no shift. Only `line` (and the column of the first line) move;
 * `offset` still indexes the text the processor was given.
 */
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Where the processor's text starts in the file: lines before it and characters before it on its first line. */
export interface SourceShift {
  readonly lines: number;
  readonly columns: number;
}

/** The shift between `body` (what the processor got) and `full` (the file), or none when `body` is not found. */
export function shiftOf(full: string, body: string): SourceShift {
  if (body === '' || full === body) return { lines: 0, columns: 0 };
  // The body is the file's text trimmed, so it ends where the file's text does, trailing blanks aside.
  const end = full.trimEnd().length;
  let start = end - body.length;
  if (start < 0 || full.slice(start, end) !== body) start = full.indexOf(body);
  if (start <= 0) return { lines: 0, columns: 0 };
  const before = full.slice(0, start);
  const lines = before.split('\n').length - 1;
  return { lines, columns: start - (before.lastIndexOf('\n') + 1) };
}

function shiftPoint(point: Point | undefined, shift: SourceShift, seen: WeakSet<Point>): void {
  // A point object shared by two nodes moves once.
  if (!point || seen.has(point)) return;
  seen.add(point);
  if (point.line === 1) point.column += shift.columns;
  point.line += shift.lines;
}

/** The plugin (no options): a no-op for text not read from a file, and for files given whole. */
export default function remarkSourceLines() {
  return (tree: Root, file: VFile): void => {
    if (!file.path) return;
    let full: string;
    try {
      full = readFileSync(file.path, 'utf8');
    } catch {
      return;
    }
    const shift = shiftOf(full, String(file.value));
    if (shift.lines === 0 && shift.columns === 0) return;
    const seen = new WeakSet<Point>();
    visit(tree, (node) => {
      shiftPoint(node.position?.start, shift, seen);
      shiftPoint(node.position?.end, shift, seen);
    });
  };
}
