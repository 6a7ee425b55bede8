/**
 * A result page's sections and excerpts, from the page's text as Pagefind stored it (its fragment:
 * the words in order, and the headings with the word position where each starts) and the positions
 * where the query matched. Computed here rather than with Pagefind's `data()`, which rebuilds the
 * whole page text for every section and took 10 ms or more per result; this splits the text once per
 * page. Pure: no DOM, no fetch.
 * @see https://pagefind.app/docs/sub-results/ (the behaviour this follows: a section per heading with an id)
 */
import { markText } from './mark.ts';

/** A page's stored text: its words in order and its headings. */
export interface PageText {
  readonly url: string;
  readonly title: string;
  readonly words: readonly string[];
  readonly anchors: readonly {
    readonly element: string;
    readonly id: string;
    readonly text: string;
    readonly location: number;
  }[];
}

/** A section of a result: heading, its id and an excerpt (HTML with `<mark>`). */
export interface SectionExcerpt {
  readonly title: string;
  readonly id: string;
  readonly excerpt: string;
}

/** How many words an excerpt shows, and how many of them come before the first match. */
export const EXCERPT_WORDS = 36;
const LEAD = 8;

function excerptAt(
  text: PageText,
  at: number,
  start: number,
  end: number,
  needles: readonly string[],
): string {
  let from = Math.max(start, at - LEAD);
  const to = Math.min(end, from + EXCERPT_WORDS);
  from = Math.max(start, Math.min(from, to - EXCERPT_WORDS));
  const plain = text.words.slice(from, to).join('').replace(/\s+/g, ' ').trim();
  return `${from > start ? '…' : ''}${markText(plain, needles)}${to < end ? '…' : ''}`;
}

const squash = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

/** How many stored words the heading at `start` spans (and the full stop Pagefind adds after it). */
function headingLength(text: PageText, start: number, heading: string): number {
  const target = squash(heading).length;
  let length = 0;
  let count = 0;
  while (start + count < text.words.length && length < target) {
    length += squash(text.words[start + count]!).length;
    count++;
  }
  if (squash(text.words[start + count] ?? 'x') === '') count++;
  return count;
}

/**
 * Where the page's own text starts: after its title, which Pagefind stores first with a full stop
 * (`线程间的通信与同步 . 进程之间…`) and the result shows as its heading already; 0 when the text does
 * not start with the title.
 */
function bodyStart(text: PageText): number {
  const count = headingLength(text, 0, text.title);
  return squash(text.words.slice(0, count).join('')) === squash(text.title) ? count : 0;
}

/**
 * The page's excerpt and up to `limit` sections where the query matched, most matches first (the
 * page's order breaking ties). `locations` are the matched word positions; `needles` the words to mark.
 */
export function excerptsOf(
  text: PageText,
  locations: readonly number[],
  needles: readonly string[],
  limit = 3,
): { excerpt: string; sections: SectionExcerpt[] } {
  const sorted = [...new Set(locations)].filter((l) => l >= 0 && l < text.words.length).sort((a, b) => a - b);
  const anchors = text.anchors
    .filter((a) => /^h[2-6]$/i.test(a.element) && a.id !== '' && a.text.trim() !== '')
    .sort((a, b) => a.location - b.location);
  const start = bodyStart(text);
  const first = sorted.find((l) => l >= start) ?? start;
  const excerpt = excerptAt(text, first, start, text.words.length, needles);
  const hits = new Map<number, number[]>();
  for (const location of sorted) {
    let section = -1;
    for (let i = 0; i < anchors.length && anchors[i]!.location <= location; i++) section = i;
    if (section < 0) continue;
    hits.set(section, [...(hits.get(section) ?? []), location]);
  }
  const sections = [...hits.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .slice(0, limit)
    .map(([i, where]) => {
      const anchor = anchors[i]!;
      const end = anchors[i + 1]?.location ?? text.words.length;
      // The section's text starts after the heading's own words (shown as the title already).
      const body = Math.min(end, anchor.location + headingLength(text, anchor.location, anchor.text));
      const at = where.find((l) => l >= body) ?? body;
      return { title: anchor.text, id: anchor.id, excerpt: excerptAt(text, at, body, end, needles) };
    });
  return { excerpt, sections };
}
