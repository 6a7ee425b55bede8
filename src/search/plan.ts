/**
 * From what a reader types to what is asked of the index. A query is cut into units: the book's
 * names found in it (titles, aliases, glossary terms, chapter headings; longest first, `内核 线程`
 * and `kernelthread` included) and the leftover words, with question words dropped
 * (`僵尸进程是怎么产生的` → names `僵尸进程`, leftover `产生`). A leftover one edit away from a name is
 * corrected (`守护进城` → `守护进程`, `kernal` → `kernel`). Names keep their words together (one Pagefind
 * search each); leftovers are searched apart from them, so a question's filler does not have to
 * appear next to its topic on the page.
 */
import { withinOneEdit } from './distance.ts';
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
}

/** Question words and phrases that say nothing about the topic (longest first). */
const QUESTION = [
  '是什么',
  '什么是',
  '为什么',
  '为何',
  '怎么样',
  '怎么',
  '怎样',
  '如何',
  '有哪些',
  '哪些',
  '哪个',
  '有什么',
  '是不是',
  '能不能',
  '什么',
];
/** Single characters that join words in a question; dropped between words of a leftover. */
const JOINERS = /[的和与及或跟吗呢吧啊是比就了都么]/gu;
/** English words that carry no topic. */
const STOP = new Set([
  'a',
  'an',
  'the',
  'of',
  'is',
  'are',
  'what',
  'how',
  'why',
  'to',
  'and',
  'vs',
  'in',
  'does',
  'do',
]);

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

/** Corrects a Latin word one edit away from a word of the book's names (only words of four letters or more). */
function correctLatin(token: string, index: LexiconIndex): string {
  if (!/^[a-z0-9_]{4,}$/.test(token) || hasHan(token)) return token;
  for (const word of index.latinWords) if (word.startsWith(token)) return token;
  for (const word of index.latinWords) if (word.length >= 4 && withinOneEdit(token, word)) return word;
  return token;
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
  const tokens = original.map((token) => correctLatin(token, index));
  let corrected = tokens.some((token, i) => token !== original[i]);
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
  };
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
  while (i < key.length) {
    let end = 0;
    if (cuts.has(i)) {
      for (
        let j = Math.min(key.length, i + index.maxKeyLength);
        j > i + 1 || (j > i && key.length === 1);
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
      continue;
    }
    rest += key[i]!;
    i += 1;
    if (tokenEnds(tokens, i)) flush();
  }
  flush();
  return glueSingles(pieces, tokens);
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
      !piece.name &&
      [...piece.text].length === 1 &&
      hasHan(piece.text) &&
      !/[的和与及或跟吗呢吧啊是比就了都么]/u.test(piece.text);
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
