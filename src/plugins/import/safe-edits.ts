import type { Code, Link, Nodes, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { Edit } from './edits.ts';
import { blockBreak, htmlAsText } from './html.ts';
import {
  encodeDestination,
  escapeLiteral,
  escapeProse,
  esmGuard,
  findBlockMarkers,
  findEsmKeywords,
} from './escape.ts';

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
  const bangs: number[] = [];
  const afters: number[] = [];
  const lineStartBefore = (offset: number): boolean => {
    const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t>]*$/.test(source.slice(lineStart, offset));
  };
  visit(tree, (node, _index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    const raw = source.slice(start, end);
    switch (node.type) {
      case 'inlineCode':
      case 'definition':
        return SKIP;
      case 'code':
        // ^ {0,3}: a fence is indented three spaces at most; four make an indented block that shows ```.
        if (!/^ {0,3}(`{3,}|~{3,})/.test(raw))
          edits.push({ start, end, text: fenceIndentedCode(node, source, start) });
        return SKIP;
      case 'html':
        edits.push({
          start,
          end,
          text: htmlAsText(node, raw) + blockBreak(source, start, end, parent?.type),
        });
        return SKIP;
      case 'image':
        edits.push({ start, end, text: hooks.onImage(node, raw) });
        return SKIP;
      case 'imageReference':
        edits.push({ start, end, text: escapeProse(raw) });
        return SKIP;
      case 'link':
        // `<https://x>` is JSX to MDX; a bare URL with braces would keep the escaping backslashes.
        if (raw.startsWith('<') || (!raw.startsWith('[') && /[{}]/.test(raw))) {
          edits.push({ start, end, text: autolinkAsLink(node) });
          // A `!` just before would make the new `[…](…)` an image, a `\\` would escape its `[`.
          const before = source.slice(0, start).match(/\\*[!\\]?$/)![0];
          if (/^(\\\\)*(!|\\)$/.test(before)) bangs.push(start - 1);
          // An emphasis marker touching the new brackets would flank differently (`_!_https://…{x}`
          // closes an emphasis once `[` follows): escape it so it stays the literal it was.
          else if (/[_*]/.test(source[start - 1] ?? '') && isLiteralAt(parent, source, start - 1))
            bangs.push(start - 1);
          if (/[_*]/.test(source[end] ?? '') && isLiteralAt(parent, source, end)) afters.push(end);
          return SKIP;
        }
        // A bare URL (GFM autolink literal) without braces is read the same by MDX: keep its bytes.
        if (!raw.startsWith('[')) return SKIP;
        edits.push(...destinationEdit(node, source, start, end));
        return undefined;
      case 'text':
        edits.push(...proseEdits(node, source, start, hooks, lineStartBefore));
        return SKIP;
      default:
        return undefined;
    }
  });
  const escaped = bangs.length === 0 ? edits : escapeBangs(edits, bangs, source);
  return afters.length === 0 ? escaped : escapeAfters(escaped, afters, source);
}

/** Escapes the literal `!` or `\\` at each offset, inside the edit that already rewrites it if there is one. */
function escapeBangs(edits: Edit[], bangs: readonly number[], source: string): Edit[] {
  const out = [...edits];
  for (const at of bangs) {
    const c = source[at]!;
    const i = out.findIndex((e) => e.end === at + 1 && e.text.endsWith(c));
    // The prose escaping may have escaped it already (a `_` or `*` at a line start): once is enough.
    if (i >= 0 && /(^|[^\\])(\\\\)*\\.$/.test(out[i]!.text)) continue;
    if (i >= 0) out[i] = { ...out[i]!, text: `${out[i]!.text.slice(0, -1)}\\${c}` };
    else out.push({ start: at, end: at + 1, text: `\\${c}` });
  }
  return out;
}

/**
 * Whether the source character at `offset` is plain, unescaped text of `parent`: not an emphasis
 * delimiter (which is no text node) and not already escaped by a backslash.
 */
function isLiteralAt(
  parent: { children: readonly Nodes[] } | undefined,
  source: string,
  offset: number,
): boolean {
  const backslashes = source.slice(0, offset).match(/\\*$/)![0].length;
  if (backslashes % 2 === 1) return false;
  return (parent?.children ?? []).some((child) => {
    const from = child.position?.start.offset;
    const to = child.position?.end.offset;
    return child.type === 'text' && from !== undefined && to !== undefined && from <= offset && offset < to;
  });
}

/** Escapes the literal character at each offset, inside the edit that already starts with it if there is one. */
function escapeAfters(edits: Edit[], afters: readonly number[], source: string): Edit[] {
  const out = [...edits];
  for (const at of afters) {
    const c = source[at]!;
    const i = out.findIndex((e) => e.start === at && e.text.startsWith(c));
    if (i >= 0) out[i] = { ...out[i]!, text: `\\${out[i]!.text}` };
    else if (!out.some((e) => e.start <= at && at < e.end))
      out.push({ start: at, end: at + 1, text: `\\${c}` });
  }
  return out;
}

/** `[label](dest)` whose destination holds a brace or `<`: the destination percent-encoded. */
function destinationEdit(node: Link, source: string, start: number, end: number): Edit[] {
  const labelEnd = node.children.at(-1)?.position?.end.offset ?? start + 1;
  if (source.slice(labelEnd, labelEnd + 2) !== '](' || source[end - 1] !== ')') return [];
  if (!/[{}<]/.test(source.slice(labelEnd + 2, end - 1))) return [];
  const title = node.title ? ` "${node.title.replace(/["\\]/g, (c) => `\\${c}`)}"` : '';
  return [{ start: labelEnd + 2, end: end - 1, text: encodeDestination(node.url) + title }];
}

/** Edits for one text node: embeds handed to the hook, the rest escaped. */
function proseEdits(
  node: Text,
  source: string,
  start: number,
  hooks: SafetyHooks,
  lineStartBefore: (offset: number) => boolean,
): Edit[] {
  const raw = source.slice(start, node.position!.end.offset!);
  const blockMarkers = findBlockMarkers(source, start, start + raw.length, node.value);
  const edits: Edit[] = [];
  let at = 0;
  const pushProse = (from: number, to: number): void => {
    if (from >= to) return;
    const piece = raw.slice(from, to);
    const atLineStart = (i: number): boolean => lineStartBefore(start + from + i);
    const keywords = findEsmKeywords(piece, atLineStart).map((at) => ({ at, text: esmGuard(piece[at]!) }));
    const markers = blockMarkers
      .filter((at) => at >= start + from && at < start + to)
      .map((at) => ({ at: at - start - from, text: `\\${piece[at - start - from]}` }));
    let text = '';
    let last = 0;
    for (const guard of [...keywords, ...markers].sort((a, b) => a.at - b.at)) {
      text += escapeProse(piece.slice(last, guard.at)) + guard.text;
      last = guard.at + 1;
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

/** An autolink (`<https://x>` or a bare URL) written as `[https://x](https://x)`, its label literal. */
function autolinkAsLink(node: Link): string {
  const label = node.children.map((child) => ('value' in child ? child.value : '')).join('');
  return `[${escapeLiteral(label)}](${encodeDestination(node.url)})`;
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
