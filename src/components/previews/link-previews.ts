/**
 * Link previews: hovering a wiki link with a mouse, or focusing it from the keyboard, shows a card
 * with the target page's title, its description, the name of its first figure, and, for a link to a
 * section (`[[页面#标题]]`), that section's opening lines. The data is a small JSON file per page made
 * at build time (src/integrations/previews). Touch does nothing: a tap follows the link.
 */
import type { PagePreview } from '../../integrations/previews/extract.ts';
import { nameKey } from '../../search/lexicon.ts';

/** How long a mouse must rest on a link before its preview opens (ms). */
const HOVER_DELAY = 250;
const CARD_ID = 'book-link-preview';

const cache = new Map<string, Promise<PagePreview | undefined>>();

/** The preview file of a link's page, or undefined for a link outside the book. */
export function previewUrl(href: string, base: string, origin: string): string | undefined {
  const url = new URL(href, origin);
  if (url.origin !== origin || !url.pathname.startsWith(base)) return undefined;
  const slug = decodeURIComponent(url.pathname.slice(base.length)).replace(/\/+$/, '');
  return `${base}previews/${slug === '' ? 'index' : slug}.json`;
}

function load(url: string): Promise<PagePreview | undefined> {
  let entry = cache.get(url);
  if (!entry) {
    entry = fetch(url)
      .then((response) => (response.ok ? (response.json() as Promise<PagePreview>) : undefined))
      .catch(() => undefined);
    cache.set(url, entry);
  }
  return entry;
}

function element(tag: string, className: string, text: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/** The concept of the page a link's text names (`[[线程间的通信与同步|死锁]]` → deadlock), compared as search compares names. */
export function conceptOf(
  preview: PagePreview,
  linkText: string,
): PagePreview['concepts'][number] | undefined {
  const wanted = nameKey(linkText);
  return (preview.concepts ?? []).find((concept) => concept.names.some((name) => nameKey(name) === wanted));
}

/**
 * Fills the card for `link`: the page's title, then the concept its text names (its names and
 * definition, from the concept list), else the section (a link to `#heading`), else the description.
 */
function fillCard(
  card: HTMLElement,
  preview: PagePreview,
  link: HTMLAnchorElement,
  figureLabel: string,
): void {
  const hash = new URL(link.href).hash;
  const section = hash ? preview.sections[decodeURIComponent(hash.slice(1))] : undefined;
  const concept = conceptOf(preview, link.textContent ?? '');
  const parts: HTMLElement[] = [element('strong', 'link-preview__title', preview.title)];
  if (concept) {
    parts.push(element('span', 'link-preview__section', concept.names.join(' · ')));
    parts.push(element('p', 'link-preview__text', concept.define.replace(/`/g, '')));
    card.replaceChildren(...parts);
    return;
  }
  if (section) {
    parts.push(element('span', 'link-preview__section', `§ ${section.title}`));
    if (section.text) parts.push(element('p', 'link-preview__text', section.text));
  } else if (preview.description) {
    parts.push(element('p', 'link-preview__text', preview.description));
  }
  if (preview.figure) parts.push(element('span', 'link-preview__figure', `${figureLabel}${preview.figure}`));
  card.replaceChildren(...parts);
}

function place(card: HTMLElement, link: HTMLElement): void {
  const box = link.getBoundingClientRect();
  const width = Math.min(360, document.documentElement.clientWidth - 16);
  card.style.width = `${width}px`;
  const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
  card.style.left = `${left + scrollX}px`;
  const below = box.bottom + 8;
  const height = card.offsetHeight;
  const top = below + height > innerHeight && box.top - height - 8 > 0 ? box.top - height - 8 : below;
  card.style.top = `${top + scrollY}px`;
}

/** Starts listening on the document; `base` is the site's base path ending in `/`. */
export function startLinkPreviews(base: string, figureLabel: string): void {
  const card = element('div', 'link-preview', '');
  card.id = CARD_ID;
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  document.body.append(card);
  let current: HTMLAnchorElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastTouch = 0;

  const hide = () => {
    clearTimeout(timer);
    current?.removeAttribute('aria-describedby');
    current = undefined;
    card.hidden = true;
  };
  const show = async (link: HTMLAnchorElement) => {
    const url = previewUrl(link.href, base, location.origin);
    if (!url) return;
    current = link;
    const preview = await load(url);
    if (current !== link || !preview) return;
    fillCard(card, preview, link, figureLabel);
    card.hidden = false;
    place(card, link);
    link.setAttribute('aria-describedby', CARD_ID);
  };
  const linkOf = (target: EventTarget | null) =>
    target instanceof Element
      ? (target.closest('.sl-markdown-content a.wikilink') as HTMLAnchorElement | null)
      : null;

  document.addEventListener('pointerdown', (event) => {
    if (event.pointerType !== 'mouse') lastTouch = Date.now();
  });
  document.addEventListener('pointerover', (event) => {
    const link = linkOf(event.target);
    if (!link || event.pointerType !== 'mouse' || link === current) return;
    clearTimeout(timer);
    timer = setTimeout(() => void show(link), HOVER_DELAY);
  });
  document.addEventListener('pointerout', (event) => {
    const link = linkOf(event.target);
    if (link && !link.contains(event.relatedTarget as Node | null)) hide();
  });
  document.addEventListener('focusin', (event) => {
    const link = linkOf(event.target);
    // A tap focuses the link just before following it: no preview for touch.
    if (link && Date.now() - lastTouch > 1000) void show(link);
  });
  document.addEventListener('focusout', (event) => {
    if (linkOf(event.target)) hide();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !card.hidden) hide();
  });
}
