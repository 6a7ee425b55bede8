import type { Root, Parent, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

/**
 * Pairs straight double quotes in prose into Chinese curly quotes, paragraph by paragraph.
 *
 * SmartyPants (which the unified processor turns on by default) decides open or close from
 * the neighbouring letters, so between two Chinese characters it closes both: `一步"切换"` →
 * `一步”切换”`. This plugin alternates instead, across the text of one block, skipping code:
 * `一步"切换地址空间"` → `一步“切换地址空间”`, and `"可写""用户态"` → `“可写”“用户态”`.
 * An unpaired quote (odd count in a block) is left straight rather than guessed.
 */
export default function remarkCjkQuotes() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (!['paragraph', 'heading', 'tableCell'].includes(node.type)) return undefined;
      const texts: Text[] = [];
      collectText(node as Parent, texts);
      const count = texts.reduce((n, t) => n + (t.value.match(/"/g)?.length ?? 0), 0);
      if (count === 0 || count % 2 === 1) return SKIP;
      let open = true;
      for (const text of texts) {
        text.value = text.value.replace(/"/g, () => {
          const quote = open ? '\u201c' : '\u201d';
          open = !open;
          return quote;
        });
      }
      return SKIP;
    });
  };
}

/** Text nodes of a block in reading order, not descending into code, JSX or raw HTML. */
function collectText(parent: Parent, out: Text[]): void {
  for (const child of parent.children) {
    if (child.type === 'text') out.push(child);
    else if ('children' in child && !child.type.startsWith('mdx')) collectText(child as Parent, out);
  }
}
