/**
 * Obsidian's inline marks on an imported page: `==highlight==` → `<mark>`, block ids `^id` →
 * the element id `^id` (so `[[note#^id]]` lands there), picture sizes `![x|300](…)` /
 * `![x|300x200](…)` → width and height, inline `#tags` → a tag chip.
 * @see https://help.obsidian.md/syntax#Bold,+italics,+highlights
 * @see https://help.obsidian.md/links#Link+to+a+block+in+a+note
 * @see https://help.obsidian.md/embeds#Embed+an+image+in+a+note
 */
import type { Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { BLOCK_ID, BLOCK_ID_LINE } from '../../markdown/links.ts';
import { isTag, TAG } from '../../markdown/tags.ts';

/** `==text==` on one line, not touching another `=`. */
const HIGHLIGHT = /(?<!=)==(?=[^\s=])([^\n=]+?)(?<=[^\s=])==(?!=)/g;
/** `alt|300` or `alt|300x200` in an image's alt text. */
const SIZE = /^(.*?)\|(\d+)(?:x(\d+))?$/;

/** Splits text nodes by a pattern, each match becoming the node `make` returns. */
function splitText(
  tree: Root,
  pattern: RegExp,
  make: (match: RegExpExecArray) => PhrasingContent | undefined,
): void {
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined || parent.type === 'link') return;
    const parts: PhrasingContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(pattern)) {
      const made = make(match as RegExpExecArray);
      if (!made) continue;
      if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
      parts.push(made);
      last = match.index + match[0].length;
    }
    if (parts.length === 0) return;
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    (parent as Parent).children.splice(index, 1, ...(parts as never[]));
    return index + parts.length;
  });
}

/** `==x==` → `<mark>x</mark>`. */
export function transformHighlights(tree: Root): void {
  splitText(tree, HIGHLIGHT, (m) => ({
    type: 'emphasis',
    children: [{ type: 'text', value: m[1]! }],
    data: { hName: 'mark' },
  }));
}

/** `#tag` → `<span class="note-tag">#tag</span>` (the page's `tags` field lists them too). */
export function transformTags(tree: Root): void {
  splitText(tree, TAG, (m) =>
    isTag(m[1]!)
      ? {
          type: 'emphasis',
          children: [{ type: 'text', value: m[0] }],
          data: { hName: 'span', hProperties: { className: ['note-tag'] } },
        }
      : undefined,
  );
}

/** Sets an element id on a node through mdast's `data.hProperties`. */
function setId(node: Nodes, id: string): void {
  node.data = { ...node.data, hProperties: { ...(node.data as { hProperties?: object })?.hProperties, id } };
}

/**
 * `段落 ^id` → the paragraph (or its list item) gets `id="^id"` and the marker goes; a lone `^id`
 * paragraph names the block before it. The first use of an id wins, as one page has one of each.
 */
export function transformBlockIds(tree: Root): void {
  const used = new Set<string>();
  const walk = (parent: Parent): void => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i] as Nodes;
      if (node.type === 'paragraph') {
        const last = node.children.at(-1);
        const match = last?.type === 'text' ? BLOCK_ID.exec(last.value) : null;
        if (!match || !last || last.type !== 'text') continue;
        const ownLine = BLOCK_ID_LINE.test(last.value);
        last.value = last.value.slice(0, match.index);
        const alone = node.children.length === 1 && last.value.trim() === '';
        const target =
          alone && i > 0
            ? (parent.children[i - 1] as Nodes)
            : parent.type === 'listItem' && i === 0
              ? parent
              : ownLine && parent.type === 'blockquote' && i === parent.children.length - 1
                ? parent
                : node;
        if (alone && i > 0) parent.children.splice(i--, 1);
        if (!used.has(match[1]!)) setId(target as Nodes, `^${match[1]}`);
        used.add(match[1]!);
      } else if ('children' in node) walk(node as Parent);
    }
  };
  walk(tree);
}

/** `![x|300](a.png)` → alt `x`, width 300; `|300x200` sets the height too. */
export function transformImageSizes(tree: Root): void {
  visit(tree, 'image', (node) => {
    const match = SIZE.exec(node.alt ?? '');
    if (!match) return;
    node.alt = match[1]!;
    const size: Record<string, number> = { width: Number(match[2]) };
    if (match[3]) size.height = Number(match[3]);
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...size } };
  });
}
