import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { displayTextOf, findLinks } from '../markdown/links.ts';

/** Longest description, in characters, before it is cut with an ellipsis. */
export const DESCRIPTION_MAX = 120;

/** Plain text of a paragraph: links shown as the site shows them, Obsidian marks (`==`, `^id`, `%%`) gone. */
function plainText(text: string): string {
  let out = '';
  let last = 0;
  for (const link of findLinks(text)) {
    out += text.slice(last, link.start) + (link.embed ? '' : displayTextOf(link));
    last = link.end;
  }
  return (out + text.slice(last))
    .replace(/==/g, '')
    .replace(/(?:^|\s)\^[A-Za-z0-9-]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A page description when the note has none: its first paragraph as plain text, cut to about
 * {@link DESCRIPTION_MAX} characters (search results and `<meta name="description">` show it).
 * @example deriveDescription(tree /* 进程是…（200 字） *\/) // '进程是…（119 字）…'
 */
export function deriveDescription(tree: Root): string {
  const paragraph = tree.children.find(
    (node) => node.type === 'paragraph' && plainText(toString(node)) !== '',
  );
  const chars = [...(paragraph ? plainText(toString(paragraph)) : '')];
  if (chars.length <= DESCRIPTION_MAX) return chars.join('');
  return `${chars
    .slice(0, DESCRIPTION_MAX - 1)
    .join('')
    .trimEnd()}…`;
}
