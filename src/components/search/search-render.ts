/**
 * Draws the results: one group per page, the page as an option, then its sections (the headings where
 * the words are) as options, each with an excerpt whose `<mark>`s were made by the worker from escaped
 * text. Returns the options in order, for the arrow keys.
 */
import type { ResultPage } from '../../search/protocol.ts';

let counter = 0;

function option(className: string, href: string, title: string, excerpt: string): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = className;
  link.href = href;
  link.id = `book-search-option-${++counter}`;
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  link.tabIndex = -1;
  const heading = document.createElement('span');
  heading.className = 'book-search-title';
  heading.textContent = title;
  const text = document.createElement('span');
  text.className = 'book-search-excerpt';
  // Escaped by markText in the worker; the only markup is <mark>.
  text.innerHTML = excerpt;
  link.append(heading, text);
  return link;
}

/**
 * Replaces the list's content with `pages`, each with at most `maxSections` of its sections; returns
 * the options (pages and sections) in order.
 */
export function renderResults(
  list: HTMLElement,
  pages: readonly ResultPage[],
  maxSections = Infinity,
): HTMLAnchorElement[] {
  const options: HTMLAnchorElement[] = [];
  const groups = pages.map((page) => {
    const group = document.createElement('div');
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', page.title);
    group.className = 'book-search-group';
    const main = option(
      'book-search-page',
      page.url,
      page.title,
      page.sections.length > 0 ? '' : page.excerpt,
    );
    group.append(main);
    options.push(main);
    for (const section of page.sections.slice(0, maxSections)) {
      const sub = option('book-search-section', section.url, section.title, section.excerpt);
      group.append(sub);
      options.push(sub);
    }
    return group;
  });
  list.replaceChildren(...groups);
  return options;
}
