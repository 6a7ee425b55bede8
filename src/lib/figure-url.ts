/**
 * Pure helpers for a figure's URL state: its parameters in the query string, the share link,
 * the embed URL `/embed/<figure-id>/?…` and the `<iframe>` code. No DOM, no `window`:
 * the caller passes the current location and the site's base path.
 */
import { withBase } from './base.ts';

/** A figure's URL parameters, as the strings the query holds (`{ seed: '7', step: '3' }`). */
export type FigureParams = Readonly<Record<string, string>>;

/** The query key that says which figure a shared page link is about (pages may hold several). */
export const FIGURE_KEY = 'fig';

/**
 * Query keys that set how a figure is shown, never what it shows: the embed page's look
 * (`theme`, `transparent`, `presenter`, `controls=0`, `details=1`) and the player's (`autoplay=1`,
 * `speed`).
 */
export const EMBED_OPTION_KEYS: readonly string[] = [
  'theme',
  'transparent',
  'presenter',
  'controls',
  'details',
  'autoplay',
  'speed',
];

/** The playback speeds a URL may ask for (`speed=2`). */
export const URL_SPEEDS: readonly number[] = [0.5, 1, 2, 4];

/** How the player starts, from the query: `autoplay=1`, `speed=0.5|1|2|4`. */
export interface PlayerUrlOptions {
  autoplay: boolean;
  speed?: number | undefined;
}

/**
 * Reads the player's options from a query string; a wrong value is a readable error, not ignored.
 *
 * `readPlayerOptions('?autoplay=1&speed=2')` → `{ ok: true, value: { autoplay: true, speed: 2 } }`.
 */
export function readPlayerOptions(
  search: string,
): { ok: true; value: PlayerUrlOptions } | { ok: false; error: string } {
  const query = new URLSearchParams(search);
  const autoplay = query.get('autoplay');
  const speed = query.get('speed');
  if (autoplay !== null && autoplay !== '0' && autoplay !== '1') {
    return { ok: false, error: `网址参数无效：autoplay 应为 0 或 1，收到 “${autoplay}”` };
  }
  if (speed !== null && !URL_SPEEDS.includes(Number(speed))) {
    return { ok: false, error: `网址参数无效：speed 应为 ${URL_SPEEDS.join('、')} 之一，收到 “${speed}”` };
  }
  return {
    ok: true,
    value: { autoplay: autoplay === '1', speed: speed === null ? undefined : Number(speed) },
  };
}

/**
 * Reads the parameters meant for one figure from a query string.
 * When the query names a figure (`fig=tlb-flush`), the other figures on the page ignore it;
 * the embed page options ({@link EMBED_OPTION_KEYS}) are left out.
 *
 * `readFigureParams('?fig=tlb-flush&seed=7', 'tlb-flush')` → `{ seed: '7' }`;
 * `readFigureParams('?fig=tlb-flush&seed=7', 'ipc-compare')` → `{}`.
 */
export function readFigureParams(search: string, figureId?: string): FigureParams {
  const query = new URLSearchParams(search);
  const target = query.get(FIGURE_KEY);
  if (figureId !== undefined && target !== null && target !== figureId) return {};
  const params: Record<string, string> = {};
  for (const [key, value] of query) {
    if (key !== FIGURE_KEY && !EMBED_OPTION_KEYS.includes(key)) params[key] = value;
  }
  return params;
}

/**
 * Writes parameters into a query string, keeping unrelated keys; `undefined` removes a key.
 * Keys come out in a stable order (existing keys first), so equal states give equal links.
 *
 * `writeFigureParams('?a=1&step=2', { step: '5', seed: '9' })` → `'?a=1&step=5&seed=9'`.
 */
export function writeFigureParams(
  search: string,
  params: Readonly<Record<string, string | undefined>>,
): string {
  const query = new URLSearchParams(search);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) query.delete(key);
    else query.set(key, value);
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The HTML id of a figure's frame, used as the share link's fragment. */
export function figureAnchor(figureId: string): string {
  return `figure-${figureId}`;
}

/**
 * The link to a figure on the page being read, with its state, jumping to the figure.
 *
 * `buildShareUrl('https://x.org/book/switching/tlb-page-tables/', 'tlb-flush', { step: '3' })`
 * → `'https://x.org/book/switching/tlb-page-tables/?fig=tlb-flush&step=3#figure-tlb-flush'`.
 */
export function buildShareUrl(pageUrl: string, figureId: string, params: FigureParams): string {
  const url = new URL(pageUrl);
  const cleared = Object.fromEntries([...new URLSearchParams(url.search).keys()].map((k) => [k, undefined]));
  url.search = writeFigureParams('', { ...cleared, [FIGURE_KEY]: figureId, ...params });
  url.hash = figureAnchor(figureId);
  return url.toString();
}

/**
 * The embed page of a figure: `<origin><base>embed/<figure-id>/?…`.
 *
 * `buildEmbedUrl('tlb-flush', { seed: '7' }, '/book', 'https://x.org')`
 * → `'https://x.org/book/embed/tlb-flush/?seed=7'`.
 */
export function buildEmbedUrl(figureId: string, params: FigureParams, base: string, origin = ''): string {
  const path = withBase(`embed/${encodeURIComponent(figureId)}/`, base);
  return `${origin.replace(/\/+$/, '')}${path}${writeFigureParams('', params)}`;
}

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** What {@link buildIframeCode} needs besides the figure's parameters. */
export interface IframeOptions {
  /** The figure's title, read by screen readers as the frame's name. */
  title: string;
  /** The site's base path (`import.meta.env.BASE_URL`). */
  base: string;
  /** The site's origin, so the code works when pasted into another site. */
  origin: string;
  /** The iframe's height in CSS pixels. Default: 520. */
  height?: number;
}

/**
 * The `<iframe>` code that embeds a figure in another page.
 *
 * `buildIframeCode('tlb-flush', {}, { title: 'TLB', base: '/', origin: 'https://x.org' })`
 * → `<iframe src="https://x.org/embed/tlb-flush/" title="TLB" width="100%" height="520" …></iframe>`.
 */
export function buildIframeCode(figureId: string, params: FigureParams, options: IframeOptions): string {
  const src = buildEmbedUrl(figureId, params, options.base, options.origin);
  const height = options.height ?? 520;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}" ` +
    `width="100%" height="${height}" style="border:0;max-width:100%" loading="lazy" ` +
    `allow="fullscreen; clipboard-write"></iframe>`
  );
}
