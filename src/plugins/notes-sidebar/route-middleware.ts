import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { siteBase } from '../../lib/base.ts';
import { pruneNotesSidebar, type SidebarEntryLike } from '../../lib/notes-sidebar.ts';
import { notesDirOf } from '../../lib/vault-site.mjs';

/** Read once per build: where the notes are (`notes`, or the whole site for a vault site). */
const notesDir = notesDirOf(process.env);

/**
 * Starlight route middleware (https://starlight.astro.build/guides/route-data/): each page's sidebar
 * keeps only its own branch of the imported notes, the rest of them one link away on `/all-notes/`
 * (src/lib/notes-sidebar.ts), so a note page does not grow with the vault. Pagination (previous and
 * next page) was computed by Starlight from the whole sidebar before this runs, so it is unchanged.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const base = siteBase();
  route.sidebar = pruneNotesSidebar(route.sidebar as SidebarEntryLike[], {
    base,
    notesDir,
    indexHref: `${base}all-notes/`,
    allLabel: (count) => context.locals.t('book.notes.all', { count }),
  }) as typeof route.sidebar;
});
