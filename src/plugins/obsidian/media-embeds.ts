/**
 * Audio, video and PDF embeds on an imported page: the importer writes `![name](./_attachments/x.ogg)`
 * (src/importer/embeds.ts) and copies the file beside the page; here the picture syntax becomes the
 * player Obsidian shows — `<audio controls>`, `<video controls>`, or the PDF in a viewer with its
 * `#page=N` and `#height=N` — each with a link to the file, which is all a reader gets where the
 * browser cannot play it. The file itself is published under `<base>/_media/` by ./media-assets.ts.
 * @see https://help.obsidian.md/embeds (Embed an audio file, Embed a PDF: `#page=3`, `#height=400`)
 * @see https://help.obsidian.md/file-formats (the endings)
 */
import type { Element } from 'hast';
import type { Image, Parent, Root, Text } from 'mdast';
import { relative, resolve, sep } from 'node:path';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { mediaKindOf, type MediaKind } from '../../markdown/files.ts';
import { localUrlOf } from '../../markdown/urls.ts';
import { withBase } from '../../lib/base.ts';
import { checkLocalFile } from '../images/remark-check-images.ts';

/** The URL folder, below the site's base, that holds the published media files. */
export const MEDIA_FOLDER = '_media';

/** Height of a PDF viewer without `#height=` (Obsidian's default viewer is a tall box too). */
const PDF_HEIGHT = 600;

/** Where the page's media are published: the site's base and the folder its pages are read from. */
export interface MediaOptions {
  /** `/` or `/book` */
  readonly base: string;
  /** The content folder, relative to the project root (`src/content/docs`). */
  readonly contentDir: string;
}

/** The public URL of a content file (`notes/a/_attachments/x.ogg` → `/book/_media/notes/a/_attachments/x.ogg`). */
export function mediaUrl(base: string, pathInContent: string): string {
  const encoded = pathInContent.split('/').map(encodeURIComponent).join('/');
  return withBase(`${MEDIA_FOLDER}/${encoded}`, base);
}

/** `page=3&height=400` (a PDF's fragment, as Obsidian reads it) → its numbers. */
function pdfFragment(fragment: string | undefined): { page?: number; height?: number } {
  const found: { page?: number; height?: number } = {};
  for (const part of (fragment ?? '').split('&')) {
    const match = /^(page|height)=(\d+)$/.exec(part.trim());
    if (match) found[match[1] as 'page' | 'height'] = Number(match[2]);
  }
  return found;
}

/** The player for one embed (hast), followed by a link to the file. */
function player(kind: MediaKind, url: string, name: string, fragment: string | undefined): Element[] {
  let element: Element;
  if (kind === 'pdf') {
    const { page, height } = pdfFragment(fragment);
    element = {
      type: 'element',
      tagName: 'iframe',
      properties: {
        src: page ? `${url}#page=${page}` : url,
        title: name,
        loading: 'lazy',
        height: height ?? PDF_HEIGHT,
      },
      children: [],
    };
  } else {
    // `#t=10` (a media fragment) starts the player there; any other fragment is not the player's.
    const start = fragment && /^t=[\d.,:]+$/.test(fragment) ? `#${fragment}` : '';
    element = {
      type: 'element',
      tagName: kind,
      properties: { controls: true, preload: 'metadata', src: `${url}${start}`, title: name },
      children: [],
    };
  }
  const link: Element = {
    type: 'element',
    tagName: 'a',
    properties: { href: url },
    children: [{ type: 'text', value: name }],
  };
  return [element, link];
}

/**
 * Replaces each local `![name](file.ogg|.mp4|.pdf…)` by its player. A file that is not there fails
 * the build with `file:line`, as a missing picture does.
 */
export function transformMediaEmbeds(tree: Root, file: VFile, options: MediaOptions): void {
  if (!file.path) return;
  const root = resolve(file.cwd, options.contentDir);
  visit(tree, 'image', (node: Image, index, parent: Parent | undefined) => {
    const local = localUrlOf(node.url);
    const kind = local && local.kind === 'relative' ? mediaKindOf(local.path) : undefined;
    if (!local || !kind || !parent || index === undefined) return;
    const path = checkLocalFile(node.url, node.position?.start.line ?? 1, file, 'media file')!;
    const inContent = relative(root, path).split(sep).join('/');
    const name = node.alt || local.path.split('/').at(-1)!;
    // A text node drawn as `<span class="note-media">`: it stays phrasing content, in a sentence or a cell.
    const media: Text = {
      type: 'text',
      value: name,
      data: {
        hName: 'span',
        hProperties: { className: ['note-media', `note-media--${kind}`] },
        hChildren: player(kind, mediaUrl(options.base, inContent), name, local.fragment),
      },
    };
    parent.children.splice(index, 1, media as never);
  });
}
