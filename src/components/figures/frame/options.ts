/**
 * One schema per figure for its MDX props and its URL parameters. Each option is declared once,
 * with its URL key, meaning and default; the props check, the URL check, the share link, the
 * registry's parameter list (and so the gallery's table) and the scene check all derive from it.
 *
 * `defineOptions({ seed: intOption({ key: 'seed', min: 0, max: 9, default: 1, meaning: '种子' }) })`
 * → `.parseUrl({ seed: '7' })` gives `{ ok: true, value: { seed: 7 } }`, `.params` lists `seed`.
 *
 * Two readers per option, from the same declaration: a small one that accepts or refuses a value
 * (what a figure needs to start), and the zod schemas that word *why* a value is refused
 * (./options-schema.ts). zod is loaded with this module on the server and in Node, and in the browser
 * only when a value is refused, so a figure page does not download it
 * (tests/components/frame/lazy-checks.test.ts checks both readers agree).
 */
import type { core } from 'zod/mini';
import { isSeed, parseSeed } from '../../../sim/seed.ts';
import type { ZodKit } from './options-schema.ts';
import { FRAME_PROPS, givenProps, isIntIn, readIntText, type Read } from './read.ts';

/** One option of a figure: an MDX prop, and a URL parameter when it has a `key`. */
export interface FigureOption<T> {
  /** The query key (`seed`, `ev`); absent for props that no URL may set. */
  key?: string | undefined;
  /** What it changes, in Chinese (the gallery's parameter table). */
  meaning: string;
  /** The value when neither props nor URL give one. */
  default: T;
  /** Reads a typed value (MDX props). */
  fromProp(value: unknown): Read<T>;
  /** Reads URL text. */
  fromText(text: string): Read<T>;
  /** Writes a value as URL text. */
  format(value: T): string;
  /** The same rules as zod schemas, built only to word a refusal: for props, and for URL text. */
  schemas(kit: ZodKit): { value: core.$ZodType<T>; text: core.$ZodType<T, string> };
}

/** The value type of an option. */
type ValueOf<O> = O extends FigureOption<infer T> ? T : never;
/** The values of a set of options, by prop name. */
export type OptionValues<S> = { -readonly [K in keyof S]: ValueOf<S[K]> };

/** What every option constructor takes. */
interface OptionBase<T> {
  key?: string;
  meaning: string;
  default: T;
}

/** An integer in `min..max`, optionally one of `oneOf`. */
export function intOption(
  o: OptionBase<number> & { min: number; max: number; oneOf?: readonly number[] },
): FigureOption<number> {
  const { min, max, oneOf } = o;
  const fromProp = (v: unknown): Read<number> =>
    isIntIn(v, min, max) && (!oneOf || oneOf.includes(v)) ? { value: v } : null;
  return {
    key: o.key,
    meaning: o.meaning,
    default: o.default,
    fromProp,
    fromText: readIntText(fromProp),
    format: String,
    schemas({ z, intIn, intText }) {
      const value = oneOf
        ? intIn(min, max).check(
            z.refine((n) => oneOf.includes(n), { error: `应为 ${oneOf.join('、')} 之一` }),
          )
        : intIn(min, max);
      return { value, text: intText(value) };
    },
  };
}

/** A yes/no option, `1` or `0` in the URL. */
export function boolOption(o: OptionBase<boolean>): FigureOption<boolean> {
  return {
    key: o.key,
    meaning: o.meaning,
    default: o.default,
    fromProp: (v) => (typeof v === 'boolean' ? { value: v } : null),
    fromText: (t) => (t === '1' ? { value: true } : t === '0' ? { value: false } : null),
    format: (b) => (b ? '1' : '0'),
    schemas: ({ z }) => ({
      value: z.boolean(),
      text: z.pipe(
        z.enum(['0', '1']),
        z.transform((s) => s === '1'),
      ) as unknown as core.$ZodType<boolean, string>,
    }),
  };
}

/** One of a list of words. */
export function enumOption<const T extends readonly [string, ...string[]]>(
  values: T,
  o: OptionBase<T[number]>,
): FigureOption<T[number]> {
  const read = (v: unknown): Read<T[number]> =>
    typeof v === 'string' && (values as readonly string[]).includes(v) ? { value: v } : null;
  return {
    key: o.key,
    meaning: o.meaning,
    default: o.default,
    fromProp: read,
    fromText: read,
    format: (v) => v,
    schemas({ z }) {
      const schema = z.enum(values) as unknown as core.$ZodType<T[number], string>;
      return { value: schema, text: schema };
    },
  };
}

/** Free text up to `max` characters. */
export function textOption(o: OptionBase<string> & { max: number }): FigureOption<string> {
  const read = (v: unknown): Read<string> =>
    typeof v === 'string' && v.length <= o.max ? { value: v } : null;
  return {
    key: o.key,
    meaning: o.meaning,
    default: o.default,
    fromProp: read,
    fromText: read,
    format: (v) => v,
    schemas({ z }) {
      const schema = z.string().check(z.maxLength(o.max));
      return { value: schema, text: schema };
    },
  };
}

/** A value with its own readers and schemas (event tokens, `'end'`). */
export function customOption<T>(
  o: OptionBase<T> & Omit<FigureOption<T>, keyof OptionBase<T>>,
): FigureOption<T> {
  return o;
}

/** Props every figure takes besides its options. */
export interface FrameProps {
  /** Title above the figure. */
  title?: string;
  /** Render only the drawing, small, with no ids or controls (the gallery's scene thumbnails). */
  thumbnail?: boolean;
  /** URL parameters to start from, as a link would give them (scenes, the offline file). */
  params?: Record<string, string>;
}

/** One row of a figure's parameter list (registry, gallery). */
export interface FigureParam {
  /** The query key. */
  name: string;
  /** What it changes, in Chinese. */
  meaning: string;
  /** The value used when the key is absent, as written in the URL. */
  default: string;
}

/**
 * Outcome of a check: the value or a readable Chinese message. `pending` means the value was
 * refused in a browser that has not loaded the checks yet: call {@link loadChecks}, then check again.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string; pending?: true };

/** A figure's options with everything derived from them. */
export interface FigureOptions<S extends Record<string, FigureOption<unknown>>> {
  /** The options as declared. */
  readonly options: S;
  /** Every option at its default. */
  readonly defaults: OptionValues<S>;
  /** The URL parameters, in declaration order. */
  readonly params: readonly FigureParam[];
  /** Checks MDX props (every option optional, plus {@link FrameProps}); unknown props are errors. */
  parseProps(props: unknown): Checked<Partial<OptionValues<S>> & FrameProps>;
  /** Checks URL parameters; unknown keys are ignored (a page may carry others). */
  parseUrl(params: Readonly<Record<string, string>>): Checked<Partial<OptionValues<S>>>;
  /** The URL parameters of `values`, every key written, so a link means the same on any page. */
  toUrl(values: OptionValues<S>): Record<string, string>;
}

type Checks = typeof import('./options-schema.ts');
/** The zod checks: with this module on a server and in Node, in a browser only once a value is refused. */
let checks: Checks | undefined =
  typeof document === 'undefined' ? await import('./options-schema.ts') : undefined;

/** Loads the checks (a browser does so when a value is refused); resolves at once when loaded. */
export async function loadChecks(): Promise<void> {
  checks ??= await import('./options-schema.ts');
}

/** Shown while the checks load to word a refusal (a browser, a fraction of a second). */
export const PENDING = '参数有误，正在查明原因……';

/** A refusal: the checks' message, or {@link PENDING} until they are loaded. */
function refused(word: (c: Checks) => string): { ok: false; error: string; pending?: true } {
  return checks ? { ok: false, error: word(checks) } : { ok: false, error: PENDING, pending: true };
}

/** Derives the props check, the URL check, the link writer and the parameter list from `options`. */
export function defineOptions<S extends Record<string, FigureOption<unknown>>>(options: S): FigureOptions<S> {
  const entries = Object.entries(options) as [string, FigureOption<unknown>][];
  const inUrl = entries.filter(([, o]) => o.key !== undefined);
  const defaults = Object.fromEntries(entries.map(([name, o]) => [name, o.default])) as OptionValues<S>;
  return {
    options,
    defaults,
    params: inUrl.map(([, o]) => ({ name: o.key!, meaning: o.meaning, default: o.format(o.default) })),
    parseProps(props) {
      const { given, params } = givenProps(props);
      const value: Record<string, unknown> = {};
      for (const [name, v] of Object.entries(given)) {
        const option = Object.hasOwn(options, name) ? options[name] : undefined;
        // An optional prop given as `undefined` is absent, as zod's `optional` reads it.
        if (v === undefined && (option || Object.hasOwn(FRAME_PROPS, name))) continue;
        const read = option
          ? option.fromProp(v)
          : Object.hasOwn(FRAME_PROPS, name) && FRAME_PROPS[name]!(v)
            ? { value: v }
            : null;
        if (!read) return refused((c) => c.explainProps(options, given));
        value[name] = read.value;
      }
      // `params` are URL strings: parseUrl checks them where they are applied.
      if (params !== undefined) value.params = params;
      return { ok: true, value: value as Partial<OptionValues<S>> & FrameProps };
    },
    parseUrl(params) {
      const value: Record<string, unknown> = {};
      for (const [name, o] of inUrl) {
        const text = Object.hasOwn(params, o.key!) ? params[o.key!] : undefined;
        if (text === undefined) continue;
        const read = typeof text === 'string' ? o.fromText(text) : null;
        if (!read) return refused((c) => c.explainUrl(options, params));
        value[name] = read.value;
      }
      return { ok: true, value: value as Partial<OptionValues<S>> };
    },
    toUrl(values) {
      const out: Record<string, string> = {};
      for (const [name, o] of inUrl) out[o.key!] = o.format((values as Record<string, unknown>)[name]);
      return out;
    },
  };
}

/** The simulator seed, shared by the figures that have one. */
export const seedOption = (): FigureOption<number> => {
  const fromProp = (v: unknown): Read<number> => (isSeed(v) ? { value: v } : null);
  return {
    key: 'seed',
    meaning: '模拟器的随机种子（0 到 2³²−1），同一种子重现同一过程',
    default: 1,
    fromProp,
    fromText: (text) => fromProp(parseSeed(text)),
    format: String,
    // The simulator's own seed check, so the message is the model's.
    schemas: ({ seedIn, intText }) => ({ value: seedIn(), text: intText(seedIn()) }),
  };
};

/** The step shown first; its upper bound depends on the rest and is checked by {@link checkStepBound}. */
export const stepOption = (): FigureOption<number> =>
  intOption({ key: 'step', min: 0, max: 100_000, default: 0, meaning: '显示第几步（0 为初始状态）' });

/**
 * The step's upper bound, worded once for the island and the build's scene check: the message for a
 * `step` past `last` (`written` is the step as the URL wrote it), or null; `end` is always in range.
 */
export function checkStepBound(
  step: number | 'end' | undefined,
  last: number | undefined,
  written: string = String(step),
): string | null {
  if (typeof step !== 'number' || last === undefined || step <= last) return null;
  return `网址参数无效：step 应为 0 到 ${last} 之间的整数，收到 “${written}”`;
}
