/**
 * Obsidian comments `%%…%%` (inline or spanning lines) are removed before anything else reads
 * the note: readers never see them. `%%` inside code, inline code or math is text, not a comment.
 * An unclosed `%%` hides the rest of the note in Obsidian; here it is kept and reported instead.
 * @see https://help.obsidian.md/syntax#Comments
 */
import type { Nodes, Parent, Root } from 'mdast';

/** Offsets `[start, end)` of the parts of a text that are code or math (no syntax inside). */
export function literalRanges(tree: Root): [number, number][] {
  const ranges: [number, number][] = [];
  const walk = (node: Nodes): void => {
    const { start, end } = node.position ?? {};
    if (
      (node.type === 'code' ||
        node.type === 'inlineCode' ||
        node.type === 'math' ||
        node.type === 'inlineMath') &&
      start?.offset !== undefined &&
      end?.offset !== undefined
    ) {
      ranges.push([start.offset, end.offset]);
    } else if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes);
  };
  walk(tree);
  return ranges;
}

/** Whether `offset` lies inside one of `ranges` (sorted by start). */
export function inRanges(ranges: readonly [number, number][], offset: number): boolean {
  for (const [start, end] of ranges) {
    if (start > offset) return false;
    if (offset < end) return true;
  }
  return false;
}

/**
 * The comment ranges of a body, given its code and math ranges; `unclosed` is the offset of a
 * `%%` that opens a comment never closed (that `%%` is then left as text).
 * @example findComments('a %%b%% c', []) // { ranges: [[2, 7]], unclosed: undefined }
 */
export function findComments(
  body: string,
  literal: readonly [number, number][],
): { ranges: [number, number][]; unclosed: number | undefined } {
  const ranges: [number, number][] = [];
  let from = 0;
  for (;;) {
    let open = body.indexOf('%%', from);
    while (open >= 0 && inRanges(literal, open)) open = body.indexOf('%%', open + 2);
    if (open < 0) return { ranges, unclosed: undefined };
    let close = body.indexOf('%%', open + 2);
    while (close >= 0 && inRanges(literal, close)) close = body.indexOf('%%', close + 2);
    if (close < 0) return { ranges, unclosed: open };
    ranges.push([open, close + 2]);
    from = close + 2;
  }
}
