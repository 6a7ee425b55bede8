/**
 * Caps text that came from outside (a file name, a field, a title) before it is echoed, so a
 * 50 MB string in a scenario never reaches the terminal whole.
 */

/** Longest echoed string, in UTF-16 code units, before it is cut. */
export const ECHO_MAX = 200;

/** `text` itself when short, else its first `max` characters, an ellipsis and the full length. */
export function clip(text: string, max = ECHO_MAX): string {
  if (text.length <= max) return text;
  // Do not cut a surrogate pair in half.
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return `${text.slice(0, end)}…（共 ${text.length.toLocaleString('en-US')} 个字符，只显示前 ${end} 个）`;
}
