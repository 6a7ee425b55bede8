import { existsSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { localImageOf } from './local-image.ts';
import { noteSuffix } from '../obsidian/imported.ts';

/** Options of {@link remarkCheckImages}. */
export interface RemarkCheckImagesOptions {
  /** Folder served at the site root, for `/…` image URLs. Default: `public` in the working directory. */
  readonly publicDir?: string;
}

/** Whether a path names an existing file (not a folder). */
function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

/**
 * The file a local URL of the page `file` names (beside the page, or under `publicDir` for `/…`),
 * or undefined for a web, data or in-page URL; a file that is not there throws
 * `page:line: <what> not found: <url> (looked for <path>)`.
 */
export function checkLocalFile(
  url: string,
  line: number,
  file: VFile,
  what: string,
  publicDir = resolve(file.cwd, 'public'),
): string | undefined {
  const image = localImageOf(url);
  if (!image) return undefined;
  const path =
    image.kind === 'public' ? join(publicDir, image.path) : resolve(dirname(file.path), image.path);
  if (!isFile(path)) {
    const shown = relative(file.cwd, file.path) || file.path;
    const looked = relative(file.cwd, path) || path;
    throw new Error(
      `${shown}:${line}: ${what} not found: ${url} (looked for ${looked})${noteSuffix(file, line)}`,
    );
  }
  return path;
}

/**
 * Remark plugin: a local image (`![图](./images/a.png)`, `![图](/a.png)`, or a definition used as
 * one) that points to a missing file stops the build with `file:line`, instead of a broken image
 * or a bundler error without a place.
 * @example `![图](./nope.png)` on line 7 of basics/a.mdx
 * → Error: `src/content/docs/basics/a.mdx:7: image not found: ./nope.png (looked for src/content/docs/basics/nope.png)`
 */
export default function remarkCheckImages(options: RemarkCheckImagesOptions = {}) {
  return (tree: Root, file: VFile): void => {
    if (!file.path) return; // text without a file (a test string) has no folder to look in
    const publicDir = resolve(file.cwd, options.publicDir ?? 'public');
    const definitions = new Map<string, { url: string; line: number }>();
    visit(tree, 'definition', (node) => {
      definitions.set(node.identifier, { url: node.url, line: node.position?.start.line ?? 1 });
    });
    const used: { url: string; line: number }[] = [];
    visit(tree, (node) => {
      if (node.type === 'image') used.push({ url: node.url, line: node.position?.start.line ?? 1 });
      // `![图][fork]`: the URL, and so the line to fix, is the definition's.
      if (node.type === 'imageReference' && definitions.has(node.identifier)) {
        used.push(definitions.get(node.identifier)!);
      }
    });
    for (const target of used) checkLocalFile(target.url, target.line, file, 'image', publicDir);
  };
}
