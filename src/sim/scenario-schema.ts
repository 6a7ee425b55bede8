/**
 * Scenario validation with zod, for outside input (scenario files, the CLI, refused figure values):
 * the integer and seed rules the schemas build with, and `parseScenario`, which words every problem
 * in Chinese with its field. zod is imported only by files named `*schema.ts` (eslint.config.js);
 * the zod-free half (the error, the outcome type, defaults) is ./scenario.ts.
 */
import { int, maximum, minimum, safeParse, util, type core } from 'zod/mini';
import { clip } from './clip.ts';
import { SEED_MAX, SEED_RANGE } from './seed.ts';
import { ScenarioError, UNKNOWN, type Parsed } from './scenario.ts';

const TYPE_NAMES: Record<string, string> = {
  nan: 'NaN',
  number: '数字',
  int: '整数',
  string: '字符串',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: '空值(null)',
  undefined: '空(缺失)',
};
const UNITS: Record<string, string> = { string: '个字符', array: '项', set: '项', map: '项' };
const typeName = (t: string): string => TYPE_NAMES[t] ?? t;

/** One sentence per unknown key, listing the allowed fields (the CLI adds "did you mean", suggest.ts). */
function unknownKeys(issue: core.$ZodRawIssue<core.$ZodIssueUnrecognizedKeys>): string {
  const shape = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape;
  const sentence = shape ? `${UNKNOWN}（可用的字段：${Object.keys(shape).join('、')}）` : UNKNOWN;
  return issue.keys.map(() => sentence).join('\n');
}

/**
 * zod's messages in Chinese, close to zod's zh-CN locale (`zod/locales`) for every issue the
 * book's schemas can raise, at a third of its weight in the figures' bundle; anything else is
 * 「无效输入」. A schema's own `error` still wins. Numbers that are not finite, fractions where an
 * integer is due and unknown fields get a sentence of their own.
 */
function zhMessages(issue: core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const input = issue.input;
      if (typeof input === 'number' && !Number.isFinite(input))
        return Number.isNaN(input)
          ? '不是有限的数：收到 NaN'
          : `不是有限的数：收到 ${String(input)}（超出双精度浮点数的范围，如 JSON 里的 1e400）`;
      if (issue.expected === 'int' && typeof input === 'number') return `必须是整数，收到 ${input}`;
      return `无效输入：期望 ${typeName(issue.expected)}，实际接收 ${typeName(util.parsedType(input))}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `无效输入：期望 ${util.stringifyPrimitive(issue.values[0])}`
        : `无效选项：期望以下之一 ${util.joinValues(issue.values, '|')}`;
    case 'too_big':
    case 'too_small': {
      const big = issue.code === 'too_big';
      const bound = big ? issue.maximum : issue.minimum;
      if (big && bound === Number.MAX_SAFE_INTEGER) return '超出 JavaScript 能精确表示的整数范围（2^53 − 1）';
      const unit = UNITS[issue.origin ?? ''];
      const shown = typeof bound === 'number' ? bound.toLocaleString('en-US') : bound.toString();
      const rel = big
        ? issue.inclusive
          ? '不能超过'
          : '必须小于'
        : issue.inclusive
          ? '不能小于'
          : '必须大于';
      return `数值过${big ? '大' : '小'}：${unit ? '长度' : ''}${rel} ${shown}${unit ? ` ${unit}` : ''}`;
    }
    case 'unrecognized_keys':
      return unknownKeys(issue);
    default:
      return '无效输入';
  }
}

/** An integer in `min..max` (a safe integer, as zod's `int()`). */
export const intIn = (min: number, max: number) => int().check(minimum(min), maximum(max));

/**
 * An integer in `min..max` whose upper bound is one of the simulator's documented limits
 * (README, "Limits of npm run sim"): the message names the limit and why it exists.
 */
export const intUpTo = (min: number, max: number, limit: string) =>
  int().check(minimum(min), maximum(max, { error: `超过上限 ${max.toLocaleString('en-US')}（${limit}）` }));

/** A seed: an integer in 0…2³²−1, the generator's whole state, never reduced modulo 2³². */
export const seedIn = () => {
  const error = `种子必须是 ${SEED_RANGE}`;
  return int().check(minimum(0, { error }), maximum(SEED_MAX, { error }));
};

const pathText = (path: readonly PropertyKey[]): string =>
  path.length > 0
    ? // A key that is empty or has spaces or dots is quoted, so the field is still visible.
      path
        .map((p) => {
          const key = clip(String(p), 64);
          return /^[\w$-]+$/.test(key) ? key : JSON.stringify(key);
        })
        .join('.')
    : '(整体)';

/**
 * Validates input that comes from outside (URL, CLI file, MDX props) against a zod schema
 * (`zod/mini` or classic). Every problem names its field path, so `{ tlb: { entries: -1 } }`
 * reports `tlb.entries: …`, an unknown field `timeslice` reports `timeslice: 未知字段（可用的字段：
 * …）`, with zod's message in Chinese; one line per field.
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
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const entries: [readonly PropertyKey[], string][] =
      issue.code === 'unrecognized_keys'
        ? issue.message.split('\n').map((m, k) => [[...issue.path, issue.keys[k] ?? '?'], m])
        : [[issue.path, issue.message]];
    for (const [path, message] of entries) {
      const field = pathText(path);
      // zod may report several checks of one field (an integer beyond 2^53 is also above the
      // maximum): the first says what is wrong, the rest would only repeat it.
      if (seen.has(field)) continue;
      seen.add(field);
      lines.push(`${field}: ${message}`);
    }
  }
  return { ok: false, error: new ScenarioError(source, lines) };
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
