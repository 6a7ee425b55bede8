/**
 * The team's material beside the repository (`../shared`: the raw notes, reference.md).
 * A user's lone clone has none of it, so tests that read it skip with a visible banner
 * there; in CI (`CI` set), where it is always present, its absence is an error.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
const ROOT = fileURLToPath(new URL('../', import.meta.url));

/**
 * The absolute path of `../shared/<relative>`, or `undefined` when it is absent outside CI
 * (after printing a banner that names the tests being skipped). Throws in CI when absent.
 */
export function sharedMaterial(relative: string, skipping: string): string | undefined {
  const path = resolve(ROOT, '..', 'shared', relative);
  if (existsSync(path)) return path;
  const message = `../shared/${relative} 不在本仓库旁边（只有项目组的检出才有），跳过：${skipping}`;
  if (process.env.CI) throw new Error(`${message}。CI 里必须有它。`);
  console.warn(`\n${'!'.repeat(72)}\n!! ${message}\n${'!'.repeat(72)}\n`);
  return undefined;
}
