/**
 * Scenarios without zod: the error a bad scenario raises, the outcome type, and small helpers for
 * raw JSON and defaults. Figures import these; the validation itself (zod, `parseScenario`) is in
 * ./scenario-schema.ts, for outside input only.
 */
import { clip } from './clip.ts';

/** How an unknown field is reported (suggest.ts rewrites it with the closest allowed field). */
export const UNKNOWN = '未知字段';

/** A scenario that failed validation, with one readable line per wrong field. */
export class ScenarioError extends Error {
  /** Each problem as `字段路径: 说明`. */
  readonly issues: readonly string[];
  constructor(source: string, issues: readonly string[]) {
    super(`${clip(source)} 中的场景无效：\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}

/** The outcome of validating outside input: the value, or the problems found. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ScenarioError };

/** Whether a parsed JSON value is an object (not null, not an array), so a model may add defaults to it. */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A command's scenario: the file's JSON as it is (even `null`), or `{}` when no file was given. */
export const scenarioOrDefault = (scenario: unknown): unknown => (scenario === undefined ? {} : scenario);

/**
 * `defaults` with every field `input` gives (not `undefined`) laid over it, one level deep: the
 * zod-free way to fill a trusted input's defaults, as a schema's `_default` does for an absent
 * field. Nothing is checked; nested objects are the caller's to merge.
 */
export function withDefaults<T extends object>(
  defaults: T,
  input: { readonly [K in keyof T]?: T[K] | undefined },
): T {
  const out = { ...defaults };
  for (const key of Object.keys(input) as (keyof T)[]) {
    const value = input[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}
