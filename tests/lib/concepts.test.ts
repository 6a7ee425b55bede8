/**
 * The concept list (src/content/concepts.yaml) against the book: it parses, every concept's page and
 * heading exist, no name points at two pages, every section is on the glossary page, and a bad entry
 * is reported with its file and line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { allConcepts, conceptNames, loadConcepts, parseConcepts } from '../../src/lib/concepts-schema.ts';
import { nameKey } from '../../src/search/lexicon.ts';
import { BOOK_CONTENT_DIR } from '../../src/lib/content-dir.mjs';
import { loadPageIndex } from '../../src/plugins/wikilinks/load-index.ts';

const sections = loadConcepts();
const concepts = allConcepts(sections);
const index = loadPageIndex(BOOK_CONTENT_DIR);

describe('the concept list', () => {
  test('covers the book: well over a hundred concepts in five sections', () => {
    expect(sections.map((s) => s.section)).toEqual([
      '预备知识',
      '基本概念',
      '切换与地址转换',
      '通信与同步',
      '设计与实践',
    ]);
    expect(concepts.length).toBeGreaterThan(100);
  });

  test.each(concepts.map((c) => [c.zh[0]!, c] as const))('%s: its page and heading exist', (_, concept) => {
    for (const page of [concept.page, ...concept.see]) {
      expect(index.bySlug.get(page), `页面 ${page}`).toBeDefined();
    }
    if (concept.heading) {
      const headings = index.bySlug.get(concept.page)!.headings.map((h) => h.text);
      expect(headings, `${concept.page} 的标题`).toContain(concept.heading);
    }
  });

  test('no name points at two pages', () => {
    const pageOf = new Map<string, string>();
    const clashes: string[] = [];
    for (const concept of concepts) {
      for (const name of conceptNames(concept)) {
        const key = nameKey(name);
        const other = pageOf.get(key);
        if (other !== undefined && other !== concept.page)
          clashes.push(`${name}: ${other} / ${concept.page}`);
        pageOf.set(key, concept.page);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('the glossary page renders every section', () => {
    const glossary = readFileSync(`${BOOK_CONTENT_DIR}/study/glossary.mdx`, 'utf8');
    for (const { section } of sections) expect(glossary).toContain(`<Glossary section="${section}" />`);
  });

  test('a bad entry is reported with the file, the line and the field', () => {
    const text = [
      '- section: 甲',
      '  concepts:',
      '    - zh: [锁]',
      '      page: Bad Page',
      '      define: x',
    ].join('\n');
    expect(() => parseConcepts(text, 'c.yaml')).toThrow(/c\.yaml:4: 0\.concepts\.0\.page: /);
    expect(() => parseConcepts('- section: 甲\n  concepts:\n    - zh: [锁]\n', 'c.yaml')).toThrow(
      /c\.yaml:3: 0\.concepts\.0\.page/,
    );
    expect(() => parseConcepts('- section: [', 'c.yaml')).toThrow(/c\.yaml:1: YAML 语法错误/);
  });
});
