/**
 * Fills the `/print/` page with the whole book: the chapters in the sidebar's order (read from a built
 * page's sidebar, so a new part or chapter needs no change here), a numbered contents list, each
 * chapter's built content passed through transformChapter, and the stylesheets the chapters use
 * (their figures' styles) added to the page's head. Pure: HTML strings in, HTML out.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { escapeHtml } from '../../search/mark.ts';
import { transformChapter, type PrintChapterInfo } from '../../lib/print/transform.ts';

/**
 * A page that may go into the printed book: its URL (with the base) and a way to read its built HTML.
 * Read on demand, one page at a time, so a book of thousands of imported notes (each page carrying the
 * whole sidebar) is never held in memory at once.
 */
export interface PrintSource {
  readonly url: string;
  readonly file: string;
  readonly read: () => string;
}

/** The sidebar's links in order, each with the label of its part (the top-level group). */
export function sidebarOrder(html: string): { href: string; part: string | undefined }[] {
  const tree = fromHtml(html);
  const sidebar = select('#starlight__sidebar', tree);
  if (!sidebar)
    throw new Error('打印版：构建出的页面里找不到侧边栏（#starlight__sidebar），无法确定章节顺序');
  const links: { href: string; part: string | undefined }[] = [];
  const walk = (node: Element, part: string | undefined) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'details') {
        const summary = select('summary', child);
        walk(child, part ?? (summary ? toString(summary).trim() : undefined));
      } else if (child.tagName === 'a' && typeof child.properties.href === 'string') {
        links.push({ href: decodeURI(child.properties.href), part });
      } else walk(child, part);
    }
  };
  walk(sidebar, undefined);
  return links;
}

/**
 * The print page with the book filled in. `sources` are the printable pages; `order` the sidebar's
 * links; pages not in the sidebar come last, in the given order, so none is lost.
 */
export function assemblePrintBook(
  printHtml: string,
  sources: readonly PrintSource[],
  order: ReturnType<typeof sidebarOrder>,
  siteUrl?: string,
): string {
  const byUrl = new Map(sources.map((source) => [decodeURI(source.url), source]));
  const ordered = [
    ...order.flatMap((link) =>
      byUrl.has(link.href) ? [{ source: byUrl.get(link.href)!, part: link.part }] : [],
    ),
  ];
  const seen = new Set(ordered.map((o) => o.source.url));
  for (const source of sources) if (!seen.has(source.url)) ordered.push({ source, part: undefined });
  // A page the sidebar lists twice is printed once, where it first appears.
  const printed = new Set<string>();
  const unique = ordered.filter((o) => !printed.has(o.source.url) && printed.add(o.source.url));

  // One parse per page; only the content's HTML, the heading names and the head's stylesheets are kept.
  const stylesheets: Element[] = [];
  const stylesheetKeys = new Set<string>();
  const contents: string[] = [];
  const chapters: PrintChapterInfo[] = unique.map(({ source }, i) => {
    const tree = fromHtml(source.read());
    const content = select('.sl-markdown-content', tree);
    if (!content) throw new Error(`打印版：${source.file} 的 HTML 里没有正文（.sl-markdown-content）`);
    collectStylesheets(tree, stylesheets, stylesheetKeys);
    contents.push(toHtml(content.children));
    return {
      href: source.url,
      number: i + 1,
      title: toString(select('main h1', tree) ?? { type: 'root', children: [] }).trim(),
      key: `chapter-${i + 1}`,
      headings: Object.fromEntries(
        selectAll('h2[id], h3[id], h4[id]', content).map((h) => [
          String(h.properties.id),
          toString(h).trim(),
        ]),
      ),
    };
  });

  const parts: string[] = ['<nav class="print-contents" aria-label="目录"><h2>目录</h2><ol>'];
  for (const chapter of chapters)
    parts.push(`<li><a href="#${chapter.key}">${escapeHtml(chapter.title)}</a></li>`);
  parts.push('</ol></nav>');
  unique.forEach(({ part }, i) => {
    const chapter = chapters[i]!;
    const previousPart = i > 0 ? unique[i - 1]!.part : undefined;
    const { html, notes } = transformChapter(contents[i]!, chapter, chapters, undefined, siteUrl);
    contents[i] = '';
    parts.push(`<section class="print-chapter" id="${chapter.key}" aria-labelledby="${chapter.key}--title">`);
    parts.push('<header class="print-chapter__header">');
    if (part && part !== previousPart) parts.push(`<p class="print-chapter__part">${escapeHtml(part)}</p>`);
    parts.push(`<p class="print-chapter__number">第 ${chapter.number} 章</p>`);
    parts.push(
      `<h2 class="print-chapter__title" id="${chapter.key}--title">${escapeHtml(chapter.title)}</h2></header>`,
    );
    parts.push(`<div class="sl-markdown-content">${html}</div>`);
    if (notes.length > 0) {
      parts.push(`<aside class="print-notes" aria-label="第 ${chapter.number} 章的外部链接"><ol>`);
      for (const note of notes) parts.push(`<li><a href="${escapeHtml(note)}">${escapeHtml(note)}</a></li>`);
      parts.push('</ol></aside>');
    }
    parts.push('</section>');
  });

  const page: Root = fromHtml(printHtml);
  const holder = select('[data-print-book]', page);
  if (!holder) throw new Error('打印版：/print/ 页面里没有 [data-print-book] 占位元素');
  // The book goes in as text: parsed into the page's tree, a book of thousands of notes would be held
  // as one tree many times its size. Its parts were each serialised from a tree, so they are well formed.
  const marker = 'book-print: the chapters go here';
  holder.children = [{ type: 'comment', value: marker }];
  addStylesheets(page, stylesheets);
  const halves = toHtml(page).split(`<!--${marker}-->`);
  if (halves.length !== 2) throw new Error('打印版：/print/ 页面里的占位注释不止一处，无法放入章节');
  const [before, after] = halves;
  return `${before}${parts.join('')}${after}`;
}

const stylesheetKey = (node: Element) =>
  node.tagName === 'link' ? `link:${String(node.properties.href)}` : `style:${toString(node)}`;

/** Gathers a chapter's stylesheets (linked files and the small <style>s Astro inlines into the head), once each. */
function collectStylesheets(tree: Root, into: Element[], keys: Set<string>): void {
  const head = select('head', tree);
  if (!head) return;
  for (const node of selectAll('link[rel~="stylesheet"], style', head)) {
    const key = stylesheetKey(node);
    if (keys.has(key)) continue;
    keys.add(key);
    into.push(node);
  }
}

/** Adds to `page`'s head every stylesheet the chapters use (the figures' styles) that it lacks. */
function addStylesheets(page: Root, stylesheets: readonly Element[]): void {
  const head = select('head', page);
  if (!head) return;
  const have = new Set(selectAll('link[rel~="stylesheet"], style', head).map(stylesheetKey));
  for (const node of stylesheets) if (!have.has(stylesheetKey(node))) head.children.push(node);
}
