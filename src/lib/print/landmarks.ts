/**
 * Landmarks of a chapter in the printed book get names that say which chapter they are in: every
 * chapter with a practice problem has a region called 「练习：…」, and one page holding the whole
 * book would otherwise have many landmarks of the same name (axe: landmark-unique).
 *
 * `<section aria-labelledby="t">…<h3 id="t">练习</h3>` in chapter 7 →
 * `<section aria-label="练习（第 7 章）">`; a second one in the same chapter: `练习（第 7 章，其二）`.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** Elements that are landmarks once they have a name (HTML-AAM), and roles that always are. */
const NAMED_LANDMARK_TAGS = new Set(['section', 'form']);
const LANDMARK_TAGS = new Set(['nav', 'aside', 'main', 'header', 'footer', 'search']);
const LANDMARK_ROLES = new Set(['region', 'navigation', 'complementary', 'form', 'search', 'main', 'banner']);

const CHINESE_ORDINALS = ['', '', '其二', '其三', '其四', '其五', '其六', '其七', '其八', '其九'];

/** Renames (in place) the landmarks of chapter `number`; see the module comment. */
export function nameLandmarks(tree: Root, number: number): void {
  const byId = new Map<string, Element>();
  visit(tree, 'element', (node) => {
    if (typeof node.properties.id === 'string') byId.set(node.properties.id, node);
  });
  const seen = new Map<string, number>();
  visit(tree, 'element', (node) => {
    const role = typeof node.properties.role === 'string' ? node.properties.role : undefined;
    const labelledBy = node.properties.ariaLabelledBy;
    const label = typeof node.properties.ariaLabel === 'string' ? node.properties.ariaLabel : undefined;
    const ids = Array.isArray(labelledBy)
      ? labelledBy.map(String)
      : labelledBy
        ? String(labelledBy).split(/\s+/)
        : [];
    const name =
      label ??
      ids
        .map((id) => (byId.get(id) ? toString(byId.get(id)!).trim() : ''))
        .join(' ')
        .trim();
    const landmark =
      (role !== undefined && LANDMARK_ROLES.has(role)) ||
      (role === undefined &&
        (LANDMARK_TAGS.has(node.tagName) || (NAMED_LANDMARK_TAGS.has(node.tagName) && name)));
    if (!landmark || !name) return;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    const nth = count > 1 ? `，${CHINESE_ORDINALS[count] ?? `第 ${count} 个`}` : '';
    node.properties.ariaLabel = `${name}（第 ${number} 章${nth}）`;
    delete node.properties.ariaLabelledBy;
  });
}
