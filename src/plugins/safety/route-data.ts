import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { printWarning, quote, type SafetyReporter } from './report.ts';
import { isSafeUrl } from './url-policy.ts';

type HeadEntry = StarlightRouteData['head'][number];
type SidebarEntry = StarlightRouteData['sidebar'][number];
type Attrs = Record<string, string | number | boolean | undefined>;

/** Escapes text for an HTML text or attribute context: `<`, `>`, `&`, `"`, `'`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Attributes front matter may put on a sidebar link or a hero button: no handler, no style, no URL. */
const SAFE_ATTRIBUTE = /^(class|title|lang|dir|aria-[a-z-]+|data-[a-z0-9-]+)$/i;

/** The attributes of `attrs` that are safe; reports the others under `field` when `report` is given. */
function safeAttrs(attrs: Attrs, field: string, report?: (message: string) => void): Attrs {
  const kept: Attrs = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (SAFE_ATTRIBUTE.test(name)) kept[name] = value;
    else report?.(`${field}.${name} removed: only class, title, lang, dir, aria-* and data-* are allowed`);
  }
  return kept;
}

/** The same entry, compared by value: Starlight merges front-matter `head` entries into copies. */
const sameEntry = (a: HeadEntry, b: HeadEntry) => JSON.stringify(a) === JSON.stringify(b);

/** Whether a front-matter `head` entry is plain metadata (`<meta name|property … content>`, or a title). */
function harmlessHeadEntry(entry: HeadEntry): boolean {
  if (entry.tag === 'title') return true;
  return entry.tag === 'meta' && !Object.keys(entry.attrs ?? {}).some((name) => /^http-equiv$/i.test(name));
}

/** Sidebar links keep only safe attributes (a page's `sidebar.attrs` shows on every page's sidebar). */
function cleanSidebar(entries: SidebarEntry[]): void {
  for (const entry of entries) {
    if (entry.type === 'group') cleanSidebar(entry.entries);
    else entry.attrs = safeAttrs(entry.attrs as Attrs, 'sidebar.attrs') as typeof entry.attrs;
  }
}

/**
 * Makes Starlight's route data safe to render, for every page whoever wrote it: front-matter
 * strings reach the page as text, never as markup. Starlight renders these with `set:html` or as
 * raw attributes (checked in @astrojs/starlight 0.42):
 *
 * - `<head>` (Head.astro: `set:html` on every entry): the `<title>` text, built from front-matter
 *   `title`, is escaped; front-matter `head` entries other than plain `<meta>` and `<title>`
 *   (`<script>`, `<style>`, `<link>`, `<base>`, `<meta http-equiv>`…) are dropped.
 * - Hero (Hero.astro: `set:html` on title, tagline, `image.html`, action `icon.html`): escaped;
 *   an action whose link fails the URL allow-list is dropped; action `attrs` filtered.
 * - Banner (Banner.astro: `set:html` on `banner.content`): escaped.
 * - Sidebar (`sidebar.attrs` spread onto the link in every page's sidebar): filtered to harmless
 *   attributes. Labels and badges are rendered as text by Starlight already.
 * - Pagination `prev`/`next` and `editUrl`: a link that fails the URL allow-list is removed. Their
 *   labels are text already.
 *
 * Not here: `title` and `description` elsewhere (PageTitle, `<meta content>`, sidebar, search) are
 * rendered as text or attributes by Astro, which escapes them. Card/LinkCard/Steps use `set:html`
 * too, but only MDX (code) can call them, never a note.
 */
export function safeRouteData(route: StarlightRouteData, report: SafetyReporter = printWarning): void {
  const { data } = route.entry;
  const file = route.entry.filePath ?? route.id;
  const warn = (message: string) => report({ file, line: 0, column: 0, message: `front matter ${message}` });

  const fromPage = data.head ?? [];
  route.head = route.head.flatMap((entry) => {
    if (fromPage.some((own) => sameEntry(own, entry)) && !harmlessHeadEntry(entry)) {
      warn(`head <${entry.tag}> removed: a page may only add <meta> without http-equiv`);
      return [];
    }
    return entry.tag === 'title' && entry.content
      ? [{ ...entry, content: escapeHtml(entry.content) }]
      : [entry];
  });

  if (data.hero) {
    const hero = data.hero;
    hero.title = escapeHtml(hero.title ?? data.title);
    if (hero.tagline) hero.tagline = escapeHtml(hero.tagline);
    if (hero.image && 'html' in hero.image) {
      warn('hero.image.html is shown as text: front-matter strings are never markup');
      hero.image = { ...hero.image, html: escapeHtml(hero.image.html) };
    }
    hero.actions = hero.actions.flatMap((action, i) => {
      if (!isSafeUrl(action.link)) {
        warn(
          `hero.actions[${i}].link ${quote(action.link)} removed with its button: not an http, https, mailto or relative URL`,
        );
        return [];
      }
      const icon =
        action.icon?.type === 'raw'
          ? { type: 'raw' as const, html: escapeHtml(action.icon.html) }
          : action.icon;
      const attrs = action.attrs && safeAttrs(action.attrs as Attrs, `hero.actions[${i}].attrs`, warn);
      return [{ ...action, icon, attrs: attrs as typeof action.attrs }];
    });
  }

  if (data.banner) data.banner.content = escapeHtml(data.banner.content);

  if (data.sidebar?.attrs) safeAttrs(data.sidebar.attrs as Attrs, 'sidebar.attrs', warn);
  cleanSidebar(route.sidebar);

  for (const key of ['prev', 'next'] as const) {
    const link = route.pagination[key];
    if (link && !isSafeUrl(link.href)) {
      warn(`${key} link ${quote(link.href)} removed: not an http, https, mailto or relative URL`);
      route.pagination[key] = undefined;
    }
  }
  if (route.editUrl && !isSafeUrl(route.editUrl.href)) {
    warn(`editUrl ${quote(route.editUrl.href)} removed: not an http, https, mailto or relative URL`);
    route.editUrl = undefined;
  }
}
