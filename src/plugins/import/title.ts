import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Longest description, in characters, before it is cut with an ellipsis. */
export const DESCRIPTION_MAX = 120;

/** `[[target#heading|label]]`: group 1 is the target part, group 2 the optional label. */
const WIKILINK = /\[\[([^\]|\n]+)(?:\|([^\]\n]+))?\]\]/g;

/** Plain text of Markdown content: wiki links shown by their label, whitespace collapsed. */
function plainText(text: string): string {
  return text
    .replace(WIKILINK, (_m, target: string, label?: string) => label ?? target)
    .replace(/\s+/g, ' ')
    .trim();
}

/** The note's first heading, if any (Obsidian notes often open with one). */
export function findFirstHeading(tree: Root): Heading | undefined {
  return tree.children.find((node): node is Heading => node.type === 'heading');
}

/**
 * The page title: the front matter's, else the first heading's text, else the file name.
 * @example deriveTitle(undefined, tree /* ## 1. 核心观点 *\/, '000_x.txt') // '1. 核心观点'
 */
export function deriveTitle(frontMatterTitle: unknown, tree: Root, fileName: string): string {
  if (typeof frontMatterTitle === 'string' && frontMatterTitle.trim()) return frontMatterTitle.trim();
  const heading = findFirstHeading(tree);
  const headingText = heading ? plainText(toString(heading)) : '';
  if (headingText) return headingText;
  return fileName.replace(/\.[^.]+$/, '');
}

/**
 * The page description: the first paragraph as plain text, cut to about {@link DESCRIPTION_MAX} characters.
 * @example deriveDescription(tree /* 进程是…（200 字） *\/) // '进程是…（119 字）…'
 */
export function deriveDescription(tree: Root): string {
  const paragraph = tree.children.find((node) => node.type === 'paragraph');
  const text = paragraph ? plainText(toString(paragraph)) : '';
  const chars = [...text];
  return chars.length <= DESCRIPTION_MAX
    ? text
    : `${chars
        .slice(0, DESCRIPTION_MAX - 1)
        .join('')
        .trimEnd()}…`;
}
