/**
 * Lists the book's unresolved links without a build:
 * `npx node src/plugins/wikilinks/check-cli.ts [docsDir]` prints
 * `已解析 42 个链接，未解析 1 个。` then `src/content/docs/a.mdx:3:5 [[页面]] — 页面「页面」不存在`,
 * and exits with status 1 when a link is unresolved.
 */
import { checkLinks, formatLinkCheck } from './check-links.ts';
import { DEFAULT_DOCS_DIR, loadPageIndex } from './load-index.ts';

const docsDir = process.argv[2] ?? DEFAULT_DOCS_DIR;
const check = checkLinks(loadPageIndex(docsDir));
console.log(formatLinkCheck(check, docsDir).join('\n'));
process.exitCode = check.unresolved.length > 0 ? 1 : 0;
