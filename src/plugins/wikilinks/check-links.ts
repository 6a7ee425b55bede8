import { toBasePath } from '../../lib/base.ts';
import { findDuplicateTitles, type PageIndex } from './page-index.ts';
import { resolveLink } from './resolve.ts';

/** One link that does not resolve, with its place. */
export interface UnresolvedLink {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly raw: string;
  readonly reason: string;
}

/** The state of every link of the book: how many resolve, which do not, and which titles clash. */
export interface LinkCheck {
  readonly resolved: number;
  readonly unresolved: readonly UnresolvedLink[];
  readonly duplicateTitles: readonly { title: string; files: string[] }[];
  readonly problems: readonly { file: string; problem: string }[];
}

/** Resolves every link of every indexed page, as the build will, without building. */
export function checkLinks(index: PageIndex, base = '/'): LinkCheck {
  const basePath = toBasePath(base);
  let resolved = 0;
  const unresolved: UnresolvedLink[] = [];
  for (const page of index.pages) {
    for (const link of page.links) {
      const result = resolveLink(index, link, { base: basePath, from: page.slug });
      if (result.ok) resolved += 1;
      else
        unresolved.push({
          file: page.file,
          line: link.line,
          column: link.column,
          raw: link.raw,
          reason: result.reason,
        });
    }
  }
  const problems = index.pages.flatMap((page) =>
    page.problem ? [{ file: page.file, problem: page.problem }] : [],
  );
  return { resolved, unresolved, duplicateTitles: findDuplicateTitles(index), problems };
}

/** The check as lines a person reads: a summary, then one `file:line:column 链接 — 原因` per broken link. */
export function formatLinkCheck(check: LinkCheck, docsDir: string): string[] {
  const lines = [`已解析 ${check.resolved} 个链接，未解析 ${check.unresolved.length} 个。`];
  for (const link of check.unresolved) {
    lines.push(`${docsDir}/${link.file}:${link.line}:${link.column} ${link.raw} — ${link.reason}`);
  }
  for (const { title, files } of check.duplicateTitles)
    lines.push(`标题重复「${title}」：${files.join('、')}`);
  for (const { file, problem } of check.problems) lines.push(`${docsDir}/${file}: ${problem}`);
  return lines;
}
