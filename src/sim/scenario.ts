import { int, maximum, minimum, safeParse, type core } from 'zod/mini';
import { zhCN } from 'zod/locales';

/** Chinese wording for zod's built-in messages (a schema's own `error` still wins). */
const zhMessages = zhCN().localeError;

/** An integer in `min..max` (a safe integer, as zod's `int()`). */
export const intIn = (min: number, max: number) => int().check(minimum(min), maximum(max));

/** A scenario that failed validation, with one readable line per wrong field. */
export class ScenarioError extends Error {
  /** Each problem as `字段路径: 说明`. */
  readonly issues: readonly string[];
  constructor(source: string, issues: readonly string[]) {
    super(`${source} 中的场景无效：\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}

/** The outcome of validating outside input: the value, or the problems found. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ScenarioError };

/**
 * Validates input that comes from outside (URL, CLI file, MDX props) against a zod schema
 * (`zod/mini` or classic). Every problem names its field path, so `{ tlb: { entries: -1 } }`
 * reports `tlb.entries: …`, with zod's message in Chinese.
 *
 * @param source where the input came from, for the message (a file name, "URL", "MDX 属性")
 */
export function parseScenario<S extends core.$ZodType>(
  schema: S,
  input: unknown,
  source: string,
): Parsed<core.output<S>> {
  const result = safeParse(schema, input, { error: zhMessages });
  if (result.success) return { ok: true, value: result.data };
  const issues = result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(整体)';
    return `${path}: ${issue.message}`;
  });
  return { ok: false, error: new ScenarioError(source, issues) };
}

/** Like {@link parseScenario} but throws the {@link ScenarioError}. */
export function parseScenarioOrThrow<S extends core.$ZodType>(
  schema: S,
  input: unknown,
  source: string,
): core.output<S> {
  const parsed = parseScenario(schema, input, source);
  if (!parsed.ok) throw parsed.error;
  return parsed.value;
}
