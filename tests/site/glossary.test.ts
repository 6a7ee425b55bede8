/**
 * The glossary page as built from the concept list: one row per concept with its English names, and
 * every row's links reach a page of the book and, for a concept with a heading, that heading's id.
 */
import { describe, expect, test } from 'vitest';
import { select, selectAll } from 'hast-util-select';
import { allConcepts, loadConcepts } from '../../src/lib/concepts-schema.ts';
import { loadSite } from './dist.ts';

describe('the glossary (dist, base /)', () => {
  const site = loadSite('dist', '/');
  const glossary = site.pages.find((p) => p.url === '/study/glossary/')!;
  const rows = selectAll('.sl-markdown-content tbody tr', glossary.tree);

  test('has one row per concept, with the English names shown', () => {
    expect(rows.length).toBe(allConcepts(loadConcepts()).length);
    expect(JSON.stringify(glossary.html)).toContain('spinlock');
  });

  test('every link reaches a page of the book and the heading it names', () => {
    const broken: string[] = [];
    for (const link of rows.flatMap((row) => selectAll('a[href]', row))) {
      const [path, hash] = decodeURI(String(link.properties.href)).split('#');
      const target = site.pages.find((p) => p.url === path);
      if (!target) broken.push(`${path}：没有这个页面`);
      else if (hash && !select(`[id="${hash}"]`, target.tree)) broken.push(`${path}#${hash}：没有这个标题`);
    }
    expect(broken).toEqual([]);
  });
});
