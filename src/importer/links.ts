/**
 * Wiki links and Markdown note links rewritten to the page they resolve to, in the form the site's
 * own wiki-link plugin reads (`[[../folder/page#anchor|text]]`), so an imported page's links become
 * the same `<a class="wikilink">` as the book's, and count in backlinks and link previews.
 */
import { blockIdOf, displayTextOf, type FoundLink } from '../markdown/links.ts';
import { findHeading } from '../plugins/wikilinks/resolve.ts';
import { lookUp, relativeSlug, resolveFromNote, type PageState, type VaultContext } from './context.ts';
import type { Note } from './note.ts';

/** A resolved target: the link path for the page text, or undefined when only text can be kept. */
export interface LinkOut {
  readonly path: string;
  /** `#anchor` or `#^block`, or '' for the page itself. */
  readonly fragment: string;
  readonly note: Note;
}

/**
 * Resolves a link written in `from` (which may be embedded in another page) to a path from the
 * page being written; a missing heading or block keeps the link to the page and is reported.
 */
export function resolveNoteLink(
  context: VaultContext,
  state: PageState,
  from: Note,
  page: string,
  heading: string | undefined,
  line: number,
): LinkOut | undefined {
  let target: Note | undefined = from;
  if (page !== '') {
    const file = lookUp(context, page, from, line, 'link');
    if (!file) return undefined;
    target = context.notes.get(file.path);
    if (!target) {
      context.log.warn(
        from.path,
        line,
        `link to the attachment "${page}": only embedded pictures are published; shown as text`,
      );
      return undefined;
    }
  }
  const place = context.places.get(target.path)!;
  const path = target === state.host ? '' : relativeSlug(state.place.slug, place.slug);
  if (heading === undefined)
    return { path: path || relativeSlug(state.place.slug, place.slug), fragment: '', note: target };
  const block = blockIdOf(heading);
  if (block !== undefined) {
    if (target.blocks.has(block)) return { path, fragment: `#^${block}`, note: target };
    context.log.warn(from.path, line, `note "${target.name}" has no block ^${block}; linked to the note`);
  } else {
    const found = findHeading(target.headings, {}, heading);
    if (found) return { path, fragment: `#${found.anchor}`, note: target };
    context.log.warn(
      from.path,
      line,
      `note "${target.name}" has no heading "${heading}"; linked to the note`,
    );
  }
  return { path: relativeSlug(state.place.slug, place.slug), fragment: '', note: target };
}

/** Makes text safe as a wiki link's label: brackets would end it (the grammar allows none), pipes a table cell. */
export function labelText(text: string, inTable: boolean): string {
  const clean = text.replace(/\[/g, '［').replace(/\]/g, '］');
  return inTable ? clean.replace(/\|/g, '\\|') : clean;
}

/**
 * The page text for a wiki link `[[…]]` (not an embed): the rewritten link, or its display text.
 * In a table cell its `|` is written `\|`, as Obsidian requires there, whether or not the note had one.
 * @see https://help.obsidian.md/advanced-syntax#Tables ("add a `\` before the vertical bar")
 */
export function rewriteWikilink(
  context: VaultContext,
  state: PageState,
  from: Note,
  link: FoundLink,
  line: number,
  inTable: boolean,
): string {
  const shown = displayTextOf(link);
  const out = resolveNoteLink(context, state, from, link.page, link.heading, line);
  if (!out && link.page !== '' && resolveFromNote(context, link.page, from).kind === 'missing') {
    // A note not written yet: a link that stays unresolved, in this page's own folder, which the
    // build shows as Obsidian does (`is-unresolved`, its text kept) and reports.
    const heading = link.heading === undefined ? '' : `#${link.heading}`;
    return `[[./${link.page}${heading}${inTable ? '\\|' : '|'}${labelText(shown, inTable)}]]`;
  }
  if (!out) return shown;
  return `[[${out.path}${out.fragment}${inTable ? '\\|' : '|'}${labelText(shown, inTable)}]]`;
}

/** The destination for a Markdown link to a note (`[x](Other.md#h)`), or undefined when unresolved. */
export function rewriteNoteHref(
  context: VaultContext,
  state: PageState,
  from: Note,
  path: string,
  fragment: string | undefined,
  line: number,
): string | undefined {
  const page = path.replace(/\.md$/i, '');
  const out = resolveNoteLink(context, state, from, page, fragment || undefined, line);
  if (!out && resolveFromNote(context, page, from).kind === 'missing')
    return `<./${page.replace(/^\.\//, '')}.md${fragment ? `#${fragment}` : ''}>`; // unresolved, as above
  if (!out) return undefined;
  // The site reads `<….md#x>` as a note link (src/markdown/links.ts parseNoteHref); `<>` keeps spaces.
  return out.path === '' ? `<${out.fragment}>` : `<${out.path}.md${out.fragment}>`;
}
