/**
 * The one entry point every view uses: checks the seed and level, then runs a generator. A view
 * that needs only one kind passes that generator, so its bundle carries only that model.
 */
import { nextUint32, seedRng } from '../rng.ts';
import { checkSeed } from '../seed.ts';
import {
  LEVELS,
  PRACTICE_KINDS,
  type Level,
  type PracticeGenerator,
  type PracticeKind,
  type PracticeOptions,
  type Problem,
} from './model.ts';

/** Whether a string names a kind. */
export function isPracticeKind(value: string): value is PracticeKind {
  return (PRACTICE_KINDS as readonly string[]).includes(value);
}

/** Whether a number is a level. */
export function isLevel(value: number): value is Level {
  return (LEVELS as readonly number[]).includes(value);
}

/** Runs `generator` for `seed` with checked options; throws RangeError with a Chinese message. */
export function generateWith(
  generator: PracticeGenerator,
  seed: number,
  options: PracticeOptions = {},
): Problem {
  checkSeed(seed);
  const level = options.level ?? 1;
  if (!isLevel(level)) throw new RangeError(`难度必须是 ${LEVELS.join('、')} 之一，收到 ${String(level)}`);
  return generator.generate(seed, { ...options, level });
}

/**
 * A stable fingerprint of a problem (FNV-1a, 32 bits, over its JSON), so a test can compare what
 * Node and the browser generated without shipping the whole problem around.
 */
export function problemDigest(problem: Problem): string {
  const text = JSON.stringify(problem);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/**
 * The seed of the "new problem" after `seed`: the next number of the seeded generator, so a run of
 * new problems is reproducible too (and needs no unseeded random source).
 */
export function nextSeed(seed: number): number {
  checkSeed(seed);
  return nextUint32(seedRng((seed ^ 0x5eed5eed) >>> 0))[0];
}
