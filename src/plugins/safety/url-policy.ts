import { parseEntities } from 'parse-entities';

/** The only schemes a page may link to or load from; anything else with a scheme is refused. */
export const ALLOWED_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);
/** Schemes an image (or any other automatically loaded resource) may use: `mailto:` loads nothing. */
export const ALLOWED_RESOURCE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https']);

/** Attributes (hast property names) whose value is a URL the browser follows or loads. */
export const URL_PROPERTIES: ReadonlySet<string> = new Set([
  'href',
  'src',
  'cite',
  'longDesc',
  'poster',
  'action',
  'formAction',
  'data',
  'background',
  'manifest',
  'ping',
  'icon',
  'codeBase',
  'xLinkHref',
]);
/** Of those, the ones the browser fetches without a click: only the resource schemes apply. */
const LOADED_PROPERTIES: ReadonlySet<string> = new Set(['src', 'poster', 'data', 'background', 'icon']);

/**
 * The scheme the browser will see in `value`, lower-cased, or `undefined` for a relative URL,
 * a fragment or a query. Mirrors the WHATWG URL parser (https://url.spec.whatwg.org/#concept-basic-url-parser):
 * leading/trailing C0 controls and spaces are stripped, tabs and newlines anywhere are removed,
 * and a scheme is an ASCII letter followed by letters, digits, `+`, `-` or `.` up to the first `:`.
 * Character references are decoded first (`&#106;avascript:`), since an attribute written in HTML
 * or MDX source is decoded before it becomes a URL; decoding a value twice only makes the check
 * stricter.
 */
export function urlScheme(value: string): string | undefined {
  let url = value;
  // Decode until stable, so `&amp;#106;` cannot hide a scheme behind a second layer of escaping.
  for (let i = 0; i < 3 && url.includes('&'); i++) url = parseEntities(url);
  // eslint-disable-next-line no-control-regex -- the URL parser ignores exactly these characters
  url = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  // Control characters or other odd characters before the colon: browsers treat the whole URL as
  // relative, but a scheme hidden that way is suspicious enough to refuse outright.
  // eslint-disable-next-line no-control-regex -- looking for exactly these characters
  if (!match) return /^[^/?#]*[\u0000-\u001f\u007f][^/?#]*:/.test(url) ? 'invalid' : undefined;
  return match[1]!.toLowerCase();
}

/** Why a URL was refused, or `undefined` when it is allowed. */
export function unsafeUrlReason(value: string, property = 'href'): string | undefined {
  const scheme = urlScheme(value);
  if (scheme === undefined) return undefined;
  const allowed = LOADED_PROPERTIES.has(property) ? ALLOWED_RESOURCE_SCHEMES : ALLOWED_SCHEMES;
  if (allowed.has(scheme)) return undefined;
  return `scheme "${scheme}:" is not allowed (allowed: ${[...allowed].map((s) => `${s}:`).join(', ')}, relative URLs)`;
}

/** Whether `value` may stay in a `property` attribute (`href`, `src`, …) of a page. */
export function isSafeUrl(value: string, property = 'href'): boolean {
  return unsafeUrlReason(value, property) === undefined;
}
