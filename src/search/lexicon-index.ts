/**
 * The lexicon in memory, shaped for the query planner: names by key, the pages each key names,
 * the Latin words the book uses (to tell a typo from a rare word) and the index's long words.
 */
import { hasHan } from './index-terms.ts';
import { nameKey, SOURCE_RANK, type Lexicon, type LexiconName } from './lexicon.ts';

/** A page a key names, and how strongly (lower `rank` is stronger). */
export interface NamedPage {
  readonly page: number;
  readonly rank: number;
  readonly name: LexiconName;
}

/** Lookups over a lexicon; build once per page load with `indexLexicon`. */
export interface LexiconIndex {
  readonly lexicon: Lexicon;
  /** Key → pages it names, strongest first. Headings count only on chapter pages. */
  readonly byKey: ReadonlyMap<string, readonly NamedPage[]>;
  /** The longest key, in code points (bounds the substring search). */
  readonly maxKeyLength: number;
  /** Lower-case Latin words of all names. */
  readonly latinWords: ReadonlySet<string>;
  /** Keys of Han names, for typo correction. */
  readonly hanKeys: readonly string[];
  /** Keys of Latin names of four letters or more (`contextswitch`), for correcting a run of words. */
  readonly latinKeys: readonly string[];
  /** The index's long Han words. */
  readonly long: ReadonlySet<string>;
  /**
   * Keys of one Han character that name a page (title, alias or concept, not a heading): `堆`, `栈`,
   * `锁`. The planner keeps these as names; any other lone character in a longer query is noise.
   */
  readonly singles: ReadonlySet<string>;
}

/** Builds the lookups. */
export function indexLexicon(lexicon: Lexicon): LexiconIndex {
  const byKey = new Map<string, NamedPage[]>();
  const latinWords = new Set<string>();
  for (const name of lexicon.names) {
    const page = lexicon.pages[name.page];
    if (!page) continue;
    for (const word of name.text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[a-z0-9_]+/g) ?? [])
      latinWords.add(word);
    if (name.source === 'heading' && page.kind !== 'chapter') continue;
    const key = nameKey(name.text);
    if (key === '') continue;
    // A page of another kind than a chapter is weaker evidence: it lists the name rather than explains it.
    const rank = SOURCE_RANK[name.source] + (page.kind === 'chapter' ? 0 : 4);
    const list = byKey.get(key) ?? [];
    const existing = list.find((entry) => entry.page === name.page);
    if (existing && existing.rank <= rank) continue;
    byKey.set(key, [...list.filter((entry) => entry.page !== name.page), { page: name.page, rank, name }]);
  }
  for (const list of byKey.values()) list.sort((a, b) => a.rank - b.rank);
  const keys = [...byKey.keys()];
  const singles = new Set(
    keys.filter(
      (key) =>
        [...key].length === 1 && hasHan(key) && byKey.get(key)!.some((e) => e.name.source !== 'heading'),
    ),
  );
  return {
    lexicon,
    byKey,
    maxKeyLength: Math.max(0, ...keys.map((key) => [...key].length)),
    latinWords,
    hanKeys: keys.filter((key) => hasHan(key)),
    latinKeys: keys.filter((key) => /^[a-z0-9_]{4,}$/.test(key)),
    long: new Set(lexicon.long),
    singles,
  };
}
