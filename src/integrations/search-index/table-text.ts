/**
 * Tables as sentences, for the copy of a page the search index reads: Pagefind stores a table's cells
 * as bare words with full stops between them, so an excerpt from a table read `. 是. 否. 命名管道.`.
 * Each body row becomes one paragraph that names its row and, for each cell, its column:
 * `| 命名管道 | 否 |` under `| 机制 | 需要亲缘关系 |` → `命名管道：需要亲缘关系——否。`. The page readers see
 * keeps its table; the words indexed are the same, with the column names repeated.
 */
import type { Element, ElementContent } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

const cellText = (cell: Element) => toString(cell).replace(/\s+/g, ' ').trim();

/** The sentence for one row: `label：column——value；column——value。` (a cell without a column name: just its value). */
export function rowSentence(columns: readonly string[], cells: readonly string[]): string {
  const [label = '', ...rest] = cells;
  const parts = rest
    .map((value, i) => {
      const column = columns[i + 1] ?? '';
      if (value === '') return '';
      return column === '' ? value : `${column}——${value}`;
    })
    .filter((part) => part !== '');
  if (label === '') return `${parts.join('；')}。`;
  return parts.length === 0 ? `${label}。` : `${label}：${parts.join('；')}。`;
}

/** Replaces every table below `root` with one paragraph per body row (see the module comment). */
export function tablesAsSentences(root: Element): void {
  for (const table of selectAll('table', root)) {
    const columns = selectAll('thead th, thead td', table).map(cellText);
    const rows = selectAll('tbody tr', table);
    const bodyRows = rows.length > 0 ? rows : selectAll('tr', table).slice(columns.length > 0 ? 1 : 0);
    const paragraphs: ElementContent[] = bodyRows.map((row) => ({
      type: 'element',
      tagName: 'p',
      properties: {},
      children: [{ type: 'text', value: rowSentence(columns, selectAll('th, td', row).map(cellText)) }],
    }));
    table.tagName = 'div';
    table.properties = {};
    table.children = paragraphs;
  }
}
