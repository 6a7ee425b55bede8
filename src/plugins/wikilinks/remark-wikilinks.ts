import { relative, resolve } from 'node:path';
import type { Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { BUILD_WORDS, buildWords } from '../../lib/vault-site.mjs';
import { noteSuffix, obsidianOf } from '../obsidian/imported.ts';
import { displayPath } from '../safety/report.ts';
import { toBasePath } from '../../lib/base.ts';
import { toPageSlug, type PageSlug } from '../../lib/paths.ts';
import { DEFAULT_DOCS_DIR, loadPageIndex } from './load-index.ts';
import type { PageIndex } from './page-index.ts';
import { collectHeadings } from './page-source.ts';
import { displayTextOf, findLinks, parseNoteHref } from '../../markdown/links.ts';
import { resolveLink, type ResolveContext } from './resolve.ts';

/** Options of the remark plugin. */
export interface WikilinkOptions {
  /** The site's base path, as in astro.config.mjs (`/` or `/book`). Default: '/'. */
  readonly base?: string;
  /** The folder of the book's pages. Default: 'src/content/docs' (relative to the working directory). */
  readonly docsDir?: string;
  /** A ready index (tests, imported vaults); when absent the pages below `docsDir` are indexed. */
  readonly index?: PageIndex;
  /** 'error' fails the build on any unresolved link (the book); 'warn' only reports it. Default: 'error'. */
  readonly onUnresolved?: 'error' | 'warn';
  /**
   * The same for pages the importer made from Obsidian notes (front matter `obsidian.source`). Default:
   * 'warn': a link Obsidian itself cannot resolve is shown as Obsidian shows it, never a failed build.
   */
  readonly onUnresolvedInNotes?: 'error' | 'warn';
  /** Whether the site's processor runs SmartyPants, so other pages' heading ids are computed alike. Default: false. */
  readonly smartypants?: boolean;
  /** Where warnings go in 'warn' mode (Astro does not print vfile messages). Default: console.warn. */
  readonly warn?: (message: string) => void;
}

/**
 * The element an unresolved link becomes: a visibly different span that says why to every reader. In an
 * imported note it also carries Obsidian's own class for a link to a note not yet written,
 * `is-unresolved`, and looks like Obsidian's (a link dimmed by `--link-unresolved-opacity`, see
 * src/styles/obsidian.css): a reader of the vault sees what Obsidian showed its author.
 */
function missingNode(text: string, inNote: boolean, words = BUILD_WORDS.zh): PhrasingContent {
  return {
    type: 'emphasis',
    children: [{ type: 'text', value: text }],
    data: {
      hName: 'span',
      hProperties: {
        className: inNote ? ['wikilink-missing', 'is-unresolved'] : ['wikilink-missing'],
        title: words.missingPage,
        ariaLabel: words.missingLabel.replace('{{text}}', text),
      },
    },
  };
}

/** A resolved wiki link: an ordinary mdast link carrying the `wikilink` class. */
function linkNode(href: string, text: string): Link {
  return {
    type: 'link',
    url: href,
    children: [{ type: 'text', value: text }],
    data: { hProperties: { className: ['wikilink'] } },
  };
}

/** The slug of the file being compiled, when it lies inside the docs folder. */
function pageOf(file: VFile, docsDir: string): PageSlug | undefined {
  if (!file.path) return undefined;
  const path = relative(resolve(docsDir), resolve(file.cwd, file.path)).replace(/\\/g, '/');
  if (path.startsWith('..') || !/\.mdx?$/i.test(path)) return undefined;
  return toPageSlug(path);
}

/**
 * Where a text node's `[[` were typed escaped (`\[\[`, `\[[`, `[\[`), as offsets into its value: the
 * parser drops the backslashes, so only the source tells. Each `[[` of the value is the next opening
 * bracket pair of the source, in order; when the two do not line up (text from character references,
 * or no source at hand) nothing is taken as escaped.
 */
function escapedOpenings(node: Text, file: VFile): ReadonlySet<number> {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || file.value === undefined) return new Set();
  const source = String(file.value).slice(start, end);
  if (!source.includes('\\')) return new Set();
  const inValue = [...node.value.matchAll(/\[\[/g)].map((match) => match.index);
  const inSource = [...source.matchAll(/\\?\[\\?\[/g)].map((match) => match[0] !== '[[');
  if (inValue.length !== inSource.length) return new Set();
  return new Set(inValue.filter((_, i) => inSource[i]));
}

/**
 * Remark plugin: `[[进程|进程是什么]]` → `<a class="wikilink" href="/book/basics/process-and-thread/">进程是什么</a>`;
 * `[x](Linux.md#pipline)` gets its href resolved the same way. An unresolved link becomes
 * `<span class="wikilink-missing" title="页面尚未创建" aria-label="x（页面尚未创建）">x</span>` and is reported
 * as `file:line:column`; with `onUnresolved: 'error'` the file then fails.
 */
export default function remarkWikilinks(options: WikilinkOptions = {}) {
  const base = toBasePath(options.base ?? '/');
  const docsDir = options.docsDir ?? DEFAULT_DOCS_DIR;
  // The tooltip of an unresolved link, in the site's language (a vault published as an English site).
  const words = buildWords(process.env);
  return (tree: Root, file: VFile): void => {
    const inNote = obsidianOf(file) !== undefined;
    const onUnresolved = inNote ? (options.onUnresolvedInNotes ?? 'warn') : (options.onUnresolved ?? 'error');
    const index = options.index ?? loadPageIndex(docsDir, { smartypants: options.smartypants ?? false });
    const context: ResolveContext = {
      base,
      from: pageOf(file, docsDir),
      currentHeadings: collectHeadings(tree),
    };
    const problems: string[] = [];
    const report = (reason: string, line: number, column: number): void => {
      const where = `${file.path ? displayPath(file) : '<input>'}:${line}:${column}`;
      problems.push(
        `${where}: ${onUnresolved === 'warn' ? 'warning' : 'error'}: ${reason}${noteSuffix(file, line)}`,
      );
      file.message(`${reason}（${where}）`, {
        place: { line, column },
        source: 'wikilinks',
        ruleId: 'unresolved',
      });
    };
    let resolved = 0;

    const rewriteText = (node: Text): PhrasingContent[] | undefined => {
      // Embeds `![[…]]` are the importer's to expand; on a page they stay the text they are.
      // `\[\[x\]\]` is text (Obsidian: a backslash shows the character itself).
      // @see https://help.obsidian.md/syntax#Escaping+Markdown+Syntax ("Basic formatting syntax")
      const escaped = escapedOpenings(node, file);
      const links = findLinks(node.value, node.position?.start ?? { line: 0, column: 0 }).filter(
        (link) => !link.embed && !escaped.has(link.start),
      );
      if (links.length === 0) return undefined;
      const out: PhrasingContent[] = [];
      let last = 0;
      for (const link of links) {
        if (link.start > last) out.push({ type: 'text', value: node.value.slice(last, link.start) });
        const text = displayTextOf(link);
        const result = resolveLink(index, link, context);
        if (result.ok) resolved += 1;
        else report(result.reason, link.line, link.column);
        out.push(result.ok ? linkNode(result.href, text) : missingNode(text, inNote, words));
        last = link.end;
      }
      if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
      return out;
    };

    const walk = (parent: Parent): void => {
      for (let i = 0; i < parent.children.length; i += 1) {
        const node = parent.children[i] as Nodes;
        if (node.type === 'text') {
          const replacement = rewriteText(node);
          if (replacement) {
            parent.children.splice(i, 1, ...replacement);
            i += replacement.length - 1;
          }
        } else if (node.type === 'link') {
          const target = parseNoteHref(node.url);
          if (!target) continue;
          const result = resolveLink(index, target, context);
          const place = node.position?.start ?? { line: 0, column: 0 };
          if (result.ok) {
            resolved += 1;
            node.url = result.href;
            node.data = { ...node.data, hProperties: { ...node.data?.hProperties, className: ['wikilink'] } };
          } else {
            report(result.reason, place.line, place.column);
            const text = node.children.map((child) => ('value' in child ? child.value : '')).join('');
            parent.children.splice(i, 1, missingNode(text || target.page, inNote, words) as never);
          }
        } else if ('children' in node) {
          // Code and inline code have no children: their text is never scanned.
          walk(node as Parent);
        }
      }
    };
    walk(tree);

    file.data.wikilinks = { resolved, unresolved: problems.length };
    if (problems.length > 0 && onUnresolved === 'warn') {
      // One line per link, `file:line:column: warning: …`, as the safety plugins and the importer print.
      (options.warn ?? console.warn)(problems.join('\n'));
    } else if (problems.length > 0) {
      file.fail(`${problems.length} 个链接无法解析：\n${problems.join('\n')}`, {
        source: 'wikilinks',
        ruleId: 'unresolved',
      });
    }
  };
}

declare module 'vfile' {
  interface DataMap {
    /** How many links the wikilinks plugin resolved and could not resolve in this file. */
    wikilinks: { resolved: number; unresolved: number };
  }
}

/**
 * Sets this plugin's options inside a plugin list, leaving the other entries as they are, so the config
 * passes its own base: `withWikilinkOptions([a, remarkWikilinks], { base: '/book' })` → `[a, [remarkWikilinks, { base: '/book' }]]`.
 */
export function withWikilinkOptions<T>(plugins: readonly T[], options: WikilinkOptions): T[] {
  return plugins.map((entry) => {
    const plugin = Array.isArray(entry) ? entry[0] : entry;
    const previous = Array.isArray(entry) ? (entry[1] as WikilinkOptions | undefined) : undefined;
    return plugin === remarkWikilinks ? ([remarkWikilinks, { ...previous, ...options }] as T) : entry;
  });
}
