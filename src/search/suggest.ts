/**
 * Nearby names for a query that found nothing, or only pages with part of it: the book's names
 * (titles, aliases, glossary terms of chapters) that share the most characters and character pairs
 * with it (Dice coefficient), so `死所` suggests `死锁` and `红黑树` nothing.
 */
import type { LexiconIndex } from './lexicon-index.ts';
import { nameKey } from './lexicon.ts';

/** The characters and pairs of neighbouring characters of a key. */
function grams(key: string): Set<string> {
  const chars = [...key];
  return new Set([...chars, ...chars.slice(1).map((c, i) => chars[i]! + c)]);
}

/** Up to `limit` names near `query`, best first, each with its page (index into the lexicon's pages). */
export function nearbyNames(query: string, index: LexiconIndex, limit = 6): { text: string; page: number }[] {
  const key = nameKey(query);
  if (key === '') return [];
  const wanted = grams(key);
  const scored: { text: string; page: number; score: number; rank: number }[] = [];
  for (const [nameKeyText, pages] of index.byKey) {
    const best = pages[0];
    if (!best || best.name.source === 'heading' || index.lexicon.pages[best.page]?.kind !== 'chapter')
      continue;
    const have = grams(nameKeyText);
    let shared = 0;
    for (const pair of wanted) if (have.has(pair)) shared++;
    if (shared === 0) continue;
    scored.push({
      text: best.name.text,
      page: best.page,
      score: (2 * shared) / (wanted.size + have.size),
      rank: best.rank,
    });
  }
  scored.sort((a, b) => b.score - a.score || a.rank - b.rank || a.text.length - b.text.length);
  const seen = new Set<string>();
  return scored
    .filter((s) => (seen.has(s.text) ? false : (seen.add(s.text), true)))
    .slice(0, limit)
    .map(({ text, page }) => ({ text, page }));
}
