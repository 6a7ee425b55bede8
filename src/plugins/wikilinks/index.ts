/** Wiki links for the book: parse → page index → resolve, the remark adapter, backlinks and a link check. */
export { default as remarkWikilinks, withWikilinkOptions, type WikilinkOptions } from './remark-wikilinks.ts';
export {
  findLinks,
  parseNoteHref,
  displayTextOf,
  type FoundLink,
  type LinkTarget,
  type LinkSyntax,
} from '../../markdown/links.ts';
export {
  buildPageIndex,
  indexPages,
  readPage,
  lookupName,
  normalizeName,
  findDuplicateTitles,
  type PageIndex,
  type PageRecord,
  type PageSource,
  type IndexOptions,
} from './page-index.ts';
export { collectBlockIds } from './page-source.ts';
export { loadPageIndex, listPageFiles, DEFAULT_DOCS_DIR } from './load-index.ts';
export { resolveLink, findHeading, type Resolution, type ResolveContext } from './resolve.ts';
export {
  collectBacklinks,
  backlinksOf,
  backlinkItemsFor,
  type Backlink,
  type BacklinkItem,
} from './backlinks.ts';
export { contextToString, type LinkContext, type OutgoingLink, type HeadingRecord } from './page-source.ts';
export { checkLinks, type LinkCheck } from './check-links.ts';
