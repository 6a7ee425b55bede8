/**
 * From what a reader types to what is asked of the index. A query is cut into units: the book's
 * names found in it (titles, aliases, the concept list's names, chapter headings; longest first,
 * `内核 线程` and `kernelthread` included; one-character names such as `堆`, `栈`, `锁` too) and the
 * leftover words, with question words and particles dropped (`僵尸进程是怎么产生的` → names `僵尸进程`,
 * leftover `产生`). A leftover near a name is corrected (`守护进城` → `守护进程`, `kernal` → `kernel`,
 * `contex switch` → `context switch`: a word that only begins a name is a typo unless it is the word
 * being typed). Names keep their words together (one Pagefind search each); leftovers are searched
 * apart from them, so a question's filler does not have to appear next to its topic on the page.
 * Separately, the query is matched against the concepts' colloquial phrasings (`about`).
 */
import { editDistance, withinOneEdit } from './distance.ts';
import { hanTerms, hasHan, indexTerms, normalizeText } from './index-terms.ts';
import type { LexiconIndex } from './lexicon-index.ts';

/** One piece of the query and the index words it stands for. */
export interface QueryUnit {
  /** The piece as it stands in the (corrected) query, without spaces. */
  readonly text: string;
  /** The piece as the book writes it (`kernel thread` for the key `kernelthread`). */
  readonly shown: string;
  /** Index words; a page must have all of them to match the unit. */
  readonly terms: readonly string[];
  /** Whether the piece is one of the book's names. */
  readonly name: boolean;
}

/** What to search. */
export interface QueryPlan {
  /** The query as understood (normalized, corrections applied), for "showing results for …". */
  readonly text: string;
  /** True when a typo was corrected. */
  readonly corrected: boolean;
  readonly units: readonly QueryUnit[];
  /**
   * Pages whose concepts' colloquial phrasings the query contains, the most specific match first
   * (`两个线程互相等对方的锁` → the page on deadlock).
   */
  readonly about: readonly number[];
}

/** Question words and phrases that say nothing about the topic (longest first). */
const QUESTION = [
  '是什么意思',
  '什么意思',
  '是什么',
  '什么是',
  '为什么',
  '为啥',
  '为何',
  '怎么样',
  '怎么办',
  '怎么',
  '怎样',
  '咋样',
  '如何',
  '有哪些',
  '哪些',
  '哪个',
  '哪种',
  '有什么',
  '有啥',
  '是不是',
  '能不能',
  '会不会',
  '要不要',
  '是否',
  '能否',
  '可以',
  '一下',
  '到底',
  '究竟',
  '什么',
  '干嘛',
  '啥',
  '咋',
];
/** Single characters that join words in a question; dropped between words of a leftover. */
const JOINER = /[的和与及或跟吗呢吧啊呀嘛是比就了都么]/u;
const JOINERS = new RegExp(JOINER.source, 'gu');
/** English words that carry no topic. */
const STOP = new Set(
  (
    'a an the of is are was were be been what whats how why when where which who whom whose to and or ' +
    'vs versus in on at by for with from into than then that this these those does do did done can could ' +
    'should would will shall may might must i me my we our you your it its there their they them he she ' +
    'not no yes so if about between difference differences explain explained meaning mean means ' +
    'work works working happen happens happened use used using get gets make makes need needs why'
  ).split(' '),
);

/** One cut position set: where a name may start or end (between tokens, scripts, and Han characters). */
function cutsOf(tokens: readonly string[]): { key: string[]; cuts: Set<number> } {
  const key: string[] = [];
  const cuts = new Set<number>([0]);
  for (const token of tokens) {
    let previousHan: boolean | undefined;
    for (const char of token) {
      const han = hasHan(char);
      if (previousHan !== undefined && (han || han !== previousHan)) cuts.add(key.length);
      key.push(char);
      previousHan = han;
    }
    cuts.add(key.length);
  }
  return { key, cuts };
}

/** How many edits a Latin word of `length` letters may be from the word it is corrected to. */
function allowedEdits(length: number): number {
  return length >= 7 ? 2 : 1;
}

/**
 * Corrects a Latin word near a word of the book's names (words of four letters or more): the nearest
 * such word within one edit (two for words of seven letters or more). A word that begins a name's word
 * is left alone only when it is the last of the query, the word still being typed (`contex` while
 * typing, but `contex switch` → `context switch`); a stop word is never corrected (`work` stays `work`,
 * not `fork`).
 */
function correctLatin(token: string, last: boolean, index: LexiconIndex): string {
  if (!/^[a-z][a-z0-9_]{3,}$/.test(token) || STOP.has(token) || index.latinWords.has(token)) return token;
  if (last) for (const word of index.latinWords) if (word.startsWith(token)) return token;
  let best = token;
  let bestDistance = allowedEdits(token.length) + 1;
  for (const word of index.latinWords) {
    if (word.length < 4) continue;
    const distance = editDistance(token, word, bestDistance - 1);
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Corrects a run of two or three Latin words that together are near a Latin name (`contex switch`,
 * `xontext swtich` → `context switch`): returns the tokens with the run replaced by the name's words.
 */
function correctLatinRuns(tokens: readonly string[], index: LexiconIndex): string[] {
  const out = [...tokens];
  for (let i = 0; i < out.length; i++) {
    for (let length = 3; length >= 2; length--) {
      const run = out.slice(i, i + length);
      if (run.length < length || !run.every((t) => /^[a-z][a-z0-9_]*$/.test(t) && !STOP.has(t))) continue;
      const joined = run.join('');
      if (index.byKey.has(joined) || joined.length < 6) continue;
      const limit = allowedEdits(joined.length);
      let best: string | undefined;
      let bestDistance = limit + 1;
      for (const key of index.latinKeys) {
        const distance = editDistance(joined, key, bestDistance - 1);
        if (distance < bestDistance) {
          best = key;
          bestDistance = distance;
        }
      }
      if (best === undefined || bestDistance === 0) continue;
      const written = normalizeText(index.byKey.get(best)![0]!.name.text).split(' ');
      out.splice(i, length, ...written);
      i += written.length - 1;
      break;
    }
  }
  return out;
}

/** A Han leftover of three characters or more that no name contains, replaced by a same-length name one edit away. */
function correctHan(piece: string, index: LexiconIndex): string | undefined {
  const length = [...piece].length;
  if (length < 3 || !hasHan(piece)) return undefined;
  if (index.hanKeys.some((key) => key.includes(piece))) return undefined;
  return index.hanKeys.find((key) => [...key].length === length && withinOneEdit(piece, key));
}

/** Splits a leftover into topic words: question phrases and joining characters dropped. */
function leftoverWords(piece: string): string[] {
  let text = piece;
  for (const phrase of QUESTION) text = text.split(phrase).join(' ');
  text = text.replace(JOINERS, ' ');
  return text.split(' ').filter((word) => word !== '' && !STOP.has(word));
}

/** Plans a query against the lexicon. */
export function planQuery(raw: string, index: LexiconIndex): QueryPlan {
  const original = normalizeText(raw).split(' ').filter(Boolean);
  const runs = correctLatinRuns(original, index);
  const tokens = runs.map((token, i) => correctLatin(token, i === runs.length - 1, index));
  let corrected = tokens.length !== original.length || tokens.some((token, i) => token !== original[i]);
  const { key, cuts } = cutsOf(tokens);

  const segments = segment(key, cuts, tokens, index);
  const units: QueryUnit[] = [];
  for (const piece of segments) {
    if (piece.name) {
      units.push(nameUnit(piece.text, index));
      continue;
    }
    const fixed = correctHan(piece.text, index);
    if (fixed) {
      corrected = true;
      units.push(nameUnit(fixed, index));
      continue;
    }
    for (const word of leftoverWords(piece.text)) units.push(leftoverUnit(word, index));
  }
  // A lone Han character next to real words matches nearly every page: leave it out.
  const kept =
    units.length > 1
      ? units.filter((unit) => unit.name || [...unit.text].length > 1 || !hasHan(unit.text))
      : units;
  const ordered = orderUnits(kept, key.join(''));
  return {
    text: corrected ? ordered.map((unit) => unit.shown).join(' ') : original.join(' '),
    corrected,
    units: ordered,
    about: aboutPages(key.join(''), index),
  };
}

/**
 * Pages whose concepts' colloquial phrasings the query key contains (every word of a phrasing, in any
 * order), the most specific first: the longer the phrasing's words together, the stronger the match.
 */
function aboutPages(key: string, index: LexiconIndex): number[] {
  const strength = new Map<number, number>();
  for (const phrase of index.lexicon.phrases) {
    if (!phrase.words.every((word) => key.includes(word))) continue;
    const length = phrase.words.reduce((sum, word) => sum + [...word].length, 0);
    strength.set(phrase.page, Math.max(strength.get(phrase.page) ?? 0, length));
  }
  return [...strength.entries()].sort((a, b) => b[1] - a[1]).map(([page]) => page);
}

/** A piece of the query: one of the book's names, or other text. */
interface Segment {
  text: string;
  name: boolean;
}

/**
 * Cuts the query key into names (longest first, at cut positions) and other text; the reader's
 * spaces end a piece of other text. A single Han character glued to a name is part of a longer word
 * the book does not name (`线程池`), so the two stay together as other text.
 */
function segment(
  key: readonly string[],
  cuts: ReadonlySet<number>,
  tokens: readonly string[],
  index: LexiconIndex,
): Segment[] {
  const pieces: Segment[] = [];
  let rest = '';
  const flush = () => {
    if (rest !== '') pieces.push({ text: rest, name: false });
    rest = '';
  };
  let i = 0;
  let lastNameEnd = -1;
  while (i < key.length) {
    let end = 0;
    if (cuts.has(i)) {
      for (
        let j = Math.min(key.length, i + index.maxKeyLength);
        j > i + 1 || (j > i && (key.length === 1 || singleName(key, i, tokens, index, lastNameEnd)));
        j--
      ) {
        if (cuts.has(j) && index.byKey.has(key.slice(i, j).join(''))) {
          end = j;
          break;
        }
      }
    }
    if (end > 0) {
      flush();
      pieces.push({ text: key.slice(i, end).join(''), name: true });
      i = end;
      lastNameEnd = end;
      continue;
    }
    rest += key[i]!;
    i += 1;
    if (tokenEnds(tokens, i)) flush();
  }
  flush();
  return glueSingles(pieces, tokens);
}

/**
 * Whether the character at `i` is a one-character name standing as a word of its own (`堆和栈`,
 * `对方的锁`, `栈有什么用`), rather than the end or start of a longer word (`加锁`, `堆积`): it is one
 * of the book's one-character names, and on each side is the query's edge or a space, a joining
 * character, a name, or a question phrase.
 */
function singleName(
  key: readonly string[],
  i: number,
  tokens: readonly string[],
  index: LexiconIndex,
  lastNameEnd: number,
): boolean {
  if (!index.singles.has(key[i]!)) return false;
  const before = i === 0 || tokenEnds(tokens, i) || lastNameEnd === i || JOINER.test(key[i - 1]!);
  if (!before) return false;
  const next = i + 1;
  if (next === key.length || tokenEnds(tokens, next) || JOINER.test(key[next]!)) return true;
  const after = key.slice(next, next + 8).join('');
  if (QUESTION.some((phrase) => after.startsWith(phrase))) return true;
  for (let j = Math.min(key.length, next + index.maxKeyLength); j > next + 1; j--)
    if (index.byKey.has(key.slice(next, j).join(''))) return true;
  return false;
}

/** Merges a lone, meaningful Han character with the name it touches (same token) into other text. */
function glueSingles(pieces: Segment[], tokens: readonly string[]): Segment[] {
  const out: Segment[] = [];
  let position = 0;
  const starts: number[] = pieces.map((piece) => {
    const at = position;
    position += [...piece.text].length;
    return at;
  });
  pieces.forEach((piece, n) => {
    const previous = out.at(-1);
    const lone =
      !piece.name && [...piece.text].length === 1 && hasHan(piece.text) && !JOINER.test(piece.text);
    const touches = previous?.name && !tokenEnds(tokens, starts[n]!);
    if (lone && previous && touches) {
      out[out.length - 1] = { text: previous.text + piece.text, name: false };
      return;
    }
    const next = pieces[n + 1];
    if (lone && next?.name && !tokenEnds(tokens, starts[n + 1]!)) {
      pieces[n + 1] = { text: piece.text + next.text, name: false };
      return;
    }
    out.push(piece);
  });
  return out;
}

function tokenEnds(tokens: readonly string[], position: number): boolean {
  let length = 0;
  for (const token of tokens) {
    length += [...token].length;
    if (length === position) return true;
  }
  return false;
}

/** A name's unit: its key as text, and the index words of the name as the book writes it (`kernel thread`, not `kernelthread`). */
function nameUnit(key: string, index: LexiconIndex): QueryUnit {
  const written = index.byKey.get(key)?.[0]?.name.text ?? key;
  return { text: key, shown: written, terms: indexTerms(written, index.long), name: true };
}

function leftoverUnit(word: string, index: LexiconIndex): QueryUnit {
  return { text: word, shown: word, terms: hasHan(word) ? hanTerms(word, index.long) : [word], name: false };
}

/** Units in the order their text appears in the query (names were found before leftovers). */
function orderUnits(units: QueryUnit[], key: string): QueryUnit[] {
  return [...units].sort((a, b) => key.indexOf(a.text) - key.indexOf(b.text));
}
