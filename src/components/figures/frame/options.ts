/**
 * One schema per figure for its MDX props and its URL parameters. Each option is declared once,
 * with its URL key, meaning and default; the props check, the URL check, the share link, the
 * registry's parameter list (and so the gallery's table) and the scene check all derive from it.
 *
 * `defineOptions({ seed: intOption({ key: 'seed', min: 0, max: 9, default: 1, meaning: '种子' }) })`
 * → `.parseUrl({ seed: '7' })` gives `{ ok: true, value: { seed: 7 } }`, `.params` lists `seed`.
 */
import { z, type core } from 'zod/mini';
import { intIn, parseScenario, seedIn } from '../../../sim/scenario.ts';

/** One option of a figure: an MDX prop, and a URL parameter when it has a `key`. */
export interface FigureOption<T> {
  /** The query key (`seed`, `ev`); absent for props that no URL may set. */
  key?: string | undefined;
  /** What it changes, in Chinese (the gallery's parameter table). */
  meaning: string;
  /** The value when neither props nor URL give one. */
  default: T;
  /** Checks a typed value (MDX props). */
  value: core.$ZodType<T>;
  /** Reads the URL text into a value. */
  text: core.$ZodType<T, string>;
  /** Writes a value as URL text. */
  format(value: T): string;
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

const INTEGER = /^-?\d+$/;
/** URL text that must be an integer, then pass `check`. */
const intText = (check: core.$ZodType<number>) =>
  z.pipe(
    z.pipe(z.string().check(z.regex(INTEGER, { error: '应为整数' })), z.transform(Number)),
    check as core.$ZodType<number, number>,
  ) as unknown as core.$ZodType<number, string>;

/** An integer in `min..max`, with an optional further check (`refine`). */
export function intOption(
  o: OptionBase<number> & { min: number; max: number; refine?: core.$ZodCheck<number> },
): FigureOption<number> {
  const value = () => (o.refine ? intIn(o.min, o.max).check(o.refine) : intIn(o.min, o.max));
  return { ...o, value: value(), text: intText(value()), format: String };
}

/** A yes/no option, `1` or `0` in the URL. */
export function boolOption(o: OptionBase<boolean>): FigureOption<boolean> {
  return {
    ...o,
    value: z.boolean(),
    text: z.pipe(
      z.enum(['0', '1']),
      z.transform((s) => s === '1'),
    ) as unknown as core.$ZodType<boolean, string>,
    format: (b) => (b ? '1' : '0'),
  };
}

/** One of a list of words. */
export function enumOption<const T extends readonly [string, ...string[]]>(
  values: T,
  o: OptionBase<T[number]>,
): FigureOption<T[number]> {
  const schema = z.enum(values) as unknown as core.$ZodType<T[number], string>;
  return { ...o, value: schema, text: schema, format: (v) => v };
}

/** Free text up to `max` characters. */
export function textOption(o: OptionBase<string> & { max: number }): FigureOption<string> {
  const schema = z.string().check(z.maxLength(o.max));
  return { ...o, value: schema, text: schema, format: (v) => v };
}

/** A value with its own schemas (event tokens, `'end'`). */
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

/** Outcome of a check: the value or a readable Chinese message. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

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

/** Derives the props check, the URL check, the link writer and the parameter list from `options`. */
export function defineOptions<S extends Record<string, FigureOption<unknown>>>(options: S): FigureOptions<S> {
  const entries = Object.entries(options) as [string, FigureOption<unknown>][];
  const inUrl = entries.filter(([, o]) => o.key !== undefined);
  const propsSchema = z.strictObject({
    ...Object.fromEntries(entries.map(([name, o]) => [name, z.optional(o.value)])),
    title: z.optional(z.string().check(z.minLength(1))),
    thumbnail: z.optional(z.boolean()),
  });
  const urlSchema = z.object(Object.fromEntries(inUrl.map(([, o]) => [o.key!, z.optional(o.text)])));
  const defaults = Object.fromEntries(entries.map(([name, o]) => [name, o.default])) as OptionValues<S>;
  return {
    options,
    defaults,
    params: inUrl.map(([, o]) => ({ name: o.key!, meaning: o.meaning, default: o.format(o.default) })),
    parseProps(props) {
      // Preact hands every component its `children`, and Astro its scoped-style `class`; a figure uses neither.
      const {
        children: _children,
        class: _class,
        params,
        ...given
      } = (props ?? {}) as Record<string, unknown>;
      const parsed = parseScenario(propsSchema, given, 'MDX 属性');
      // `params` are URL strings: parseUrl checks them where they are applied.
      const extra = params === undefined ? {} : { params: params as Record<string, string> };
      if (parsed.ok)
        return { ok: true, value: { ...parsed.value, ...extra } as Partial<OptionValues<S>> & FrameProps };
      return { ok: false, error: parsed.error.message };
    },
    parseUrl(params) {
      const parsed = parseScenario(urlSchema, params, '网址参数');
      if (!parsed.ok) return { ok: false, error: `网址参数无效：${parsed.error.issues.join('；')}` };
      const byKey = parsed.value as Record<string, unknown>;
      const value: Record<string, unknown> = {};
      for (const [name, o] of inUrl) if (byKey[o.key!] !== undefined) value[name] = byKey[o.key!];
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
export const seedOption = (): FigureOption<number> => ({
  key: 'seed',
  meaning: '模拟器的随机种子（0 到 2³²−1），同一种子重现同一过程',
  default: 1,
  // The simulator's own seed check, so the message is the model's.
  value: seedIn(),
  text: intText(seedIn()),
  format: String,
});

/** The step shown first; its upper bound depends on the rest and is checked by `useFigure`. */
export const stepOption = (): FigureOption<number> =>
  intOption({ key: 'step', min: 0, max: 100_000, default: 0, meaning: '显示第几步（0 为初始状态）' });
