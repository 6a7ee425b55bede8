/**
 * An interactive figure as it goes on paper: its server-rendered state without what only works
 * on screen. Controls (`[data-figure-controls]`, the toolbar, the status line) go, labels and all;
 * a button that carries content (a table's column header, a step's name in a step list) becomes
 * its text. Pure: works on the hast tree of one `<figure data-figure>`.
 *
 * `<th><button type="button">系统调用</button></th>` → `<th><span>系统调用</span></th>`;
 * `<div data-figure-controls><label>切换方式 <input…></label></div>` → nothing.
 */
import type { Element, ElementContent } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** Whether an element exists only to be operated on screen. */
function screenOnly(node: Element): boolean {
  const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
  return (
    node.properties.dataFigureControls !== undefined ||
    node.properties.role === 'toolbar' ||
    classes.includes('figure-frame__status') ||
    ['input', 'select', 'textarea'].includes(node.tagName)
  );
}

/** Strips one figure (in place) down to what it shows. */
export function printFigure(figure: Element): void {
  // A focusable frame with keyboard shortcuts means nothing on paper.
  delete figure.properties.tabIndex;
  visit(figure, 'element', (node, index, parent) => {
    if (node === figure || !parent || index === undefined) return;
    if (screenOnly(node)) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.tagName === 'button') {
      const { className } = node.properties;
      const span: ElementContent = {
        type: 'element',
        tagName: 'span',
        properties: className === undefined ? {} : { className },
        children: node.children,
      };
      parent.children.splice(index, 1, span);
      return index;
    }
    return undefined;
  });
}
