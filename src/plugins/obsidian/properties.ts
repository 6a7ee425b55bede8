/**
 * A note's other properties (front matter kept under `obsidian.properties` by the importer) shown
 * at the top of its page, like Obsidian's Properties view: a small table of names and values,
 * every value as text (never as markup: mdast text nodes are escaped by the renderer).
 * @see https://help.obsidian.md/properties
 */
import type { Root, RootContent, TableRow } from 'mdast';
import { BUILD_WORDS } from '../../lib/vault-site.mjs';

/** A property value as the text a reader sees: lists joined with `, `, dates as ISO days. */
export function propertyText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(propertyText).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Puts a `note-properties` table first in the page when the note has properties; `words` head its columns. */
export function insertProperties(
  tree: Root,
  properties: Record<string, unknown> | undefined,
  words: { property: string; value: string } = BUILD_WORDS.zh,
): void {
  const entries = Object.entries(properties ?? {});
  if (entries.length === 0) return;
  const row = (name: string, value: string): TableRow => ({
    type: 'tableRow',
    children: [
      { type: 'tableCell', children: [{ type: 'text', value: name }] },
      { type: 'tableCell', children: [{ type: 'text', value }] },
    ],
  });
  const table: RootContent = {
    type: 'table',
    align: [null, null],
    children: [
      row(words.property, words.value),
      ...entries.map(([name, value]) => row(name, propertyText(value))),
    ],
    data: { hProperties: { className: ['note-properties'] } },
  };
  tree.children.unshift(table);
}
