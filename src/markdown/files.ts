/**
 * Which files Obsidian embeds, and how, by their ending (https://help.obsidian.md/file-formats):
 * pictures as images, audio and video with a player, PDF in a viewer. One rule for the importer
 * (what it copies and writes) and the build (what it draws).
 */

/** Folder, next to each imported page, that receives the files it embeds (pictures, audio, video, PDF). */
export const ATTACHMENT_DIR = '_attachments';

/** Picture endings Obsidian embeds as images. */
export const IMAGE_FILE = /\.(png|jpe?g|gif|svg|webp|avif|bmp)$/i;

/** Endings embedded with a player: audio, video (`.webm` is listed under both; `<video>` plays either) and PDF. */
export const MEDIA_FILES = {
  audio: /\.(flac|m4a|mp3|ogg|wav|3gp)$/i,
  video: /\.(mkv|mov|mp4|ogv|webm)$/i,
  pdf: /\.pdf$/i,
} as const;

/** The kind of player an embedded file gets. */
export type MediaKind = keyof typeof MEDIA_FILES;

/**
 * The player a file is embedded with, by its ending; undefined for pictures, notes and other files.
 * @example mediaKindOf('Attachments/demo.ogg') // 'audio'
 */
export function mediaKindOf(path: string): MediaKind | undefined {
  return (Object.keys(MEDIA_FILES) as MediaKind[]).find((kind) => MEDIA_FILES[kind].test(path));
}
