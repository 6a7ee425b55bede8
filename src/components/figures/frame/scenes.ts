/**
 * Named scenes: a state of a figure that carries a lesson, as a set of URL parameters with a
 * title and one sentence. Scenes are defined once next to their figure (`<figure>/scenes.ts`),
 * checked against the figure's options like any URL, and linked from chapters and the gallery.
 */
import { checkStepBound, type FigureOption, type OptionValues } from './options.ts';
import type { FigureSetup } from './use-figure.ts';

/** One named state of a figure. */
export interface FigureScene {
  /** Kebab-case, unique within the figure (`pcid-coexist`). */
  id: string;
  /** A short Chinese title: what the reader sees (`PCID：两个进程的条目共存`). */
  title: string;
  /** One Chinese sentence: why it matters. */
  sentence: string;
  /** The URL parameters that produce it, as written in a link. */
  params: Readonly<Record<string, string>>;
}

/** What checking a figure's URL needs: its options, cross-field check and step range. */
export type FigureDefinition<S extends Record<string, FigureOption<unknown>>> = Pick<
  FigureSetup<S>,
  'id' | 'title' | 'schema' | 'lastStep' | 'check'
>;

/**
 * The option values a set of URL parameters gives, checked exactly as the island checks a URL
 * (unknown keys, bad values, combinations, a step past the end are errors), or the message.
 */
export function resolveParams<S extends Record<string, FigureOption<unknown>>>(
  definition: FigureDefinition<S>,
  params: Readonly<Record<string, string>>,
): { ok: true; value: OptionValues<S> } | { ok: false; error: string } {
  const known = new Set(definition.schema.params.map((p) => p.name));
  const unknown = Object.keys(params).filter((key) => !known.has(key));
  if (unknown.length > 0) return { ok: false, error: `未知的网址参数：${unknown.join('、')}` };
  const parsed = definition.schema.parseUrl(params);
  if (!parsed.ok) return parsed;
  const value = { ...definition.schema.defaults, ...parsed.value } as OptionValues<S>;
  const invalid = definition.check?.(value, '网址参数');
  if (invalid) return { ok: false, error: invalid };
  const step = (value as { step?: number | 'end' }).step;
  const beyond = checkStepBound(step, definition.lastStep?.(value));
  return beyond ? { ok: false, error: beyond } : { ok: true, value };
}

/** Throws a message naming the figure and scene when a scene's parameters are invalid (build time). */
export function checkScenes<S extends Record<string, FigureOption<unknown>>>(
  definition: FigureDefinition<S>,
  scenes: readonly FigureScene[],
): readonly FigureScene[] {
  const ids = new Set<string>();
  for (const scene of scenes) {
    if (ids.has(scene.id)) throw new Error(`${definition.id} 的场景 “${scene.id}” 重复定义`);
    ids.add(scene.id);
    const resolved = resolveParams(definition, scene.params);
    if (!resolved.ok)
      throw new Error(`${definition.id} 的场景 “${scene.id}”（${scene.title}）无效：${resolved.error}`);
  }
  return scenes;
}
