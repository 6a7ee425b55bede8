import type { Image, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified, type Data } from 'unified';
import { applyEdits, lineAt, type Edit } from './edits.ts';
import { encodeDestination, escapeLiteral, toMdxComment } from './escape.ts';
import {
  formatFrontMatter,
  frontMatterKeyLines,
  normaliseFrontMatter,
  parseFrontMatter,
  splitFrontMatter,
  type ImportIssue,
} from './front-matter.ts';
import {
  embeddedImagePath,
  imageMarkdown,
  isLocalImage,
  missingImageMarker,
  planImageCopy,
  type ImageCopy,
} from './images.ts';
import { collectSafetyEdits } from './safe-edits.ts';
import { deriveDescription, deriveTitle, findFirstHeading } from './title.ts';

/** What to do when a note refers to an image that is not there. */
export type MissingImages = 'error' | 'warn';

/** One note to convert; the caller supplies file access so the conversion stays pure. */
export interface NoteInput {
  /** The note's file name, used in messages and as the last-resort title. */
  readonly file: string;
  /** The note's path inside the vault, named in the page's provenance comment. Default: `file`. */
  readonly source?: string;
  /** The note's text. */
  readonly text: string;
  /** Whether a path relative to the note's folder names an existing file. */
  readonly imageExists: (from: string) => boolean;
  /** `error` (default) stops the note; `warn` leaves a marker comment in its place. */
  readonly missingImages?: MissingImages;
}

/** A converted page: its MDX (empty when an error stopped it), the images to copy and every issue. */
export interface ConvertedNote {
  readonly mdx: string;
  readonly title: string;
  readonly images: readonly ImageCopy[];
  readonly issues: readonly ImportIssue[];
}

/**
 * Drops mdast-from-markdown tree transforms. GFM's only one finds bare URLs the tokenizer
 * could not (after `[`, say) and builds link nodes without positions, which escaping by
 * position could not reach; without it those URLs stay text, and their braces get escaped.
 */
function remarkWithoutTransforms(this: { data(): Data }): void {
  const data = this.data();
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((extensions) =>
    (Array.isArray(extensions) ? extensions : [extensions]).map((extension) => ({
      ...extension,
      transforms: [],
    })),
  );
}

/** Parses Markdown the way Obsidian notes are written: CommonMark + GFM (tables, task lists, footnotes). */
export function parseNoteMarkdown(markdown: string): Root {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkWithoutTransforms);
  return processor.runSync(processor.parse(markdown)) as Root;
}

/**
 * Converts one Obsidian note into a book page whose text can never run at build time.
 * @example convertNote({ file: 'a.md', text: '# 进程 {pid}\n\na < b', imageExists: () => false }).mdx
 * // '---\ntitle: 进程 {pid}\ndescription: a < b\n---\n\n{/* imported from a.md *\/}\n\na \\< b\n'
 */
export function convertNote(input: NoteInput): ConvertedNote {
  const { file } = input;
  const text = input.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const split = splitFrontMatter(text, file);
  if (!split.ok) return { mdx: '', title: '', images: [], issues: [split.error] };
  const { yaml, body, bodyLineOffset } = split.value;
  const issues: ImportIssue[] = [];
  const data = yaml === null ? { ok: true as const, value: {} } : parseFrontMatter(yaml, file, 2, issues);
  if (!data.ok) return { mdx: '', title: '', images: [], issues: [data.error] };

  const tree = parseNoteMarkdown(body);
  const title = deriveTitle(data.value.title, tree, file);
  const images = new Map<string, ImageCopy>();
  const useImage = (url: string, alt: string, offset: number, title?: string | null): string => {
    const plan = planImageCopy(url);
    const line = lineAt(body, offset) + bodyLineOffset;
    if (!input.imageExists(plan.from)) {
      const severity = input.missingImages === 'warn' ? 'warning' : 'error';
      issues.push({ severity, file, line, message: `image not found next to the note: ${plan.from}` });
      return missingImageMarker(plan.from, alt);
    }
    const earlier = images.get(plan.to);
    if (earlier && earlier.from !== plan.from) {
      const message = `images ${earlier.from} and ${plan.from} would both be copied to ${plan.to}`;
      issues.push({ severity: 'error', file, line, message });
    }
    images.set(plan.to, plan);
    return imageMarkdown(alt, plan.to, title);
  };

  const edits: Edit[] = collectSafetyEdits(tree, body, {
    onImage: (node: Image) =>
      isLocalImage(node.url)
        ? useImage(node.url, node.alt ?? '', node.position!.start.offset!, node.title)
        : `![${escapeLiteral(node.alt ?? '')}](${encodeDestination(node.url)})`,
    onEmbed: (target, offset) => {
      const path = embeddedImagePath(target);
      return path === undefined ? undefined : useImage(path, '', offset);
    },
  });

  // A level-1 heading that became the title would repeat Starlight's own page heading.
  const heading = findFirstHeading(tree);
  let kept = edits;
  if (yaml === null || typeof data.value.title !== 'string') {
    if (heading?.depth === 1 && heading.position) {
      const start = heading.position.start.offset!;
      const end = heading.position.end.offset!;
      kept = [...edits.filter((e) => e.end <= start || e.start >= end), { start, end, text: '' }];
    }
  }

  const { fields, issues: fieldIssues } = normaliseFrontMatter(
    data.value,
    { title, description: deriveDescription(tree) },
    file,
    frontMatterKeyLines(yaml ?? '', 2),
  );
  issues.push(...fieldIssues);
  // Only blank lines go: trailing spaces or leading indentation can change what a line means.
  const page = applyEdits(body, kept).replace(/^(?:[ \t]*\n)+/, '');
  const mdx = `${formatFrontMatter(fields)}\n${toMdxComment(`imported from ${input.source ?? file}`)}\n\n${page}`;
  const failed = issues.some((issue) => issue.severity === 'error');
  return { mdx: failed ? '' : mdx, title: fields.title, images: [...images.values()], issues };
}
