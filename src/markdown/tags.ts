/**
 * Inline tags `#tag` (the one definition, for the importer and the page): letters of any
 * script, digits, `_`, `-` and `/` (nested tags), at least one character that is not a digit,
 * after a space, an opening bracket or Chinese punctuation, or at the start of the text.
 * @see https://help.obsidian.md/tags (Tag format)
 */
export const TAG = /(?<=^|[\s(（，。、；：])#([\p{L}\p{N}_\-/]+)/gu;

/** Whether a tag body (after `#`) is a tag: `2024` is not, `y2024` is. */
export function isTag(body: string): boolean {
  return /[^\d/]/.test(body);
}

/** The tags written inline in a run of text, without `#`. */
export function findTags(text: string): string[] {
  if (!text.includes('#')) return [];
  return [...text.matchAll(TAG)].map((m) => m[1]!.replace(/\/+$/, '')).filter(isTag);
}
