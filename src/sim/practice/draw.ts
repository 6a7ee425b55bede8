/**
 * Seeded choices for the generators, over the simulator's generator (src/sim/rng.ts). A Draw is
 * local to one call of a generator, so the generator stays a pure function of its seed.
 */
import { nextInt, seedRng, type Rng } from '../rng.ts';
import { checkSeed } from '../seed.ts';

/** Seeded choices: an integer below n, one element, a shuffled copy, k distinct elements. */
export interface Draw {
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [lo, hi]. */
  between(lo: number, hi: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[];
  /** `k` distinct elements, in random order. */
  sample<T>(items: readonly T[], k: number): T[];
}

/** A Draw for `seed`; `salt` separates the streams of different kinds that share a seed. */
export function drawFor(seed: number, salt: number): Draw {
  checkSeed(seed);
  let rng: Rng = seedRng((seed ^ salt) >>> 0);
  const int = (n: number): number => {
    const [v, next] = nextInt(rng, n);
    rng = next;
    return v;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return {
    int,
    between: (lo, hi) => lo + int(hi - lo + 1),
    pick: (items) => {
      if (items.length === 0) throw new RangeError('不能从空列表里选');
      return items[int(items.length)]!;
    },
    shuffle,
    sample: (items, k) => shuffle(items).slice(0, k),
  };
}
