import { z } from 'astro/zod';

/**
 * The book's own UI strings beyond Starlight's (search box, link previews, tags, print). Optional, so
 * a locale without them falls back to the root locale's text.
 */
export const bookI18nSchema = z
  .object({
    /** Placeholder of the search field. */
    'book.search.placeholder': z.string(),
    /** Shown while the index loads. */
    'book.search.loading': z.string(),
    /** Result count; `{{count}}` is the number of pages. */
    'book.search.results': z.string(),
    /** After a typo was corrected; `{{corrected}}` is what was searched, `{{query}}` what was typed. */
    'book.search.corrected': z.string(),
    /** Nothing found; `{{query}}` is what was typed. */
    'book.search.none': z.string(),
    /** After the count when no page has every part of the query; `{{query}}` is what was typed. */
    'book.search.partial': z.string(),
    /** Before the suggested names. */
    'book.search.suggest': z.string(),
    /** Link to the glossary when nothing is found. */
    'book.search.glossary': z.string(),
    /** The search failed; `{{message}}` says why. */
    'book.search.error': z.string(),
    /** Keyboard help under the field. */
    'book.search.help': z.string(),
    /** Label of the results list. */
    'book.search.resultsLabel': z.string(),
    /** Tooltip of the search button: the keyboard shortcuts. */
    'book.search.shortcut': z.string(),
    /** Heading of a page's tag list and of the tags page. */
    'book.tags.label': z.string(),
    /** Title of one tag's page; `{{tag}}` is the tag. */
    'book.tags.pageTitle': z.string(),
    /** Before the name of a linked page's first figure in a link preview. */
    'book.preview.figure': z.string(),
    /** Shown after a heading link was copied. */
    'book.anchor.copied': z.string(),
    /** Heading of the list of pages that link to this one. */
    'book.backlinks.title': z.string(),
    /** Shown when no page links to this one. */
    'book.backlinks.empty': z.string(),
    /** Sidebar link to a folder's full list of notes; `{{count}}` is the number of notes. */
    'book.notes.all': z.string(),
    /** Title of the page that lists every imported note, by folder. */
    'book.notes.indexTitle': z.string(),
    /** Its description; `{{count}}` notes in `{{folders}}` folders. */
    'book.notes.indexDescription': z.string(),
  })
  .partial();
