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

/** A page that may go into the printed book: its URL (with the base) and built HTML. */
export interface PrintSource {
  readonly url: string;
  readonly file: string;
  readonly html: string;
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
): string {
  const byUrl = new Map(sources.map((source) => [decodeURI(source.url), source]));
  const ordered = [
    ...order.flatMap((link) =>
      byUrl.has(link.href) ? [{ source: byUrl.get(link.href)!, part: link.part }] : [],
    ),
  ];
  const seen = new Set(ordered.map((o) => o.source.url));
  for (const source of sources) if (!seen.has(source.url)) ordered.push({ source, part: undefined });
  const unique = ordered.filter((o, i) => ordered.findIndex((p) => p.source.url === o.source.url) === i);

  const parsed = unique.map(({ source }) => {
    const tree = fromHtml(source.html);
    const content = select('.sl-markdown-content', tree);
    if (!content) throw new Error(`打印版：${source.file} 的 HTML 里没有正文（.sl-markdown-content）`);
    return { tree, content };
  });
  const chapters: PrintChapterInfo[] = unique.map(({ source }, i) => ({
    href: source.url,
    number: i + 1,
    title: toString(select('main h1', parsed[i]!.tree) ?? { type: 'root', children: [] }).trim(),
    key: `chapter-${i + 1}`,
    headings: Object.fromEntries(
      selectAll('h2[id], h3[id], h4[id]', parsed[i]!.content).map((h) => [
        String(h.properties.id),
        toString(h).trim(),
      ]),
    ),
  }));

  const parts: string[] = ['<nav class="print-contents" aria-label="目录"><h2>目录</h2><ol>'];
  for (const chapter of chapters)
    parts.push(`<li><a href="#${chapter.key}">${escapeHtml(chapter.title)}</a></li>`);
  parts.push('</ol></nav>');
  unique.forEach(({ part }, i) => {
    const chapter = chapters[i]!;
    const previousPart = i > 0 ? unique[i - 1]!.part : undefined;
    const { html, notes } = transformChapter(toHtml(parsed[i]!.content.children), chapter, chapters);
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
  holder.children = fromHtml(parts.join(''), { fragment: true }).children as Element[];
  addStylesheets(
    page,
    parsed.map((p) => p.tree),
  );
  return toHtml(page);
}

/**
 * Adds to `page`'s head every stylesheet the chapters use that it lacks (the figures' styles): linked
 * files, and the small stylesheets Astro inlines into the head as <style>.
 */
function addStylesheets(page: Root, chapters: readonly Root[]): void {
  const head = select('head', page);
  if (!head) return;
  const keyOf = (node: Element) =>
    node.tagName === 'link' ? `link:${String(node.properties.href)}` : `style:${toString(node)}`;
  const have = new Set(selectAll('link[rel~="stylesheet"], style', head).map(keyOf));
  for (const tree of chapters) {
    const chapterHead = select('head', tree);
    if (!chapterHead) continue;
    for (const node of selectAll('link[rel~="stylesheet"], style', chapterHead)) {
      const key = keyOf(node);
      if (have.has(key)) continue;
      have.add(key);
      head.children.push(node);
    }
  }
}
