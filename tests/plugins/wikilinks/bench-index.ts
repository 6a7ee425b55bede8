/**
 * Bench (prints, asserts nothing about time): `npx node tests/plugins/wikilinks/bench-index.ts`
 * → the time to index 5,000 synthetic pages and to resolve 50,000 links against them.
 */
import { performance } from 'node:perf_hooks';
import { toBasePath } from '../../../src/lib/base.ts';
import { resolveLink } from '../../../src/plugins/wikilinks/resolve.ts';
import { syntheticBook } from './synthetic.ts';

const t0 = performance.now();
const { index, links } = syntheticBook(5000, 50_000);
const t1 = performance.now();
const base = toBasePath('/book');
let wrong = 0;
for (const { target, expected } of links) {
  const result = resolveLink(index, target, { base });
  if (!result.ok || result.href !== expected) wrong += 1;
}
const t2 = performance.now();
console.log(`index 5000 pages: ${(t1 - t0).toFixed(1)} ms`);
console.log(
  `resolve 50000 links: ${(t2 - t1).toFixed(1)} ms (${(((t2 - t1) / 50_000) * 1000).toFixed(2)} µs/link), wrong: ${wrong}`,
);
