/**
 * The figures' options as zod schemas, built from the same declarations as the readers in
 * ./options.ts, to word why a prop or URL parameter is refused, in the simulator's words
 * (parseScenario: the field, the rule, Chinese). A browser loads this module only when a value
 * is refused, so zod is not part of a figure page's download.
 */
import {
  boolean,
  enum as zodEnum,
  literal,
  maxLength,
  minLength,
  object,
  optional,
  pipe,
  refine,
  regex,
  strictObject,
  string,
  transform,
  union,
  type core,
} from 'zod/mini';
import { intIn, parseScenario, seedIn } from '../../../sim/scenario-schema.ts';
import type { Checked, FigureOption } from './options.ts';
import { INTEGER, givenProps } from './read.ts';

/**
 * The parts of zod the options build with, by name: handing out the whole namespace would keep
 * all of zod in this chunk (a bundler cannot tell which parts a callee uses).
 */
const z = {
  boolean,
  enum: zodEnum,
  literal,
  maxLength,
  minLength,
  object,
  optional,
  pipe,
  refine,
  regex,
  strictObject,
  string,
  transform,
  union,
};

/** URL text that must be an integer, then pass `check`. */
const intText = (check: core.$ZodType<number>) =>
  z.pipe(
    z.pipe(z.string().check(z.regex(INTEGER, { error: '应为整数' })), z.transform(Number)),
    check as core.$ZodType<number, number>,
  ) as unknown as core.$ZodType<number, string>;

/** What an option's `schemas` builds with. */
export const kit = { z, intIn, seedIn, intText };
/** The kit's type, for the options' declarations (a type import: no zod at run time). */
export type ZodKit = typeof kit;

type Options = Readonly<Record<string, FigureOption<unknown>>>;

/** The props and URL schemas of a set of options, built once per set. */
const built = new WeakMap<Options, { props: core.$ZodType; url: core.$ZodType }>();
function schemasOf(options: Options): { props: core.$ZodType; url: core.$ZodType } {
  let schemas = built.get(options);
  if (!schemas) {
    const entries = Object.entries(options).map(([name, o]) => [name, o, o.schemas(kit)] as const);
    schemas = {
      props: z.strictObject({
        ...Object.fromEntries(entries.map(([name, , s]) => [name, z.optional(s.value)])),
        title: z.optional(z.string().check(z.minLength(1))),
        thumbnail: z.optional(z.boolean()),
      }),
      url: z.object(
        Object.fromEntries(
          entries.filter(([, o]) => o.key !== undefined).map(([, o, s]) => [o.key!, z.optional(s.text)]),
        ),
      ),
    };
    built.set(options, schemas);
  }
  return schemas;
}

/** Props checked by zod alone (the agreement test; {@link explainProps} words refusals). */
export function checkProps(options: Options, props: unknown): Checked<Record<string, unknown>> {
  const { given } = givenProps(props);
  const parsed = parseScenario(schemasOf(options).props, given, 'MDX 属性');
  return parsed.ok
    ? { ok: true, value: parsed.value as Record<string, unknown> }
    : { ok: false, error: parsed.error.message };
}

/** URL parameters checked by zod alone, read back to option names. */
export function checkUrl(
  options: Options,
  params: Readonly<Record<string, string>>,
): Checked<Record<string, unknown>> {
  const parsed = parseScenario(schemasOf(options).url, params, '网址参数');
  if (!parsed.ok) return { ok: false, error: `网址参数无效：${parsed.error.issues.join('；')}` };
  const byKey = parsed.value as Record<string, unknown>;
  const value: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(options))
    if (o.key !== undefined && byKey[o.key] !== undefined) value[name] = byKey[o.key];
  return { ok: true, value };
}

/** Why the readers refused these props. */
export function explainProps(options: Options, given: Record<string, unknown>): string {
  const checked = checkProps(options, given);
  return checked.ok ? disagree('MDX 属性') : checked.error;
}

/** Why the readers refused these URL parameters. */
export function explainUrl(options: Options, params: Readonly<Record<string, string>>): string {
  const checked = checkUrl(options, params);
  return checked.ok ? disagree('网址参数') : checked.error;
}

/** The readers refused what the schemas accept: a bug in a declaration, said as such rather than hidden. */
const disagree = (source: string): string =>
  `${source}无效：本图的参数检查与其 zod 规则不一致（请报告此错误）`;
