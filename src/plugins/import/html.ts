import type { Html } from 'mdast';
import { escapeLiteral, toMdxComment } from './escape.ts';

/** Parents whose children are blocks: there, raw HTML was a block of its own. */
const FLOW_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

/**
 * A blank line (with the container's `>`) after what was an HTML block and is now a paragraph,
 * so a following line cannot join it as a lazy continuation.
 */
export function blockBreak(
  source: string,
  start: number,
  end: number,
  parentType: string | undefined,
): string {
  if (!parentType || !FLOW_PARENTS.has(parentType) || !/^\n[ \t>]*\S/.test(source.slice(end))) return '';
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  return `\n${source
    .slice(lineStart, start)
    .replace(/[^\s>]/g, ' ')
    .trimEnd()}`;
}

/** Raw HTML shown as the text it is; an HTML comment stays hidden as an MDX comment. */
export function htmlAsText(node: Html, raw: string): string {
  const lines = raw.split('\n');
  const valueLines = node.value.split('\n');
  // Each raw line is a container prefix (`> `, list indentation) followed by the value's line.
  const prefixes = lines.map((line, i) => line.slice(0, line.length - (valueLines[i] ?? line).length));
  const value = node.value.trimStart();
  if (value.startsWith('<!--')) {
    const close = value.indexOf('-->');
    const comment = toMdxComment(value.slice(4, close < 0 ? value.length : close));
    const rest = close < 0 ? '' : value.slice(close + 3);
    // The comment is flattened to one line; line breaks at its end still separate what follows.
    const trailing = /\s*$/.exec(raw)![0];
    return (rest.trim() ? `${comment} ${escapeLiteral(rest.trim())}` : comment) + trailing;
  }
  return valueLines.map((line, i) => (i === 0 ? '' : prefixes[i]) + escapeLiteral(line)).join('\n');
}
