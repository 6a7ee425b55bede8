/**
 * What a reader would type for a part: the right answer written as a person might (hex for
 * addresses, units for bytes), a wrong one, and a malformed one. Used by the component and browser tests.
 */
import type { Part } from '../../../src/sim/practice/index.ts';

/** The right answer as a reader would type it (not the canonical string itself, so parsing is tested too). */
export function rightText(part: Part): string {
  const a = part.answer;
  switch (part.input.type) {
    case 'address':
      return a === 'invalid' ? '无效' : `0x${Number(a).toString(16)}`;
    case 'integer':
      return Number(a) % 2 === 0 ? `0x${Number(a).toString(16).toUpperCase()}` : a;
    case 'bytes': {
      const n = Number(a);
      return n > 0 && n % 1024 === 0 ? `${n / 1024} KiB` : a;
    }
    case 'hit-miss':
      return a.toLowerCase().split('').join(' ');
    case 'sequence':
      return a.split(' ').join(', ');
    default:
      return a;
  }
}

/** A well-formed answer that is wrong. */
export function wrongText(part: Part): string {
  const a = part.answer;
  switch (part.input.type) {
    case 'address':
      return a === 'invalid' ? '0x10' : '无效';
    case 'integer':
    case 'bytes':
      return String(Number(a) + 1);
    case 'hit-miss':
      return [...a].map((c, i) => (i === 0 ? (c === 'H' ? 'M' : 'H') : c)).join('');
    case 'sequence': {
      const xs = a.split(' ');
      return [xs[1], xs[0], ...xs.slice(2)].join(' ');
    }
    case 'subset':
      return a === part.input.labels.join(' ') ? '无' : part.input.labels.join(' ');
    case 'choice':
      return part.input.options.find((o) => o.value !== a)!.value;
  }
}

/** An answer that does not parse (null for choices, which cannot be malformed). */
export function malformedText(part: Part): string | null {
  switch (part.input.type) {
    case 'choice':
      return null;
    case 'hit-miss':
      return 'HX';
    case 'sequence':
    case 'subset':
      return '99';
    default:
      return '0xZZ';
  }
}
