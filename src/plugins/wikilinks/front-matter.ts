import { blankFrontMatter, parseFrontMatter } from '../../markdown/front-matter.ts';

/** The front-matter fields link resolution reads (see src/lib/page-schema.ts for their meaning). */
export interface LinkFrontMatter {
  readonly title: string | undefined;
  readonly slug: string | undefined;
  readonly aliases: readonly string[];
  readonly headingAliases: Readonly<Record<string, string>>;
}

/** The front matter and the body of a Markdown file; the body keeps the file's lines and columns. */
export interface SplitSource {
  readonly data: LinkFrontMatter;
  readonly body: string;
  readonly problem: string | undefined;
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
}

function recordOf(value: unknown): Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return {};
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  return Object.fromEntries(entries);
}

/**
 * Splits `---\ntitle: 管道\n---\n正文` into `{ data: { title: '管道', … }, body: '\n\n\n正文' }` with the shared
 * splitter (src/markdown/front-matter.ts): the front matter is blanked, so positions stay those of the file.
 * Bad YAML does not throw: it is reported in `problem` (Astro's own schema check fails the build for it).
 */
export function splitFrontMatter(source: string): SplitSource {
  const { split, text: body } = blankFrontMatter(source);
  const empty: LinkFrontMatter = { title: undefined, slug: undefined, aliases: [], headingAliases: {} };
  if (split.yaml === null) return { data: empty, body, problem: undefined };
  const { data: fields, problem } = parseFrontMatter(split.yaml, 2);
  if (problem)
    return {
      data: empty,
      body,
      problem: `front matter 不是合法的 YAML：${problem.message}（第 ${problem.line} 行）`,
    };
  const data: LinkFrontMatter = {
    title: typeof fields.title === 'string' && fields.title.trim() !== '' ? fields.title.trim() : undefined,
    slug: typeof fields.slug === 'string' && fields.slug.trim() !== '' ? fields.slug.trim() : undefined,
    aliases: stringsOf(fields.aliases).map((alias) => alias.trim()),
    headingAliases: recordOf(fields.headingAliases),
  };
  return { data, body, problem: undefined };
}
