import { escapeLiteral, toMdxComment } from './escape.ts';

/** A local image a note refers to: where it is, relative to the note, and where the page will find it. */
export interface ImageCopy {
  /** Path relative to the note's folder, as written in the note (URL-decoded). */
  readonly from: string;
  /** Path relative to the output folder, e.g. `images/fork.png`. */
  readonly to: string;
}

/** Folder, inside the output folder, that receives the copied images. */
export const IMAGE_DIR = 'images';

/** File endings that make an Obsidian embed `![[…]]` an image rather than a note transclusion. */
const IMAGE_FILE = /\.(png|jpe?g|gif|svg|webp|avif|bmp)$/i;

/**
 * Whether an image URL points at a file next to the note rather than the web or the page itself.
 * @example isLocalImage('../images/a.png') // true;  isLocalImage('https://x/a.png') // false
 */
export function isLocalImage(url: string): boolean {
  // ^[a-z][a-z\d+.-]*: a URL scheme (https:, data:); ^\/\/: protocol-relative; ^#: a fragment.
  return (
    url.trim() !== '' && !/^[a-z][a-z\d+.-]*:/i.test(url) && !url.startsWith('//') && !url.startsWith('#')
  );
}

/** The path inside an Obsidian embed target if it names an image (`a.png|300` → `a.png`), else undefined. */
export function embeddedImagePath(target: string): string | undefined {
  const path = target.split('|')[0]!.trim();
  return IMAGE_FILE.test(path) ? path : undefined;
}

/**
 * Where a local image is copied: `images/<file name>`, the name reduced to safe characters.
 * @example planImageCopy('../images/201909/a%20b.png') // { from: '../images/201909/a b.png', to: 'images/a-b.png' }
 */
export function planImageCopy(url: string): ImageCopy {
  let from = url.trim();
  try {
    from = decodeURI(from);
  } catch {
    // not percent-encoded: keep the path as written
  }
  from = from.split(/[?#]/)[0]!;
  const name = from
    .split('/')
    .pop()!
    .replace(/[^\w.\-\u4e00-\u9fff]+/g, '-');
  return { from, to: `${IMAGE_DIR}/${name}` };
}

/**
 * Markdown for an image in the page, alt text kept literal.
 * @example imageMarkdown('图 {0}', 'images/a.png') // '![图 \\{0\\}](./images/a.png)'
 */
export function imageMarkdown(alt: string, to: string, title?: string | null): string {
  const titlePart = title ? ` "${title.replace(/["\\]/g, (c) => `\\${c}`)}"` : '';
  return `![${escapeLiteral(alt)}](./${encodeURI(to)}${titlePart})`;
}

/** The MDX comment left where a missing image was, so the gap stays visible in the source. */
export function missingImageMarker(path: string, alt: string): string {
  return toMdxComment(`missing image: ${path}${alt ? ` (alt: ${alt})` : ''}`);
}
