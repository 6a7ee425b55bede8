/**
 * Obsidian callouts `> [!type]± title` → the site's asides (Starlight's markup and classes:
 * note, tip, caution, danger), every Obsidian type mapped, the title kept (default: the type in
 * title case, as Obsidian shows it), `+`/`-` folding as `<details>` (`+` open). The importer's
 * `[!embed]` blocks become the box that shows another note's text.
 * @see https://help.obsidian.md/callouts (Supported types, Foldable callouts, Nested callouts)
 * @see node_modules/@astrojs/starlight/integrations/asides.ts (the aside markup reproduced here)
 */
import type { Blockquote, BlockContent, DefinitionContent, Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** Starlight's four aside variants. */
export type AsideVariant = 'note' | 'tip' | 'caution' | 'danger';

/** Every Obsidian callout type and alias, mapped to the aside closest in meaning and colour. */
export const CALLOUT_VARIANTS: Readonly<Record<string, AsideVariant>> = {
  note: 'note',
  abstract: 'note',
  summary: 'note',
  tldr: 'note',
  info: 'note',
  todo: 'note',
  example: 'note',
  quote: 'note',
  cite: 'note',
  tip: 'tip',
  hint: 'tip',
  important: 'tip',
  success: 'tip',
  check: 'tip',
  done: 'tip',
  question: 'tip',
  help: 'tip',
  faq: 'tip',
  warning: 'caution',
  caution: 'caution',
  attention: 'caution',
  failure: 'danger',
  fail: 'danger',
  missing: 'danger',
  danger: 'danger',
  error: 'danger',
  bug: 'danger',
};

/** `[!type]`, then `+` or `-`, then the title: the first line of a callout. */
const MARKER = /^\[!([^\]\s]+)\]([+-]?)[ \t]*/;

/** Splits phrasing content at its first line break: [first line, the rest]. */
function splitFirstLine(children: PhrasingContent[]): [PhrasingContent[], PhrasingContent[]] {
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'break') return [children.slice(0, i), children.slice(i + 1)];
    if (child.type !== 'text') continue;
    const at = child.value.indexOf('\n');
    if (at < 0) continue;
    const head = child.value.slice(0, at);
    const tail = child.value.slice(at + 1);
    return [
      [...children.slice(0, i), ...(head ? [{ type: 'text' as const, value: head }] : [])],
      [...(tail ? [{ type: 'text' as const, value: tail }] : []), ...children.slice(i + 1)],
    ];
  }
  return [children, []];
}

/** A container node rendered as `tag` with `properties` (mdast has no generic element). */
function element(
  tag: string,
  properties: Record<string, unknown>,
  children: (BlockContent | DefinitionContent)[],
): Blockquote {
  return { type: 'blockquote', children, data: { hName: tag, hProperties: properties as never } };
}

/** The `[!type]` marker opening a blockquote, if it is a callout: the text node and its match. */
function markerOf(quote: Blockquote): { lead: { value: string }; match: RegExpExecArray } | undefined {
  const first = quote.children[0];
  const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
  const match = lead?.type === 'text' ? MARKER.exec(lead.value) : null;
  return match && lead?.type === 'text' ? { lead, match } : undefined;
}

/** The callout type of a blockquote, lower case (`tip`, the importer's `embed`…), or undefined for a plain quote. */
export function calloutTypeOf(quote: Blockquote): string | undefined {
  return markerOf(quote)?.match[1]!.toLowerCase();
}

/** The callout a blockquote is, rewritten in place; other blockquotes stay quotes. */
function rewrite(quote: Blockquote): void {
  const first = quote.children[0];
  // A block id `^id` set on the quote (marks.ts) stays on the element it becomes.
  const id = (quote.data?.hProperties as { id?: string } | undefined)?.id;
  const marker = markerOf(quote);
  if (!marker || first?.type !== 'paragraph') return;
  const { lead, match } = marker;
  lead.value = lead.value.slice(match[0].length);
  const [titleChildren, rest] = splitFirstLine(first.children);
  const body: (BlockContent | DefinitionContent)[] = [
    ...(rest.length > 0 ? [{ type: 'paragraph', children: rest } as Paragraph] : []),
    ...(quote.children.slice(1) as (BlockContent | DefinitionContent)[]),
  ];
  const type = match[1]!.toLowerCase();
  const fold = match[2];
  const hasTitle = titleChildren.some((c) => c.type !== 'text' || c.value.trim() !== '');
  if (type === 'embed') {
    const title: Paragraph = {
      type: 'paragraph',
      children: titleChildren,
      data: { hProperties: { className: ['note-embed__title'] } },
    };
    Object.assign(
      quote,
      element('div', { className: ['note-embed'] }, [
        title,
        element('div', { className: ['note-embed__content'] }, body),
      ]),
    );
    return;
  }
  const variant = CALLOUT_VARIANTS[type] ?? 'note';
  const titleText = hasTitle
    ? titleChildren
    : [{ type: 'text' as const, value: type.charAt(0).toUpperCase() + type.slice(1) }];
  const title: Paragraph = {
    type: 'paragraph',
    children: titleText,
    data: { hName: fold ? 'summary' : 'p', hProperties: { className: ['starlight-aside__title'] } },
  };
  const properties: Record<string, unknown> = {
    className: ['starlight-aside', `starlight-aside--${variant}`, 'note-callout'],
    dataCallout: type,
    ...(id === undefined ? {} : { id }),
  };
  if (fold === '+') properties.open = true;
  if (!fold) properties.ariaLabel = toString({ type: 'paragraph', children: titleText });
  const content = element('div', { className: ['starlight-aside__content'] }, body);
  Object.assign(
    quote,
    element(
      fold ? 'details' : 'aside',
      properties,
      body.length > 0 ? [title as never, content] : [title as never],
    ),
  );
}

/** Rewrites every callout of a tree, nested ones included (inner first, so each sees plain quotes). */
export function transformCallouts(tree: Root): void {
  const quotes: Blockquote[] = [];
  visit(tree, 'blockquote', (node) => {
    quotes.push(node);
  });
  for (const quote of quotes.reverse()) rewrite(quote);
}
