/**
 * Marks the query's words in a plain-text excerpt, for the result list. Pagefind would mark the index
 * words it matched, which for Chinese are pairs anchored on their first character (`内核线程` would come
 * back as `<mark>内</mark><mark>核</mark><mark>线</mark>程`); the book marks the words the reader asked for.
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/**
 * Escaped `text` with every occurrence of a needle wrapped in `<mark>`, case-insensitively and longest
 * needle first, never overlapping: `markText('内核线程与 TLB', ['内核线程', 'tlb'])` →
 * `<mark>内核线程</mark>与 <mark>TLB</mark>`.
 */
export function markText(text: string, needles: readonly string[]): string {
  const lower = text.toLowerCase();
  const sorted = [...new Set(needles.map((n) => n.toLowerCase()).filter((n) => n.length > 0))].sort(
    (a, b) => b.length - a.length,
  );
  const marked = new Array<boolean>(text.length).fill(false);
  for (const needle of sorted) {
    let from = 0;
    for (let at = lower.indexOf(needle, from); at !== -1; at = lower.indexOf(needle, from)) {
      const end = at + needle.length;
      if (!marked.slice(at, end).some(Boolean)) marked.fill(true, at, end);
      from = end;
    }
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (marked[i] && !marked[i - 1]) out += '<mark>';
    out += escapeHtml(text[i]!);
    if (marked[i] && !marked[i + 1]) out += '</mark>';
  }
  return out;
}
