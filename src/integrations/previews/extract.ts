/**
 * A link preview's data for one built page: its title, description, the name of its first figure,
 * and the opening lines of each section (for links to `[[页面#标题]]`). Read from the built HTML, so the
 * preview shows exactly what the page shows. Pure: HTML string in, data out.
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** The opening of a section. */
export interface SectionPreview {
  readonly title: string;
  readonly text: string;
}

/** A concept the page explains (from the concept list): a link whose text is one of its names previews it. */
export interface ConceptPreview {
  /** Its names (Chinese, English, abbreviations), the first shown as the heading of the card. */
  readonly names: readonly string[];
  /** Its one-sentence definition. */
  readonly define: string;
}

/** What a preview of the page shows. */
export interface PagePreview {
  readonly title: string;
  readonly description: string;
  /** The name of the page's first figure (interactive figure or captioned diagram), if any. */
  readonly figure: string | undefined;
  /** Section openings by heading id. */
  readonly sections: Readonly<Record<string, SectionPreview>>;
  /** The concepts the page explains. */
  readonly concepts: readonly ConceptPreview[];
}

/** How much of a section's opening a preview shows, in characters. */
export const SECTION_CHARS = 160;

function clip(text: string, limit: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  return chars.length <= limit ? clean : `${chars.slice(0, limit - 1).join('')}…`;
}

/** Text of the blocks after `heading` up to the next heading of any level: paragraphs and list items, not code or figures. */
function openingOf(heading: Element, siblings: readonly (Element | { type: string })[]): string {
  const start = siblings.indexOf(heading);
  const parts: string[] = [];
  for (const node of siblings.slice(start + 1)) {
    if (node.type !== 'element') continue;
    const element = node as Element;
    if (
      /^h[1-6]$/.test(element.tagName) ||
      String(element.properties.className ?? '').includes('sl-heading-wrapper')
    )
      break;
    if (['p', 'ul', 'ol', 'blockquote'].includes(element.tagName)) parts.push(toString(element));
    if (parts.join(' ').length > SECTION_CHARS) break;
  }
  return clip(parts.join(' '), SECTION_CHARS);
}

/** The first figure's name: an interactive figure's title, else a diagram's caption (code blocks are skipped). */
function firstFigure(content: Element): string | undefined {
  for (const figure of selectAll('figure', content)) {
    const classes = Array.isArray(figure.properties.className) ? figure.properties.className.map(String) : [];
    // Expressive Code wraps every code block in <figure class="frame">.
    if (classes.includes('frame') && figure.properties.dataFigure === undefined) continue;
    const labelledBy = figure.properties.ariaLabelledBy;
    const label = labelledBy ? select(`[id="${String(labelledBy)}"]`, figure) : undefined;
    const name = toString(label ?? select('figcaption', figure) ?? { type: 'root', children: [] }).trim();
    if (name !== '') return name;
  }
  return undefined;
}

/** Extracts the preview of a built page; `concepts` are the concepts it explains. */
export function extractPreview(html: string, concepts: readonly ConceptPreview[] = []): PagePreview {
  const tree = fromHtml(html);
  const title = toString(select('main h1', tree) ?? select('title', tree) ?? tree).trim();
  const description = String(select('meta[name="description"]', tree)?.properties.content ?? '');
  const content = select('.sl-markdown-content', tree);
  const sections: Record<string, SectionPreview> = {};
  if (content) {
    // Each element's parent, found in one walk (a search per heading grew with headings × elements).
    const parents = new Map<Element, Element>();
    const walk = (element: Element): void => {
      for (const child of element.children) {
        if (child.type !== 'element') continue;
        parents.set(child, element);
        walk(child);
      }
    };
    walk(content);
    for (const heading of selectAll('h2[id], h3[id], h4[id]', content)) {
      // Starlight wraps each heading with its anchor link in a div: the section's blocks follow the wrapper.
      const above = parents.get(heading);
      const wrapper =
        above && String(above.properties.className ?? '').includes('sl-heading-wrapper') ? above : undefined;
      const holder = wrapper ?? heading;
      const parent = parents.get(holder) ?? content;
      sections[String(heading.properties.id)] = {
        title: toString(heading).trim(),
        text: openingOf(holder, parent.children as Element[]),
      };
    }
  }
  return { title, description, figure: content ? firstFigure(content) : undefined, sections, concepts };
}
