/**
 * A note's Obsidian properties mapped onto the page's front matter. Only five keys are given a
 * meaning, deliberately: `title`, `description`, `tags`, `aliases` (and their singular forms) and
 * `cssclasses`. Every other key is kept, unchanged, under `obsidian.properties`, where neither
 * Starlight nor Astro reads it: a note's `head`, `hero`, `banner`, `template`, `prev`/`next`,
 * `sidebar`, `pagefind`, `draft`, `slug`… would otherwise become markup or behaviour of the page.
 * The page shows them like Obsidian's Properties panel (src/plugins/obsidian/properties.ts).
 * @see https://help.obsidian.md/properties (default properties: tags, aliases, cssclasses)
 * @see https://help.obsidian.md/tags (nested tags `a/b`; `#` optional in the property)
 */
import { stringify } from 'yaml';
import type { ObsidianData } from '../lib/page-schema.ts';

/** The front matter an imported page is written with. */
export interface PageFields {
  title: string;
  description?: string;
  tags: string[];
  aliases: string[];
  obsidian: ObsidianData;
}

/** Problems with a field, to be reported at the key's line. */
export interface FieldProblem {
  readonly key: string;
  readonly message: string;
}

/** Keys with a meaning on the page; all others are kept as properties. */
const MAPPED = new Set(['title', 'description', 'tags', 'tag', 'aliases', 'alias', 'cssclasses', 'cssclass']);

/** Strings of a property that may be one string or a list (Obsidian accepts both, and commas in old notes). */
function stringList(key: string, values: unknown[], problems: FieldProblem[]): string[] {
  const out: string[] = [];
  for (const value of values) {
    if (value === undefined || value === null) continue;
    const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];
    for (const item of items) {
      if (item !== null && typeof item === 'object') {
        problems.push({
          key,
          message: `front matter \`${key}\` holds a mapping; kept under obsidian.properties`,
        });
        continue;
      }
      const text = String(item).trim();
      if (text) out.push(text);
    }
  }
  return out;
}

/** A tag as the page lists it: no `#`, case kept from its first use, nested parts kept (`a/b`). */
export function cleanTag(tag: string): string {
  return tag.replace(/^#/, '').trim();
}

/** Adds tags to a list, skipping ones already there in another case (tags are case-insensitive in Obsidian). */
export function addTags(list: string[], tags: Iterable<string>): void {
  const seen = new Set(list.map((tag) => tag.toLowerCase()));
  for (const raw of tags) {
    const tag = cleanTag(raw);
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      list.push(tag);
    }
  }
}

/**
 * Maps note properties to page fields; `title` falls back to the file name (Obsidian's note name).
 * @example mapFrontMatter({ tags: '#a, b', head: [] }, 'x.md', 'X').fields
 * // { title: 'X', tags: ['a', 'b'], aliases: [], obsidian: { source: 'x.md', properties: { head: [] } } }
 */
export function mapFrontMatter(
  data: Record<string, unknown>,
  source: string,
  fileTitle: string,
): { fields: PageFields; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (!MAPPED.has(key)) properties[key] = value;
  const text = (key: string): string | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'object') {
      problems.push({ key, message: `front matter \`${key}\` must be text; kept under obsidian.properties` });
      properties[key] = value;
      return undefined;
    }
    return String(value).trim() || undefined;
  };
  const tags: string[] = [];
  addTags(tags, stringList('tags', [data.tags, data.tag], problems));
  const aliases = [...new Set(stringList('aliases', [data.aliases, data.alias], problems))];
  const cssclasses = stringList('cssclasses', [data.cssclasses, data.cssclass], problems);
  const obsidian: ObsidianData = { source };
  if (cssclasses.length > 0) obsidian.cssclasses = cssclasses;
  if (Object.keys(properties).length > 0) obsidian.properties = properties;
  const fields: PageFields = { title: text('title') ?? fileTitle, tags, aliases, obsidian };
  const description = text('description');
  if (description) fields.description = description;
  return { fields, problems };
}

/** The `---` fenced YAML of a page, keys in a fixed order so the same note gives the same bytes. */
export function formatFrontMatter(fields: PageFields): string {
  const ordered: Record<string, unknown> = { title: fields.title };
  if (fields.description) ordered.description = fields.description;
  if (fields.tags.length > 0) ordered.tags = fields.tags;
  if (fields.aliases.length > 0) ordered.aliases = fields.aliases;
  ordered.obsidian = fields.obsidian;
  return `---\n${stringify(ordered, { lineWidth: 0 })}---\n`;
}
