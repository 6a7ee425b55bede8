/**
 * The options reader both command lines share (`npm run sim -- <model>` and `… practice`): each
 * option at most once, a value option followed by its value, nothing unknown. Checking the values
 * themselves is the caller's (the seed, for one, is read by seed.ts).
 *
 * @example
 * readOptions(['--seed', '3', '--json'], { values: ['--seed'], flags: ['--json'] })
 * // → { ok: true, values: { '--seed': '3' }, flags: Set { '--json' } }
 * readOptions(['--seed', '1', '--seed', '2'], { values: ['--seed'], flags: [] })
 * // → { ok: false, message: '选项 --seed 重复了（收到「1」和「2」）：每个选项只能写一次。' }
 */
import { clip } from './clip.ts';

/** The options a command takes: those followed by a value, and flags. */
export interface OptionSpec {
  values: readonly string[];
  flags: readonly string[];
}

/** The options read, or the first problem found, as one sentence. */
export type ReadOptions =
  { ok: true; values: Partial<Record<string, string>>; flags: Set<string> } | { ok: false; message: string };

/** Reads `args` against `spec`; a value that starts with `--` counts as missing. */
export function readOptions(args: readonly string[], spec: OptionSpec): ReadOptions {
  const values: Partial<Record<string, string>> = {};
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (spec.flags.includes(arg)) {
      if (flags.has(arg)) return { ok: false, message: `选项 ${arg} 重复了：每个选项只能写一次。` };
      flags.add(arg);
    } else if (spec.values.includes(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--'))
        return { ok: false, message: `选项 ${arg} 后面缺少取值。` };
      const before = values[arg];
      if (before !== undefined)
        return {
          ok: false,
          message: `选项 ${arg} 重复了（收到「${clip(before, 40)}」和「${clip(value, 40)}」）：每个选项只能写一次。`,
        };
      values[arg] = value;
    } else return { ok: false, message: `不认识的参数「${clip(arg, 60)}」。` };
  }
  return { ok: true, values, flags };
}
