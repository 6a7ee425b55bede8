/**
 * The one home of the seed rule: a seed is an unsigned 32-bit integer (the whole state of the
 * generator in rng.ts), written in decimal digits only. Every reader of a seed (the command lines,
 * the sheet, the practice and figure URLs, the generator itself) checks it here, so a seed that one
 * of them refuses is refused by all, with the same words.
 *
 * @example
 * parseSeed('7') // → 7
 * parseSeed(' 5') // → null (no spaces, signs, exponents or hex)
 * checkSeed(2 ** 32) // throws RangeError: 种子必须是 0 到 4294967295 之间的整数，收到 4294967296
 */

/** The largest seed: 2³² − 1. */
export const SEED_MAX = 2 ** 32 - 1;

/** What a seed must be, in the words every message uses. */
export const SEED_RANGE = `0 到 ${SEED_MAX} 之间的整数`;

/** Whether a value is a seed: an integer in 0 … 2³² − 1. */
export function isSeed(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= SEED_MAX;
}

/** Throws a RangeError naming the rule unless `seed` is a seed; never reduces it modulo 2³². */
export function checkSeed(seed: number): void {
  if (!isSeed(seed)) throw new RangeError(`种子必须是 ${SEED_RANGE}，收到 ${String(seed)}`);
}

/**
 * Reads a seed from text: 1 to 10 decimal digits naming a number ≤ 2³² − 1, nothing else (no
 * surrounding spaces, sign, exponent or hex). A long digit string is refused by its length before it
 * becomes a number, so it never turns into 1e23 or Infinity.
 */
export function parseSeed(text: string): number | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const n = Number(text);
  return n <= SEED_MAX ? n : null;
}
