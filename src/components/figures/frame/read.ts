/**
 * The small readers of figure options: accept or refuse a value without zod (./options.ts), and
 * what the zod checks (./options-schema.ts) share with them. Its own module, so the checks, which a
 * browser loads on demand, do not import ./options.ts back.
 */

/** A value read, or null when the value is refused (the checks then say why). */
export type Read<T> = { value: T } | null;

/** URL text of an integer (as the checks' `intText`: optional minus, digits). */
export const INTEGER = /^-?\d+$/;

/** An integer in `min..max` as zod's `int()` counts one (a safe integer). */
export const isIntIn = (v: unknown, min: number, max: number): v is number =>
  Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;

/** Reads URL text as a number when it is written as an integer, then applies `read`. */
export const readIntText =
  <T>(read: (v: unknown) => Read<T>) =>
  (text: string): Read<T> =>
    INTEGER.test(text) ? read(Number(text)) : null;

/** Props a figure's frame takes besides its options, with their readers. */
export const FRAME_PROPS: Record<string, (v: unknown) => boolean> = {
  title: (v) => typeof v === 'string' && v.length >= 1,
  thumbnail: (v) => typeof v === 'boolean',
};

/** The props a figure checks: Preact's `children`, Astro's scoped-style `class` and `params` set apart. */
export function givenProps(props: unknown): { given: Record<string, unknown>; params: unknown } {
  // Preact hands every component its `children`, and Astro its scoped-style `class`; a figure uses neither.
  const { children: _children, class: _class, params, ...given } = (props ?? {}) as Record<string, unknown>;
  return { given, params };
}
