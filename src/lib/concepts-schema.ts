/**
 * The book's concept list (src/content/concepts.yaml): every concept a chapter explains, with its
 * Chinese and English names, abbreviations, colloquial phrasings and the page (and heading) that
 * explains it. One file, read by the glossary page, the search index, link previews and wiki-link
 * aliases; this module is its one schema and its one reader. A bad entry is reported with the file,
 * the line and the field (`src/content/concepts.yaml:12: concepts.3.page: …`).
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { z } from 'zod';
import { BOOK_CONTENT_DIR } from './content-dir.mjs';

/** The file, relative to the project root (the working directory of the build and the tests). */
export const CONCEPTS_FILE = 'src/content/concepts.yaml';

/** A non-empty, trimmed name. */
const name = z.string().trim().min(1);

/** One concept. */
export const conceptSchema = z
  .object({
    /** Chinese names; the first is the one the glossary shows first. */
    zh: z.array(name).min(1),
    /** English names, as a course in English says them. Default: []. */
    en: z.array(name).default([]),
    /** Abbreviations and identifiers (`TLB`, `COW`, `pthread_create`). Default: []. */
    abbr: z.array(name).default([]),
    /**
     * Other words readers use for it that are not the book's terms (`隔离`, `加锁`, `后台进程`): searched
     * and linked like its names, but not shown as terms in the glossary. Default: [].
     */
    aka: z.array(name).default([]),
    /**
     * Colloquial phrasings: each is a few words separated by spaces; a query that contains every one
     * of them (in any order) is about this concept. Default: [].
     */
    say: z.array(name).default([]),
    /** The page that explains it: its path below src/content/docs without the extension. */
    page: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, '应是 docs 下的页面路径，如 basics/address-space'),
    /** The heading (its text) of the section that explains it. */
    heading: name.optional(),
    /** Other pages the glossary lists for it. Default: []. */
    see: z.array(z.string()).default([]),
    /** The glossary's one-sentence definition (Markdown code spans allowed). */
    define: name,
  })
  .strict();

/** A section of the glossary and its concepts. */
export const conceptSectionSchema = z
  .object({ section: name, concepts: z.array(conceptSchema).min(1) })
  .strict();

/** The whole file. */
export const conceptsFileSchema = z.array(conceptSectionSchema).min(1);

export type Concept = z.infer<typeof conceptSchema>;
export type ConceptSection = z.infer<typeof conceptSectionSchema>;

/** Every name of a concept (Chinese, English, abbreviations, other words), without repeats, in that order. */
export function conceptNames(concept: Concept): string[] {
  return [...new Set([...concept.zh, ...concept.en, ...concept.abbr, ...concept.aka])];
}

/** The concepts of all sections, in file order. */
export function allConcepts(sections: readonly ConceptSection[]): Concept[] {
  return sections.flatMap((section) => section.concepts);
}

/**
 * Parses the file's text; throws an Error naming `file`, the line and the field of the first
 * problems (YAML syntax or schema).
 */
export function parseConcepts(text: string, file: string = CONCEPTS_FILE): ConceptSection[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lineCounter.linePos(syntax.pos[0]).line;
    throw new Error(`${file}:${line}: YAML 语法错误：${syntax.message.split('\n')[0]}`);
  }
  const result = conceptsFileSchema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const lines = result.error.issues.slice(0, 10).map((issue) => {
    const path = issue.path.map(String);
    let node: unknown = doc.getIn(issue.path as (string | number)[], true);
    // A missing field has no node: point at the object that lacks it.
    for (let up = path.length - 1; !isNode(node) && up >= 0; up--)
      node = doc.getIn(issue.path.slice(0, up) as (string | number)[], true);
    const at = isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : 1;
    return `${file}:${at}: ${path.join('.') || '(根)'}: ${issue.message}`;
  });
  throw new Error(`概念表有误：\n${lines.join('\n')}`);
}

let cached: { file: string; sections: ConceptSection[] } | undefined;

/** Reads and checks the concept list (once per process for the same file). */
export function loadConcepts(file: string = CONCEPTS_FILE): ConceptSection[] {
  if (cached?.file === file) return cached.sections;
  const sections = parseConcepts(readFileSync(file, 'utf8'), file);
  cached = { file, sections };
  return sections;
}

/**
 * The concepts of the site built from `docsDir`: the book's list for the book's pages, none for a
 * test build of other pages (scripts/build-fixtures.mjs), whose pages the list does not name.
 */
export function conceptsFor(docsDir: string): Concept[] {
  const normal = docsDir.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  return normal === BOOK_CONTENT_DIR || normal.endsWith(`/${BOOK_CONTENT_DIR}`)
    ? allConcepts(loadConcepts())
    : [];
}
