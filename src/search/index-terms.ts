/**
 * The words Pagefind's index holds for a piece of text, computed the same way on both sides: for a
 * query in the reader's browser, and for the metadata (aliases, glossary terms) written into the
 * index at build time. Pure string code: no DOM, no Node APIs.
 *
 * How Pagefind 1.6 indexes Chinese (measured on this book; see `docs/search.md`): charabia cuts a run
 * of Han characters into dictionary words, mostly one or two characters (`内|核|线|程`, `写|时|复制`),
 * and at each word it also indexes the pair made of that word's last character and the next word's
 * first (`内核`, `核线`, `线程`, `时复`). So every adjacent pair of characters is in the index, except the
 * pairs inside a word of three or more characters (`上下文`, `守护进程`), which are indexed only whole.
 * The browser, for `lang="zh-CN"`, cuts queries with `Intl.Segmenter`, whose dictionary differs: it
 * turns `内核线程` into four single characters, each of which then matches every word starting with it.
 * The book's search therefore cuts queries itself, into exactly the pairs and long words the index has.
 */

/** A Han character (CJK Unified Ideographs, extension A, compatibility ideographs). */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u;
/** A run of Han characters, or a run of letters, digits and underscores (Pagefind keeps `_`). */
const RUN = /([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)|([\p{L}\p{N}_]+)/gu;

/** True when `text` contains a Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * Query text in the form the index compares: NFKC (full-width `ＴＬＢ` → `tlb`), lower case, punctuation
 * and symbols turned into spaces (as Pagefind drops them), single spaces.
 * `normalizeText(' Copy-on-Write？ ')` → `copy on write`.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Cuts one run of Han characters into index words: the longest known long word at each position
 * (from `longWords`, the index's words of three or more characters), otherwise the pair starting
 * there; a lone character stays single. Pairs overlap, as in the index:
 * `hanTerms('内核线程', new Set())` → `['内核', '核线', '线程']`,
 * `hanTerms('上下文切换', new Set(['上下文']))` → `['上下文', '文切', '切换']`.
 */
export function hanTerms(run: string, longWords: ReadonlySet<string>, maxLong = 8): string[] {
  const chars = [...run];
  if (chars.length === 1) return [run];
  const terms: string[] = [];
  let i = 0;
  while (i < chars.length - 1) {
    let long = '';
    for (let end = Math.min(chars.length, i + maxLong); end >= i + 3; end--) {
      const candidate = chars.slice(i, end).join('');
      if (longWords.has(candidate)) {
        long = candidate;
        break;
      }
    }
    if (long) {
      terms.push(long);
      const length = [...long].length;
      // The pair across the long word's end is indexed too (its last character + the next one).
      i += length - 1;
      continue;
    }
    terms.push(chars[i]! + chars[i + 1]!);
    i += 1;
  }
  return dedupe(terms);
}

/**
 * Every index word a query or an alias stands for, in order, without repeats:
 * `indexTerms('Linux 内核线程', set)` → `['linux', '内核', '核线', '线程']`. English words are kept whole;
 * `compound: true` adds the words of a multi-word Latin phrase written together (`named pipe` →
 * also `namedpipe`), which is how the index learns what a reader types without the space.
 */
export function indexTerms(
  text: string,
  longWords: ReadonlySet<string>,
  options: { compound?: boolean } = {},
): string[] {
  const normal = normalizeText(text);
  const terms: string[] = [];
  const latin: string[] = [];
  for (const match of normal.matchAll(RUN)) {
    if (match[1]) terms.push(...hanTerms(match[1], longWords));
    else if (match[2]) {
      terms.push(match[2]);
      latin.push(match[2]);
    }
  }
  if (options.compound && latin.length > 1) terms.push(latin.join(''));
  return dedupe(terms);
}

function dedupe(terms: string[]): string[] {
  return [...new Set(terms)];
}
