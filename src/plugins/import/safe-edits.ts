import type { Code, Html, Link, Nodes, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { Edit } from './edits.ts';
import { escapeLiteral, escapeProse, esmGuard, findEsmKeywords, toMdxComment } from './escape.ts';

/** Callbacks through which image handling takes over its own nodes during the walk. */
export interface SafetyHooks {
  /** Replacement text for a Markdown image node (`![alt](src)`). */
  readonly onImage: (node: Nodes & { type: 'image' }, raw: string) => string;
  /** Replacement text for an Obsidian embed `![[target]]` found in prose, or undefined to keep it as prose. */
  readonly onEmbed: (target: string, offset: number) => string | undefined;
}

/** `![[target]]` or `![[target|size]]`: group 1 is everything between the double brackets. */
const EMBED = /!\[\[([^\]\n]+)\]\]/g;

/**
 * Edits that make a CommonMark + GFM note body valid MDX that shows the same text:
 * prose gets `{`, `}`, `<` escaped and line-start `import`/`export` guarded, raw HTML becomes
 * literal text (HTML comments become MDX comments), `<https://…>` autolinks become links, and
 * indented code becomes fenced code (MDX has no HTML, autolinks or indented code).
 * Code, inline code, link destinations and `[[wiki links]]` keep their bytes.
 * @example note body `a {x} <div>` → edits that yield `a \{x\} \<div\>`
 */
export function collectSafetyEdits(tree: Root, source: string, hooks: SafetyHooks): Edit[] {
  const edits: Edit[] = [];
  const lineStartBefore = (offset: number): boolean => {
    const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t>]*$/.test(source.slice(lineStart, offset));
  };
  visit(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    const raw = source.slice(start, end);
    switch (node.type) {
      case 'inlineCode':
      case 'definition':
        return SKIP;
      case 'code':
        if (!/^\s*(`{3,}|~{3,})/.test(raw))
          edits.push({ start, end, text: fenceIndentedCode(node, source, start) });
        return SKIP;
      case 'html':
        edits.push({ start, end, text: htmlAsText(node, raw) });
        return SKIP;
      case 'image':
        edits.push({ start, end, text: hooks.onImage(node, raw) });
        return SKIP;
      case 'imageReference':
        edits.push({ start, end, text: escapeProse(raw) });
        return SKIP;
      case 'link':
        if (raw.startsWith('<')) {
          edits.push({ start, end, text: autolinkAsLink(node) });
          return SKIP;
        }
        return undefined;
      case 'text':
        edits.push(...proseEdits(node, raw, start, hooks, lineStartBefore));
        return SKIP;
      default:
        return undefined;
    }
  });
  return edits;
}

/** Edits for one text node: embeds handed to the hook, the rest escaped. */
function proseEdits(
  _node: Text,
  raw: string,
  start: number,
  hooks: SafetyHooks,
  lineStartBefore: (offset: number) => boolean,
): Edit[] {
  const edits: Edit[] = [];
  let at = 0;
  const pushProse = (from: number, to: number): void => {
    if (from >= to) return;
    const piece = raw.slice(from, to);
    const keywords = new Set(findEsmKeywords(piece, (i) => lineStartBefore(start + from + i)));
    let text = '';
    let last = 0;
    for (const k of [...keywords].sort((a, b) => a - b)) {
      text += escapeProse(piece.slice(last, k)) + esmGuard(piece.slice(k, k + 1));
      last = k + 1;
    }
    text += escapeProse(piece.slice(last));
    if (text !== piece) edits.push({ start: start + from, end: start + to, text });
  };
  for (const m of raw.matchAll(EMBED)) {
    const replacement = hooks.onEmbed(m[1]!, start + m.index);
    if (replacement === undefined) continue;
    pushProse(at, m.index);
    edits.push({ start: start + m.index, end: start + m.index + m[0].length, text: replacement });
    at = m.index + m[0].length;
  }
  pushProse(at, raw.length);
  return edits;
}

/** Raw HTML shown as the text it is; an HTML comment stays hidden as an MDX comment. */
function htmlAsText(node: Html, raw: string): string {
  const lines = raw.split('\n');
  const valueLines = node.value.split('\n');
  // Each raw line is a container prefix (`> `, list indentation) followed by the value's line.
  const prefixes = lines.map((line, i) => line.slice(0, line.length - (valueLines[i] ?? line).length));
  const value = node.value;
  if (value.startsWith('<!--')) {
    const close = value.indexOf('-->');
    const comment = toMdxComment(value.slice(4, close < 0 ? value.length : close));
    const rest = close < 0 ? '' : value.slice(close + 3);
    return rest.trim() ? `${comment} ${escapeLiteral(rest.trim())}` : comment;
  }
  return valueLines.map((line, i) => (i === 0 ? '' : prefixes[i]) + escapeLiteral(line)).join('\n');
}

/** `<https://x>` (an autolink, which MDX reads as JSX) written as `[https://x](https://x)`. */
function autolinkAsLink(node: Link): string {
  const label = node.children.map((child) => ('value' in child ? child.value : '')).join('');
  const url = node.url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c));
  return `[${escapeLiteral(label)}](${url})`;
}

/** An indented code block (which MDX reads as a paragraph) written as a fenced block. */
function fenceIndentedCode(node: Code, source: string, start: number): string {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  // Later lines repeat the container prefix of the first line (`> ` or list indentation).
  const prefix = source.slice(lineStart, start).replace(/[^\s>]/g, ' ');
  const longest = Math.max(2, ...[...node.value.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const body = node.value.split('\n').map((line) => prefix + line);
  return [fence, ...body, prefix + fence].join('\n');
}
