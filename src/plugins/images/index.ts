/** Image checks for the book's pages: where a local image URL points, and the remark adapter that fails the build. */
export { default as remarkCheckImages, type RemarkCheckImagesOptions } from './remark-check-images.ts';
export { localImageOf, type LocalImage } from './local-image.ts';
