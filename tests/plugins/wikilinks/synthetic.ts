import { indexPages, type PageIndex, type PageRecord } from '../../../src/plugins/wikilinks/page-index.ts';
import { toPageSlug, type HeadingAnchor } from '../../../src/lib/paths.ts';
import type { LinkTarget } from '../../../src/markdown/links.ts';

/** A synthetic book of `pageCount` pages and `linkCount` links (by title, alias, path or heading) with their expected hrefs under `/book`. */
export function syntheticBook(
  pageCount: number,
  linkCount: number,
): { index: PageIndex; links: { target: LinkTarget; expected: string }[] } {
  const pages: PageRecord[] = [];
  for (let i = 0; i < pageCount; i += 1) {
    const file = `part-${i % 50}/page-${i}.mdx`;
    pages.push({
      file,
      slug: toPageSlug(file),
      title: `第 ${i} 页：进程与线程`,
      aliases: [`别名${i}`, `Alias ${i}`],
      headingAliases: { [`old-${i}`]: `小节 ${i}` },
      headings: [{ depth: 2, text: `小节 ${i}`, anchor: `小节-${i}` as HeadingAnchor }],
      blocks: [],
      links: [],
      problem: undefined,
    });
  }
  const links: { target: LinkTarget; expected: string }[] = [];
  for (let k = 0; k < linkCount; k += 1) {
    const i = (k * 7919) % pageCount;
    const url = `/book/part-${i % 50}/page-${i}/`;
    const variants: [LinkTarget, string][] = [
      [{ page: `第 ${i} 页：进程与线程`, heading: undefined }, url],
      [{ page: `ＡＬＩＡＳ ${i}`, heading: undefined }, url],
      [{ page: `part-${i % 50}/page-${i}`, heading: `小节 ${i}` }, `${url}#小节-${i}`],
      [{ page: `别名${i}`, heading: `old-${i}` }, `${url}#小节-${i}`],
    ];
    const [target, expected] = variants[k % variants.length] as [LinkTarget, string];
    links.push({ target, expected });
  }
  return { index: indexPages(pages), links };
}
