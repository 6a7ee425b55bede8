import { int, maximum, minimum, safeParse, util, type core } from 'zod/mini';

const TYPE_NAMES: Record<string, string> = { nan: 'NaN', number: '数字', array: '数组', null: '空值(null)' };
const UNITS: Record<string, string> = { string: '字符', file: '字节', array: '项', set: '项', map: '项' };
const typeName = (t: string): string => TYPE_NAMES[t] ?? t;

/**
 * zod's messages in Chinese, worded exactly as zod's zh-CN locale (`zod/locales`) for every issue
 * the book's schemas can raise, at a third of its weight in the figures' bundle; anything else is
 * 「无效输入」. A schema's own `error` still wins.
 */
function zhMessages(issue: core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `无效输入：期望 ${typeName(issue.expected)}，实际接收 ${typeName(util.parsedType(issue.input))}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `无效输入：期望 ${util.stringifyPrimitive(issue.values[0])}`
        : `无效选项：期望以下之一 ${util.joinValues(issue.values, '|')}`;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const unit = UNITS[issue.origin ?? ''];
      const bound = `${big ? '<' : '>'}${issue.inclusive ? '=' : ''}${(big ? issue.maximum : issue.minimum).toString()}`;
      return `数值过${big ? '大' : '小'}：期望 ${big ? (issue.origin ?? '值') : issue.origin} ${bound}${unit ? ` ${unit}` : ''}`;
    }
    case 'unrecognized_keys':
      return `出现未知的键(key): ${util.joinValues(issue.keys, ', ')}`;
    default:
      return '无效输入';
  }
}

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
