/**
 * Reading and checking a reader's answers. Every input type has one canonical form, so a part is
 * right exactly when the parsed answer equals `part.answer`; anything that does not parse gets a
 * message that says what was expected, never a silent "wrong".
 *
 * @example
 * parseAnswer({ type: 'integer' }, '0x2A') // { ok: true, value: '42' }
 * parseAnswer({ type: 'bytes' }, '1.5 KiB') // { ok: true, value: '1536' }
 * parseAnswer({ type: 'hit-miss', length: 3 }, 'h m') // { ok: false, message: '应写 3 个字母…' }
 */
import type { InputSpec, Part } from './model.ts';

/** The outcome of reading an answer: its canonical form, or what is wrong with it. */
export type ParsedAnswer = { ok: true; value: string } | { ok: false; message: string };

/** How a part was answered. */
export type Verdict = 'right' | 'wrong' | 'malformed' | 'empty';

/** The verdict on one part, with a sentence for the reader. */
export interface PartResult {
  verdict: Verdict;
  /** Chinese sentence: why it is malformed, or what was read. */
  message: string;
}

/** Words that mean "this address does not translate". */
const INVALID_WORDS = ['无效', 'invalid', 'fault'];
/**
 * Byte units, case-insensitive: IEC binary prefixes (KiB = 1024 B, and K/M/G/T alone as ps and
 * ulimit write them) and SI decimal prefixes (KB = 1000 B), as IEC 80000-13 defines them.
 * @see https://physics.nist.gov/cuu/Units/binary.html (NIST: prefixes for binary multiples)
 */
const UNITS: Record<string, bigint> = {
  b: 1n,
  字节: 1n,
  k: 1024n,
  kib: 1024n,
  m: 1024n ** 2n,
  mib: 1024n ** 2n,
  g: 1024n ** 3n,
  gib: 1024n ** 3n,
  t: 1024n ** 4n,
  tib: 1024n ** 4n,
  kb: 1000n,
  mb: 1000n ** 2n,
  gb: 1000n ** 3n,
  tb: 1000n ** 4n,
};

/** How byte answers are read and judged, stated once: the CLI help and the message for a malformed answer print it. */
export const BYTES_RULE =
  '字节数写整数（十进制或 0x 十六进制），或数加单位：KiB、MiB、GiB、TiB（单写 K、M、G、T 同义）按 1024 进位，KB、MB、GB、TB 按 1000 进位。' +
  '不带小数的数按确切字节数判；带小数的数（如 9.8 GiB）当作四舍五入后的值：正确答案换成同一单位、保留同样位数的小数后与它相等就算对';

/** A byte answer: an exact count, or a rounded value in a unit (`9.8 GiB`: digits 98, decimals 1). */
export type ByteAnswer = { exact: bigint } | { digits: bigint; decimals: number; unit: bigint; text: string };

/** Reads a byte answer (see BYTES_RULE), or null when it is not one. */
export function readBytes(text: string): ByteAnswer | null {
  const t = text.trim().replace(/(?<=\d)[,_](?=\d)/g, '');
  // group 1: the number (0x hex, or decimal with an optional fraction); group 2: the unit
  const m = /^(0x[0-9a-f]+|\d+(?:\.\d+)?)\s*([a-z字节]*)$/i.exec(t);
  if (!m) return null;
  const unitText = m[2]!.toLowerCase();
  const unit = unitText === '' ? 1n : UNITS[unitText];
  if (unit === undefined) return null;
  if (m[1]!.toLowerCase().startsWith('0x')) return { exact: BigInt(m[1]!) * unit };
  const [whole, fraction = ''] = m[1]!.split('.');
  if (fraction === '') return { exact: BigInt(whole!) * unit };
  if (unit === 1n) return null; // a fraction of a byte
  return { digits: BigInt(whole! + fraction), decimals: fraction.length, unit, text: `${m[1]} ${m[2]}` };
}

/** Whether `answer` bytes, in the answer's unit and rounded half up to its decimals, is what it says. */
export function bytesMatch(answer: bigint, read: ByteAnswer): boolean {
  if ('exact' in read) return read.exact === answer;
  const scale = 10n ** BigInt(read.decimals);
  return (2n * answer * scale + read.unit) / (2n * read.unit) === read.digits;
}

/** Reads a non-negative integer written in decimal or `0x` hex; digit groups may use `,` or `_`. */
export function parseInteger(text: string): bigint | null {
  const t = text.trim().replace(/(?<=[0-9a-f])[,_](?=[0-9a-f])/gi, '');
  // group 1: hex digits after 0x; otherwise the whole string must be decimal digits
  const hex = /^0x([0-9a-f]+)$/i.exec(t);
  if (hex) return BigInt(`0x${hex[1]!}`);
  return /^\d+$/.test(t) ? BigInt(t) : null;
}

const integerHint = '请写非负整数：十进制如 4096，或十六进制如 0x1000';

/** The whole number of bytes a text names (`8 MiB`, `0x1000`, `2 KB`, `1.5 KiB`), or null (`9.8 GiB` is not whole). */
export function parseBytes(text: string): bigint | null {
  const read = readBytes(text);
  if (read === null) return null;
  if ('exact' in read) return read.exact;
  const scale = 10n ** BigInt(read.decimals);
  return (read.digits * read.unit) % scale === 0n ? (read.digits * read.unit) / scale : null;
}

/** Splits a list answer on spaces, commas, 、 or arrows. */
function tokens(text: string, labels: readonly string[]): string[] {
  const t = text.trim();
  const parts = t.split(/[\s,，、;；]+|->|→/).filter((s) => s !== '');
  // "3142" with one-character labels: read it character by character
  if (parts.length === 1 && labels.every((l) => l.length === 1) && t.length > 1) return [...t];
  return parts;
}

/** Parses `text` as an answer to a part of type `input`; the value is in canonical form. */
export function parseAnswer(input: InputSpec, text: string): ParsedAnswer {
  const t = text.trim();
  switch (input.type) {
    case 'integer': {
      const n = parseInteger(t);
      return n === null
        ? { ok: false, message: `「${t}」不是整数。${integerHint}。` }
        : { ok: true, value: String(n) };
    }
    case 'address': {
      if (INVALID_WORDS.includes(t.toLowerCase())) return { ok: true, value: 'invalid' };
      const n = parseInteger(t);
      if (n !== null) return { ok: true, value: String(n) };
      return { ok: false, message: `「${t}」既不是地址也不是“无效”。${integerHint}；翻译失败时写“无效”。` };
    }
    case 'bytes': {
      const read = readBytes(t);
      // An exact count is canonical as its digits; a rounded value keeps its own text, marked ≈.
      if (read !== null) return { ok: true, value: 'exact' in read ? String(read.exact) : `≈${read.text}` };
      return { ok: false, message: `「${t}」不是字节数。${BYTES_RULE}。` };
    }
    case 'choice': {
      const hit = input.options.find((o) => o.value === t || o.label === t);
      if (hit) return { ok: true, value: hit.value };
      return {
        ok: false,
        message: `请从这些选项中选一个：${input.options.map((o) => o.label).join('；')}。`,
      };
    }
    case 'hit-miss': {
      const letters = t.replace(/[\s,，、]+/g, '').toUpperCase();
      if (!/^[HM]*$/.test(letters)) {
        return { ok: false, message: `只能写字母 H（命中）或 M（未命中），「${t}」里有别的字符。` };
      }
      if (letters.length !== input.length) {
        return {
          ok: false,
          message: `应写 ${input.length} 个字母（每次访问一个），收到 ${letters.length} 个。`,
        };
      }
      return { ok: true, value: letters };
    }
    case 'sequence': {
      const got = tokens(t, input.labels);
      const unknown = got.filter((g) => !input.labels.includes(g));
      if (unknown.length > 0)
        return {
          ok: false,
          message: `没有编号 ${unknown.join('、')}；可用的编号是 ${input.labels.join('、')}。`,
        };
      const missing = input.labels.filter((l) => !got.includes(l));
      if (got.length !== input.labels.length || missing.length > 0) {
        return {
          ok: false,
          message: `每个编号恰好写一次，共 ${input.labels.length} 个${missing.length > 0 ? `；缺少 ${missing.join('、')}` : ''}。`,
        };
      }
      return { ok: true, value: got.join(' ') };
    }
    case 'subset': {
      if (['无', 'none', '-'].includes(t.toLowerCase())) return { ok: true, value: '无' };
      const got = tokens(t, input.labels);
      const unknown = got.filter((g) => !input.labels.includes(g));
      if (unknown.length > 0)
        return {
          ok: false,
          message: `没有编号 ${unknown.join('、')}；可用的编号是 ${input.labels.join('、')}。`,
        };
      if (new Set(got).size !== got.length) return { ok: false, message: '同一个编号写了两次。' };
      return { ok: true, value: canonicalSubset(got, input.labels) };
    }
  }
}

/** A subset in canonical form: the labels in their listed order, or 无 when empty. */
export function canonicalSubset(chosen: readonly string[], labels: readonly string[]): string {
  const inOrder = labels.filter((l) => chosen.includes(l));
  return inOrder.length === 0 ? '无' : inOrder.join(' ');
}

/** Checks one part's answer: right, wrong, malformed (with the reason) or not answered. */
export function checkPart(part: Part, text: string): PartResult {
  if (text.trim() === '') return { verdict: 'empty', message: '还没有作答。' };
  const parsed = parseAnswer(part.input, text);
  if (!parsed.ok) return { verdict: 'malformed', message: parsed.message };
  const right =
    part.input.type === 'bytes' && parsed.value.startsWith('≈')
      ? bytesMatch(BigInt(part.answer), readBytes(text)!)
      : parsed.value === part.answer;
  if (right) return { verdict: 'right', message: `正确：${part.answerText}。` };
  return { verdict: 'wrong', message: `不对。正确答案：${part.answerText}。` };
}

/** A short hint of what a field accepts, for placeholders and the sheet. */
export function inputHint(input: InputSpec): string {
  switch (input.type) {
    case 'integer':
      return '十进制或 0x 十六进制';
    case 'address':
      return '地址（十进制或 0x 十六进制），或“无效”';
    case 'bytes':
      return '字节数，可带 KiB/MiB/GiB 或 KB/MB/GB';
    case 'choice':
      return '选一项';
    case 'hit-miss':
      return `${input.length} 个字母 H/M`;
    case 'sequence':
      return `按顺序写 ${input.labels.length} 个编号`;
    case 'subset':
      return '编号，用空格分隔；一个也没有写“无”';
  }
}
