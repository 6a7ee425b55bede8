/**
 * Nothing of a note is lost on its way to the page: every paragraph, list item, table cell, code
 * block and heading of each note of the fixture vault (tests/fixtures/vault) is found, as text, in
 * the page built from it (dist-fixtures/, built by scripts/build-fixtures.mjs in `npm test`).
 * Source and page are both reduced to what a reader reads: Obsidian's own marks (`==`, `%%…%%`,
 * `^id`, `[!type]`, link brackets) are taken out of the source the way Obsidian hides them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Nodes, Parent } from 'mdast';
import { describe, expect, test } from 'vitest';
import { toPageSlug } from '../../src/lib/paths.ts';
import { displayTextOf, findLinks } from '../../src/markdown/links.ts';
import { splitFrontMatter } from '../../src/markdown/front-matter.ts';
import { parseMarkdown } from '../../src/markdown/parser.ts';
import { FIXTURE_DIST, FIXTURE_HINT, FIXTURE_VAULT } from '../../scripts/lib/fixture-site.mjs';

/** Notes whose text is, by design, not all shown as written (each for the reason given). */
const SKIPPED: Record<string, string> = {
  'Hostile.md': 'raw HTML with handlers is removed by the sanitizer (tests/browser/safety-*.test.ts)',
  '敌意笔记.md': 'raw HTML with handlers is removed by the sanitizer (tests/browser/safety-*.test.ts)',
  'Mermaid.md': 'diagrams are drawn, not shown as source',
};

/** What a reader reads of a piece of Markdown text, the way Obsidian hides its own marks. */
function readable(text: string): string {
  let out = '';
  let last = 0;
  for (const link of findLinks(text)) {
    out += text.slice(last, link.start) + (link.embed ? '' : displayTextOf(link));
    last = link.end;
  }
  return normalise(
    (out + text.slice(last))
      .replace(/%%[\s\S]*?%%/g, '')
      .replace(/==/g, '')
      .replace(/\^\[[^\]]*\]/g, '')
      .replace(/\[![\w-]+\][+-]?/g, '')
      .replace(/(?:^|\s)\^[A-Za-z0-9-]+$/gm, ''),
  );
}

/** Whitespace collapsed, quotes and the `›` of link labels made plain, so both sides compare alike. */
function normalise(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, '').trim();
}

/** The text a reader sees in inline content: raw HTML tags, pictures and footnote marks leave none. */
function inlineText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  if (!('children' in node)) return '';
  return (node as Parent).children.map((child) => inlineText(child as Nodes)).join('');
}

/** Whether a node holds math (drawn by KaTeX, whose text is not the source's). */
function hasMath(node: Nodes): boolean {
  if (node.type === 'inlineMath' || node.type === 'math') return true;
  return 'children' in node && (node as Parent).children.some((child) => hasMath(child as Nodes));
}

/** The text units of a note: paragraphs (list items' included), table cells, code blocks and headings. */
function unitsOf(source: string): string[] {
  const tree = parseMarkdown(splitFrontMatter(source).body);
  const units: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'code') units.push(normalise(node.value));
    else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      if (!hasMath(node)) units.push(readable(inlineText(node)));
    } else if ('children' in node) (node as Parent).children.forEach((child) => walk(child as Nodes));
  };
  walk(tree);
  // Embeds and lone block ids leave no text of their own.
  return units.filter((unit) => unit !== '');
}

/** The text of a built page's main column. */
function pageText(slug: string): string {
  const html = readFileSync(join(FIXTURE_DIST, 'vault', slug, 'index.html'), 'utf8');
  const main = select('main', fromHtml(html) as HastRoot) as Element;
  // Footnote reference numbers are the page's, not the note's text.
  for (const sup of selectAll('sup:has(> a[data-footnote-ref])', main)) sup.children = [];
  // So is the link under an audio, video or PDF player (an embed, which leaves no text of the note's).
  for (const media of selectAll('.note-media', main)) media.children = [];
  return normalise(toText(main));
}

const notes = existsSync(FIXTURE_VAULT)
  ? readdirSync(FIXTURE_VAULT, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.md'))
  : [];

describe.skipIf(!existsSync(FIXTURE_DIST))('lossless import of the fixture vault', () => {
  test('the fixture site is built', () => {
    expect(existsSync(join(FIXTURE_DIST, 'vault')), FIXTURE_HINT).toBe(true);
  });

  test.each(notes.filter((note) => !(note in SKIPPED) && note !== 'binary.md'))('%s', (note) => {
    const text = pageText(toPageSlug(note));
    const missing = unitsOf(readFileSync(join(FIXTURE_VAULT, note), 'utf8')).filter(
      (unit) => !text.includes(unit),
    );
    expect(missing).toEqual([]);
  });
});

describe.skipIf(!existsSync(join(FIXTURE_DIST, 'vault')))('links of the imported vault', () => {
  // The link validator does not run on test builds (astro.config.mjs): every wiki link of the
  // vault's pages is checked here instead, page and anchor (headings and block ids alike).
  const pages = readdirSync(join(FIXTURE_DIST, 'vault'), { recursive: true, encoding: 'utf8' }).filter(
    (path) => path.endsWith('index.html'),
  );
  test.each(pages)('%s', (path) => {
    const tree = fromHtml(readFileSync(join(FIXTURE_DIST, 'vault', path), 'utf8'));
    const broken = selectAll('a.wikilink', tree as HastRoot)
      .map((a) => String(a.properties.href))
      .filter((href) => {
        const [page = '', hash] = href.split('#');
        const file = join(FIXTURE_DIST, decodeURIComponent(page), 'index.html');
        if (!existsSync(file)) return true;
        return hash !== undefined && !readFileSync(file, 'utf8').includes(`id="${decodeURIComponent(hash)}"`);
      });
    expect(broken).toEqual([]);
  });
});
