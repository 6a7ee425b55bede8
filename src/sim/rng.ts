/**
 * A seeded pseudo-random generator whose whole state is one 32-bit number,
 * so it lives inside a model's plain-JSON state and a seed reproduces a run
 * in Node and in the browser alike.
 *
 * Algorithm: mulberry32 (Tommy Ettinger, public domain).
 * @see https://gist.github.com/tommyettinger/46a874533244883189143505d203312c
 *
 * @example
 * const [a, r1] = nextFloat(seedRng(42));
 * const [b] = nextFloat(r1); // a and b are the same for seed 42 everywhere
 */
import { checkSeed } from './seed.ts';

export interface Rng {
  /** The generator's state: an unsigned 32-bit integer. */
  readonly s: number;
}

/**
 * Creates a generator from a seed in 0…2³²−1, the generator's whole state. Anything else is
 * refused rather than reduced modulo 2³² (which would make seed 2³² replay seed 0).
 */
export function seedRng(seed: number): Rng {
  checkSeed(seed);
  return { s: seed };
}

/** Returns a uniform 32-bit unsigned integer and the next generator state. */
export function nextUint32(rng: Rng): [number, Rng] {
  const s = (rng.s + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [(t ^ (t >>> 14)) >>> 0, { s }];
}

/** Returns a float in [0, 1) and the next generator state. */
export function nextFloat(rng: Rng): [number, Rng] {
  const [u, next] = nextUint32(rng);
  return [u / 4294967296, next];
}

/** Returns an integer in [0, n) and the next generator state. `n` must be a positive integer ≤ 2^32. */
export function nextInt(rng: Rng, n: number): [number, Rng] {
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`范围必须是正整数，收到 ${String(n)}`);
  const [f, next] = nextFloat(rng);
  return [Math.floor(f * n), next];
}
