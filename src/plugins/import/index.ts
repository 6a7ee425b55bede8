/** Safe note import: Obsidian notes → MDX pages whose text can never run at build time. */
export {
  convertNote,
  parseNoteMarkdown,
  type ConvertedNote,
  type MissingImages,
  type NoteInput,
} from './convert.ts';
export { auditMdx, parseMdx, type MdxFinding } from './audit.ts';
export {
  splitFrontMatter,
  parseFrontMatter,
  normaliseFrontMatter,
  formatFrontMatter,
  type ImportIssue,
  type PageFrontMatter,
} from './front-matter.ts';
export { escapeProse, escapeLiteral, toMdxComment, encodeDestination } from './escape.ts';
export { isLocalImage, planImageCopy, IMAGE_DIR, type ImageCopy } from './images.ts';
export { deriveTitle, deriveDescription, DESCRIPTION_MAX } from './title.ts';
