/** What a page may not do, enforced at build time for `.md` and `.mdx` pages alike (see README, Safety). */
export { default as rehypeSanitizeRaw, type SanitizeRawOptions } from './rehype-sanitize-raw.ts';
export { default as rehypeSafeUrls, type SafeUrlsOptions } from './rehype-safe-urls.ts';
export { isSafeUrl, unsafeUrlReason, urlScheme, ALLOWED_SCHEMES, URL_PROPERTIES } from './url-policy.ts';
export { filterStyle } from './style-filter.ts';
export { rawHtmlSchema } from './sanitize-schema.ts';
export { escapeHtml, safeRouteData } from './route-data.ts';
export type { SafetyWarning, SafetyReporter } from './report.ts';
