/**
 * Remark plugin: a live figure of the book, or one of its scenes, in a Markdown page or imported note,
 * written so that it still reads sensibly in Obsidian (as a code block, or as a link):
 *
 *   ```figure
 *   tlb-flush scene=pcid-coexist
 *   ```
 *   ```figure tlb-flush step=3 policy=process-switch-pcid```   (the same on the fence line)
 *   [TLB 与地址空间切换](/embed/tlb-flush/?step=3)            (in a note: a paragraph holding only a link to an embed page)
 *
 * becomes the figure's embed page (`/embed/<id>/?…`: the island with its player, src/pages/embed) in a
 * lazy `<iframe>`, captioned with a link to it:
 *
 *   <figure class="note-figure" data-figure="tlb-flush">
 *     <iframe src="/embed/tlb-flush/?step=3" title="TLB 与地址空间切换" loading="lazy" …></iframe>
 *     <figcaption><a href="/embed/tlb-flush/?step=3">TLB 与地址空间切换</a></figcaption>
 *   </figure>
 *
 * The figure id, the scene and every parameter are checked by the figure registry's own readers
 * (src/components/figures/registry.ts, src/lib/figure-url.ts); a mistake is reported as
 * `file:line:column: …` and, in an imported note, shown in place of the figure (the build goes on);
 * in the book's own pages it fails the build. Only element trees are emitted (no raw HTML).
 */
import type { Code, Link, Paragraph, Root, RootContent } from 'mdast';
import type { ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { FIGURES, type FigureEntry } from '../../components/figures/registry.ts';
import { buildEmbedUrl, EMBED_OPTION_KEYS, readPlayerOptions } from '../../lib/figure-url.ts';
import { toBasePath } from '../../lib/base.ts';
import { siteOptions } from '../../lib/site-options.mjs';
import { noteSuffix, obsidianOf } from '../obsidian/imported.ts';
import { displayPath } from '../safety/report.ts';

/** Options of the plugin. */
export interface FigureEmbedOptions {
  /** The site's base path (`/`, `/book`). Default: the build's (`BASE_PATH`, src/lib/site-options.mjs). */
  readonly base?: string;
  /** Where problems in imported notes are reported. Default: console.warn. */
  readonly warn?: (message: string) => void;
}

/** A figure asked for: its entry, the parameters of its embed URL and a caption. */
interface FigureRequest {
  readonly figure: FigureEntry;
  readonly params: Record<string, string>;
  readonly caption: string;
}

/**
 * Reads `tlb-flush scene=pcid-coexist step=3` into a figure request, or says what is wrong. A scene's
 * parameters come first; parameters written beside it override them.
 */
export function readFigureRequest(
  words: readonly string[],
  caption?: string,
): FigureRequest | { problem: string } {
  const [id, ...rest] = words;
  if (!id) return { problem: `figure: 缺少交互图的 id（可选：${FIGURES.map((f) => f.id).join('、')}）` };
  const figure = FIGURES.find((entry) => entry.id === id);
  if (!figure)
    return { problem: `figure: 没有交互图「${id}」（可选：${FIGURES.map((f) => f.id).join('、')}）` };
  const given: Record<string, string> = {};
  for (const word of rest) {
    const eq = word.indexOf('=');
    if (eq <= 0) return { problem: `figure ${id}: 「${word}」应写成 名称=值` };
    given[word.slice(0, eq)] = word.slice(eq + 1);
  }
  let params: Record<string, string> = {};
  let sceneTitle: string | undefined;
  if (given.scene !== undefined) {
    const scene = figure.scenes.find((s) => s.id === given.scene);
    if (!scene)
      return {
        problem: `figure ${id}: 没有场景「${given.scene}」（可选：${figure.scenes.map((s) => s.id).join('、')}）`,
      };
    params = { ...scene.params };
    sceneTitle = scene.title;
    delete given.scene;
  }
  params = { ...params, ...given };
  const figureParams = Object.fromEntries(
    Object.entries(params).filter(([key]) => !EMBED_OPTION_KEYS.includes(key)),
  );
  const shown = Object.fromEntries(Object.entries(params).filter(([key]) => EMBED_OPTION_KEYS.includes(key)));
  const player = readPlayerOptions(new URLSearchParams(shown).toString());
  if (!player.ok) return { problem: `figure ${id}: ${player.error}` };
  const problem = figure.validate(figureParams);
  if (problem) return { problem: `figure ${id}: ${problem}` };
  return {
    figure,
    params,
    caption: caption ?? (sceneTitle ? `${figure.title}：${sceneTitle}` : figure.title),
  };
}

/** The words of a ```figure block: its fence line's meta, then its lines. */
function wordsOf(node: Code): string[] {
  return `${node.meta ?? ''}\n${node.value}`.split(/\s+/).filter(Boolean);
}

/** The embed page a paragraph's only link points to (`/embed/tlb-flush/?step=3`), as words, or undefined. */
function embedLinkWords(node: Paragraph, base: string): { words: string[]; caption: string } | undefined {
  if (node.children.length !== 1 || node.children[0]?.type !== 'link') return undefined;
  const link = node.children[0] as Link;
  const root = toBasePath(base);
  const match = /^\/?embed\/([a-z0-9-]+)\/?(\?[^#]*)?$/.exec(
    link.url.startsWith(root) ? link.url.slice(root.length) : link.url,
  );
  if (!match || /^[a-z]+:/i.test(link.url)) return undefined;
  const query = new URLSearchParams(match[2] ?? '');
  const caption = link.children.map((child) => ('value' in child ? child.value : '')).join('');
  return { words: [match[1]!, ...[...query].map(([key, value]) => `${key}=${value}`)], caption };
}

/** The figure element. */
function figureNode(request: FigureRequest, base: string): Paragraph {
  const src = buildEmbedUrl(request.figure.id, request.params, base);
  const children: ElementContent[] = [
    {
      type: 'element',
      tagName: 'iframe',
      properties: {
        src,
        title: request.caption,
        loading: 'lazy',
        width: '100%',
        height: '520',
        allow: 'fullscreen; clipboard-write',
        className: ['note-figure__frame'],
      },
      children: [],
    },
    {
      type: 'element',
      tagName: 'figcaption',
      properties: {},
      children: [
        {
          type: 'element',
          tagName: 'a',
          properties: { href: src },
          children: [{ type: 'text', value: request.caption }],
        },
      ],
    },
  ];
  return {
    type: 'paragraph',
    children: [],
    data: {
      hName: 'figure',
      hProperties: { className: ['note-figure'], dataFigure: request.figure.id },
      hChildren: children,
    },
  };
}

/** What a refused figure shows in an imported note: the message, where the figure would be. */
function problemNode(problem: string): Paragraph {
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: problem }],
    data: { hProperties: { className: ['note-figure-error'], role: 'note' } },
  };
}

/** The plugin. */
export default function remarkFigureEmbed(options: FigureEmbedOptions = {}) {
  const base = options.base ?? siteOptions(process.env).base;
  return (tree: Root, file: VFile): void => {
    const inNote = obsidianOf(file) !== undefined;
    const problems: string[] = [];
    const replace = (node: RootContent, words: string[], caption?: string): RootContent => {
      const request = readFigureRequest(words, caption);
      if ('figure' in request) return figureNode(request, base);
      const place = node.position?.start;
      problems.push(
        `${file.path ? displayPath(file) : '<input>'}:${place?.line ?? 0}:${place?.column ?? 0}: ${inNote ? 'warning' : 'error'}: ${request.problem}${noteSuffix(file, place?.line ?? 0)}`,
      );
      return problemNode(request.problem);
    };
    const walk = (parent: { children: RootContent[] }): void => {
      parent.children.forEach((node, i) => {
        if (node.type === 'code' && node.lang === 'figure') parent.children[i] = replace(node, wordsOf(node));
        else if (node.type === 'paragraph' && inNote) {
          const link = embedLinkWords(node, base);
          if (link) parent.children[i] = replace(node, link.words, link.caption || undefined);
        } else if ('children' in node) walk(node as { children: RootContent[] });
      });
    };
    walk(tree);
    if (problems.length === 0) return;
    if (inNote) (options.warn ?? console.warn)(problems.join('\n'));
    else file.fail(problems.join('\n'), { source: 'figure-embed', ruleId: 'figure' });
  };
}
