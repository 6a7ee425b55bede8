/**
 * On a page opened from a search result (`?highlight=内核线程 kernel`): marks the words in the page's
 * content with the CSS Custom Highlight API (no change to the DOM, so nothing shifts and the page's
 * own scripts see the same nodes), then drops the parameter from the address so a copied link is clean.
 * Esc clears the marks. Browsers without the API simply show the page unmarked.
 * @see https://developer.mozilla.org/en-US/docs/Web/API/CSS_Custom_Highlight_API
 */

/** Text ranges in `root` where any of `words` occurs (case-insensitive, longest word first, no overlaps). */
export function findRanges(root: Node, words: readonly string[]): Range[] {
  const needles = [...new Set(words.map((w) => w.toLowerCase()).filter((w) => w.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  const ranges: Range[] = [];
  if (needles.length === 0) return ranges;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, astro-island, .sr-only')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.nodeValue ?? '').toLowerCase();
    const taken = new Array<boolean>(text.length).fill(false);
    for (const needle of needles) {
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
        if (taken.slice(at, at + needle.length).some(Boolean)) continue;
        taken.fill(true, at, at + needle.length);
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        ranges.push(range);
      }
    }
  }
  return ranges;
}

/** Reads `?highlight=`, marks its words in the main content, and cleans the address. */
export function highlightFromUrl(): void {
  const url = new URL(location.href);
  const words = (url.searchParams.get('highlight') ?? '').split(/\s+/);
  url.searchParams.delete('highlight');
  history.replaceState(history.state, '', url);
  const root = document.querySelector('main');
  if (!root || typeof Highlight === 'undefined' || !('highlights' in CSS)) return;
  const ranges = findRanges(root, words);
  if (ranges.length === 0) return;
  CSS.highlights.set('book-search', new Highlight(...ranges));
  document.documentElement.dataset.searchHighlight = '';
  addEventListener('keydown', function clear(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    CSS.highlights.delete('book-search');
    delete document.documentElement.dataset.searchHighlight;
    removeEventListener('keydown', clear);
  });
}
