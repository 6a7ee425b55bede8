/**
 * Turns one chapter's rendered HTML into its part of the printed book: element ids get the chapter's
 * prefix (every chapter has a 「小结」), links to the book point inside the printed book and gain a
 * reference a reader can follow on paper (「（见第 5 章 §什么是上下文）」), links out of the book get a
 * numbered note with the address, and interactive figures stay in their server-rendered state (their
 * hydration markup and scripts are removed). Pure: HTML in, HTML and notes out.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit, SKIP } from 'unist-util-visit';
import { printFigure } from './figure.ts';
import { nameLandmarks } from './landmarks.ts';

/** What the transform knows about every chapter of the printed book. */
export interface PrintChapterInfo {
  /** The chapter's URL under the base, `/book/basics/x/`. */
  readonly href: string;
  /** Its number in the printed book, from 1. */
  readonly number: number;
  readonly title: string;
  /** The prefix of its element ids in the printed book. */
  readonly key: string;
  /** Heading texts by id. */
  readonly headings: Readonly<Record<string, string>>;
}

/** The transformed chapter: its HTML and the addresses of its external links, in note order. */
export interface PrintedChapter {
  readonly html: string;
  readonly notes: readonly string[];
}

function text(value: string): ElementContent {
  return { type: 'text', value };
}

function span(className: string, value: string): Element {
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: [className] },
    children: [text(value)],
  };
}

/** The id of `hash` (without `#`) in chapter `key` of the printed book. */
export function printId(key: string, hash: string): string {
  return hash === '' || hash === '_top' ? key : `${key}--${hash}`;
}

/** Chapters by decoded href, built once per list: per chapter it would grow with the square of the book. */
const chaptersByHref = new WeakMap<readonly PrintChapterInfo[], Map<string, PrintChapterInfo>>();

function byHrefOf(chapters: readonly PrintChapterInfo[]): Map<string, PrintChapterInfo> {
  let map = chaptersByHref.get(chapters);
  if (!map) {
    map = new Map(chapters.map((chapter) => [decodeURI(chapter.href), chapter]));
    chaptersByHref.set(chapters, map);
  }
  return map;
}

/**
 * Transforms `html`, the chapter `current`, against all `chapters` (found by href); `origin`
 * resolves relative links. A link to a page of the site outside the printed book (a figure's embed
 * page, the practice sheet) becomes a note with its public address under `siteUrl` (`SITE_URL`,
 * e.g. `https://example.org`); without one it is left as text, since a PDF would otherwise point
 * at whatever server printed it.
 */
export function transformChapter(
  html: string,
  current: PrintChapterInfo,
  chapters: readonly PrintChapterInfo[],
  origin = 'https://book.invalid',
  siteUrl?: string,
): PrintedChapter {
  const tree: Root = fromHtml(html, { fragment: true });
  const byHref = byHrefOf(chapters);
  const notes: string[] = [];
  /** The chapter's ids before their prefix: SVG styles and `url(#…)` references to them follow below. */
  const renamed = new Set<string>();

  /** Numbers a link out of the book as a note, `[n]` after it; returns the visit's next step. */
  const note = (href: string, node: Element, index: number, parent: { children: unknown[] }) => {
    notes.push(href);
    node.properties.dataPrintNote = String(notes.length);
    parent.children.splice(index + 1, 0, {
      type: 'element',
      tagName: 'sup',
      properties: { className: ['print-note-ref'] },
      children: [text(`[${notes.length}]`)],
    });
    return [SKIP, index + 2] as [typeof SKIP, number];
  };

  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return;
    // Hydration: scripts and templates go; an island is replaced by its server-rendered content.
    if (
      node.tagName === 'script' ||
      node.tagName === 'template' ||
      (node.tagName === 'link' && String(node.properties.rel) === 'modulepreload')
    ) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    if (node.tagName === 'astro-island' || node.tagName === 'astro-slot') {
      parent.children.splice(index, 1, ...(node.children as RootContent[] as ElementContent[]));
      return [SKIP, index];
    }
    if (node.tagName === 'figure' && node.properties.dataFigure !== undefined) printFigure(node);
    // A code block that scrolls on screen must be reachable by keyboard (the chapter's script that
    // would mark it is gone); on paper its lines wrap (print.astro).
    if (node.tagName === 'pre' && node.properties.tabIndex === undefined) node.properties.tabIndex = 0;
    if (node.properties.id !== undefined) {
      renamed.add(String(node.properties.id));
      node.properties.id = printId(current.key, String(node.properties.id));
    }
    for (const attribute of ['ariaLabelledBy', 'ariaDescribedBy', 'htmlFor', 'ariaControls'] as const) {
      const value = node.properties[attribute];
      if (value === undefined || value === null) continue;
      const ids = Array.isArray(value) ? value.map(String) : String(value).split(/\s+/);
      node.properties[attribute] = ids.map((id) => printId(current.key, id));
    }
    if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
    const href = node.properties.href;
    if (href.startsWith('#')) {
      node.properties.href = `#${printId(current.key, decodeURIComponent(href.slice(1)))}`;
      return;
    }
    // Relative links (`?seed=2#x`, `../x/`) are relative to the chapter's own page.
    const url = new URL(href, `${origin}${current.href}`);
    if (url.origin === origin) {
      const target = byHref.get(decodeURI(url.pathname));
      if (!target) {
        // Another page of the site: its public address as a note, or plain text without SITE_URL.
        if (!siteUrl) {
          delete node.properties.href;
          return;
        }
        const pub = new URL(`${url.pathname}${url.search}${url.hash}`, `${siteUrl.replace(/\/$/, '')}/`);
        node.properties.href = pub.href;
        return note(pub.href, node, index, parent);
      }
      const hash = decodeURIComponent(url.hash.slice(1));
      // A link to a state of this page (a figure's or a problem's parameters) means nothing on paper.
      if (target === current && url.search !== '') {
        delete node.properties.href;
        return;
      }
      node.properties.href = `#${printId(target.key, hash)}`;
      const section = hash && target.headings[hash] ? ` §${target.headings[hash]}` : '';
      const where = target === current ? `本章${section}` : `第 ${target.number} 章${section}`;
      parent.children.splice(index + 1, 0, span('print-ref', `（见${where}）`));
      return [SKIP, index + 2];
    }
    return note(url.href, node, index, parent);
  });
  renameSvgReferences(tree, current.key, renamed);
  nameLandmarks(tree, current.number);
  return { html: toHtml(tree), notes };
}

/**
 * An inline SVG (a build-time Mermaid diagram, a figure) refers to its own ids from its `<style>`
 * (`#mermaid-x .node rect { fill: … }`), from `url(#…)` in attributes (markers, gradients, clip
 * paths) and from `<use href="#…">`. Those references take the chapter's prefix too, or the printed
 * diagram loses its styles and prints as black shapes.
 */
function renameSvgReferences(tree: Root, key: string, renamed: ReadonlySet<string>): void {
  if (renamed.size === 0) return;
  const rename = (id: string): string => (renamed.has(id) ? printId(key, id) : id);
  const renameUrls = (value: string): string =>
    value.replace(
      /url\(\s*(['"]?)#([^'")\s]+)\1\s*\)/g,
      (_, quote: string, id: string) => `url(${quote}#${rename(id)}${quote})`,
    );
  visit(tree, 'element', (node) => {
    if (node.tagName === 'style') {
      for (const child of node.children)
        if (child.type === 'text')
          child.value = renameUrls(child.value).replace(
            /#(-?[A-Za-z_\u00a0-\uffff][\w\u00a0-\uffff-]*)/g,
            (whole, id: string) => (renamed.has(id) ? `#${printId(key, id)}` : whole),
          );
      return;
    }
    for (const [name, value] of Object.entries(node.properties)) {
      if (typeof value === 'string' && value.includes('url(')) node.properties[name] = renameUrls(value);
    }
    if (node.tagName === 'a') return; // links were handled with the rest of the book's links
    for (const name of ['href', 'xLinkHref'] as const) {
      const value = node.properties[name];
      if (typeof value === 'string' && value.startsWith('#'))
        node.properties[name] = `#${rename(value.slice(1))}`;
    }
  });
}
