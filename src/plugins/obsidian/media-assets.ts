/**
 * Publishes the audio, video and PDF files the importer copied beside its pages
 * (`<page folder>/_attachments/`, src/importer/embeds.ts) under `<base>/_media/<path in the content
 * folder>`, the address ./media-embeds.ts gives their players: copied into the built site, served
 * from the content folder by `astro dev`. Pictures are not among them: Astro's image pipeline
 * publishes those.
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { serveFolder } from '../../lib/package-assets.ts';
import { ATTACHMENT_DIR, mediaKindOf } from '../../markdown/files.ts';
import { MEDIA_FOLDER } from './media-embeds.ts';

/** Whether a path is a media file inside an attachments folder (the only files published). */
function isPublished(file: string): boolean {
  return mediaKindOf(file) !== undefined && file.split(sep).at(-2) === ATTACHMENT_DIR;
}

/** Every published media file under `root`, as paths relative to it. */
function mediaFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      return; // no content folder yet
    }
    for (const entry of entries) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && isPublished(join(root, path))) found.push(path);
    }
  };
  walk('');
  return found;
}

/** The integration for the pages of `contentDir` (relative to the project root). */
export function mediaAssets(contentDir: string): AstroIntegration {
  const root = resolve(contentDir);
  return {
    name: 'book-media-assets',
    hooks: {
      'astro:server:setup': ({ server }) => serveFolder(server, MEDIA_FOLDER, root, isPublished),
      'astro:build:done': ({ dir, logger }) => {
        const files = mediaFiles(root);
        const target = join(fileURLToPath(dir), MEDIA_FOLDER);
        for (const path of files) {
          mkdirSync(dirname(join(target, path)), { recursive: true });
          copyFileSync(join(root, path), join(target, path));
        }
        if (files.length > 0) logger.info(`${files.length} audio, video or PDF files published`);
      },
    },
  };
}
