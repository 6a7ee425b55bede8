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
/** Binary units and their exponent of 1024. */
const UNITS: Record<string, number> = {
  b: 0,
  字节: 0,
  k: 1,
  kib: 1,
  m: 2,
  mib: 2,
  g: 3,
  gib: 3,
  t: 4,
  tib: 4,
};

/** Reads a non-negative integer written in decimal or `0x` hex; digit groups may use `,` or `_`. */
export function parseInteger(text: string): bigint | null {
  const t = text.trim().replace(/(?<=[0-9a-f])[,_](?=[0-9a-f])/gi, '');
  // group 1: hex digits after 0x; otherwise the whole string must be decimal digits
  const hex = /^0x([0-9a-f]+)$/i.exec(t);
  if (hex) return BigInt(`0x${hex[1]!}`);
  return /^\d+$/.test(t) ? BigInt(t) : null;
}

const integerHint = '请写非负整数：十进制如 4096，或十六进制如 0x1000';

/** Reads a byte count: an integer, or a number (decimals allowed) with a binary unit. */
export function parseBytes(text: string): bigint | null {
  const t = text.trim().replace(/(?<=\d)[,_](?=\d)/g, '');
  // group 1: the number (0x hex, or decimal with an optional fraction); group 2: the unit
  const m = /^(0x[0-9a-f]+|\d+(?:\.\d+)?)\s*([a-z字节]*)$/i.exec(t);
  if (!m) return null;
  const unit = m[2]!.toLowerCase();
  const power = unit === '' ? 0 : UNITS[unit];
  if (power === undefined) return null;
  const scale = 1024n ** BigInt(power);
  if (m[1]!.toLowerCase().startsWith('0x')) return BigInt(m[1]!) * scale;
  const [whole, fraction = ''] = m[1]!.split('.');
  const digits = BigInt(whole! + fraction) * scale;
  const divisor = 10n ** BigInt(fraction.length);
  return digits % divisor === 0n ? digits / divisor : null;
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
      const n = parseBytes(t);
      if (n !== null) return { ok: true, value: String(n) };
      return {
        ok: false,
        message: `「${t}」不是字节数。请写整数（如 8388608 或 0x800000），或带单位 KiB、MiB、GiB、TiB（如 8 MiB、1.5 KiB），结果须是整字节。`,
      };
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
  if (parsed.value === part.answer) return { verdict: 'right', message: `正确：${part.answerText}。` };
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
      return '字节数，可带 KiB/MiB/GiB';
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
