/**
 * The book's pages as the build steps after Astro need them (search index, previews, print book): where each page's built HTML is, its URL, and
 * the front-matter fields that search reads (title, aliases, tags, pageKind). Read from the sources
 * with the same slug rules as Astro's loader, so the build and the index agree on every URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withBase } from '../lib/base.ts';
import { parseFrontMatter, splitFrontMatter } from '../markdown/front-matter.ts';
import { toPageSlug } from '../lib/paths.ts';
import type { PageKind } from '../search/lexicon.ts';
import { listPageFiles } from '../plugins/wikilinks/load-index.ts';

/** One page of the book, for the index. */
export interface BookPage {
  /** Path below the docs folder: `basics/linux-threads.mdx`. */
  readonly file: string;
  /** Site-absolute URL with the base: `/book/basics/linux-threads/` (the home page: `/book/`). */
  readonly url: string;
  /** The URL without the base, as the Pagefind index stores it: `/basics/linux-threads/`. */
  readonly path: string;
  /** The built HTML below the output folder: `basics/linux-threads/index.html`. */
  readonly html: string;
  readonly title: string;
  readonly aliases: readonly string[];
  readonly tags: readonly string[];
  readonly kind: PageKind;
  /** Whether the page is part of the printed book (front matter `print`, default true). */
  readonly print: boolean;
}

const KINDS: readonly PageKind[] = ['chapter', 'summary', 'glossary'];

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    : [];
}

/**
 * Reads the front matter of every page below `docsDir`; `base` is the site's base path (`/` or `/book`).
 * A page's fields were already checked by the content schema when the site was built, so a file that
 * still fails here (no front matter) is named in the error.
 */
export function readBookPages(docsDir: string, base: string): BookPage[] {
  return listPageFiles(docsDir).map((file) => {
    const source = readFileSync(join(docsDir, file), 'utf8');
    const { yaml } = splitFrontMatter(source);
    if (yaml === null) throw new Error(`${docsDir}/${file}：没有 front matter，搜索索引无法读取它的标题`);
    const { data, problem } = parseFrontMatter(yaml);
    if (problem) throw new Error(`${docsDir}/${file}:${problem.line}：${problem.message}`);
    const slug = typeof data.slug === 'string' ? data.slug.replace(/^\/+|\/+$/g, '') : toPageSlug(file);
    const path = slug === 'index' ? '' : `${slug}/`;
    const kind = KINDS.includes(data.pageKind as PageKind) ? (data.pageKind as PageKind) : 'chapter';
    return {
      file,
      url: withBase(path, base),
      path: `/${path}`,
      html: `${path}index.html`,
      title: typeof data.title === 'string' ? data.title : file,
      aliases: strings(data.aliases),
      tags: strings(data.tags),
      kind,
      print: data.print !== false,
    };
  });
}
