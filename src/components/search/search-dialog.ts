/**
 * The search dialog's behaviour, loaded on first use: sends what the reader types to the search
 * worker and shows the answer as a listbox of pages and their sections, moved through with the
 * arrow keys while focus stays in the field (the WAI-ARIA combobox pattern).
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/combobox/examples/combobox-autocomplete-list/
 */
import type { ResultPage, SearchRequest, SearchResponse } from '../../search/protocol.ts';
import { renderResults } from './search-render.ts';

/** Waits this long after a key before searching, so fast typing sends one query. */
const DEBOUNCE_MS = 40;

/** Fills a `{{name}}` template. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/**
 * Wires the dialog inside `root` (the `<book-search>` element) to the search `worker`, which the page
 * started while this code loaded, and tells the worker to load the index.
 */
export function attachSearch(root: HTMLElement, worker: Worker): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Record<string, string>;
  // The base in normal form (`/book/`), as SiteSearch.astro writes it.
  const base = root.dataset.base ?? '/';
  const dialog = root.querySelector('dialog')!;
  const input = dialog.querySelector('input')!;
  const status = dialog.querySelector<HTMLElement>('[role="status"]')!;
  const list = dialog.querySelector<HTMLElement>('[role="listbox"]')!;
  const send = (request: SearchRequest) => worker.postMessage(request);

  let latest = 0;
  let sentAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ready = false;
  let options: HTMLAnchorElement[] = [];
  let active = -1;

  const setActive = (index: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = options.length === 0 ? -1 : (index + options.length) % options.length;
    const option = options[active];
    if (!option) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    // The first option is at the top of a fresh list: no need to force a layout to scroll to it.
    if (active === 0) list.scrollTop = 0;
    else option.scrollIntoView({ block: 'nearest' });
  };

  // On a phone a page shows one section, so several pages fit on the first screen.
  const narrow = matchMedia('(max-width: 50rem)');
  const show = (pages: readonly ResultPage[]) => {
    options = renderResults(list, pages, narrow.matches ? 1 : Infinity);
    input.setAttribute('aria-expanded', String(options.length > 0));
    active = -1;
    setActive(options.length > 0 ? 0 : -1);
  };

  const search = () => {
    const query = input.value.trim();
    if (query === '') {
      status.textContent = '';
      show([]);
      return;
    }
    if (!ready) status.textContent = strings['book.search.loading'] ?? '';
    latest += 1;
    sentAt = performance.now();
    send({ type: 'search', id: latest, query });
  };

  worker.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
    const message = event.data;
    if (message.type === 'ready') {
      ready = true;
      return;
    }
    if (message.type === 'error') {
      status.textContent = fill(strings['book.search.error'] ?? '{{message}}', { message: message.message });
      return;
    }
    if (message.id !== latest) return;
    ready = true;
    show(message.pages);
    // For tests and `npm run perf`: the answer, and the time from sending the query to drawing it.
    root.dispatchEvent(
      new CustomEvent('book-search-results', {
        detail: { ...message, answeredMs: performance.now() - sentAt },
      }),
    );
    if (message.total === 0) {
      renderHelp(status, fill(strings['book.search.none'] ?? '', { query: message.query }), strings, message);
      return;
    }
    const count = fill(strings['book.search.results'] ?? '{{count}}', { count: message.total });
    const said = message.corrected
      ? `${fill(strings['book.search.corrected'] ?? '', { corrected: message.corrected, query: message.query })} ${count}`
      : count;
    if (message.partial)
      renderHelp(
        status,
        `${said}${fill(strings['book.search.partial'] ?? '', { query: message.query, missed: message.missed.join('」「') })}`,
        strings,
        message,
      );
    else status.textContent = said;
  });

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      // One Escape closes the dialog, as its help line says; without this, Chromium's search field
      // would spend the first Escape clearing itself. The query stays for the next opening.
      event.preventDefault();
      dialog.close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(timer);
      const option = options[active];
      if (option) option.click();
      else search();
    }
  });
  list.addEventListener('click', (event) => {
    if ((event.target as HTMLElement).closest('a')) dialog.close();
  });
  list.addEventListener('pointermove', (event) => {
    const option = (event.target as HTMLElement).closest<HTMLAnchorElement>('[role="option"]');
    if (option && options.indexOf(option) !== active) setActive(options.indexOf(option));
  });

  send({ type: 'init', base });
  if (input.value.trim() !== '') search();
}

/** A message when nothing, or only part of the query, was found, followed by nearby names and the glossary as links. */
function renderHelp(
  status: HTMLElement,
  said: string,
  strings: Record<string, string>,
  message: Extract<SearchResponse, { type: 'results' }>,
) {
  status.replaceChildren(said);
  const parts: (string | Node)[] = [];
  if (message.suggestions.length > 0) {
    parts.push(` ${strings['book.search.suggest'] ?? ''}`);
    message.suggestions.forEach((suggestion, i) => {
      const link = document.createElement('a');
      link.href = suggestion.url;
      link.textContent = suggestion.text;
      parts.push(i === 0 ? '' : '、', link);
    });
    parts.push('。');
  }
  if (message.glossary) {
    const link = document.createElement('a');
    link.href = message.glossary;
    link.textContent = strings['book.search.glossary'] ?? '';
    parts.push(' ', link, '。');
  }
  status.append(...parts);
}
