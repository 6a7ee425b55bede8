import { toBasePath } from './base.ts';

/**
 * Reads the deployment options from the environment; the base in normal form (src/lib/base.ts).
 *
 * `siteOptions({ SITE_URL: 'https://example.org', BASE_PATH: 'book' })`
 * → `{ site: 'https://example.org', base: '/book/' }`.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {{ site: string | undefined, base: import('./base.ts').BasePath }}
 */
export function siteOptions(env) {
  const rawSite = env.SITE_URL?.trim();
  let site;
  if (rawSite) {
    try {
      site = new URL(rawSite).origin + new URL(rawSite).pathname.replace(/\/$/, '');
    } catch {
      throw new Error(`SITE_URL 不是合法的绝对网址：${JSON.stringify(rawSite)}（例如 https://example.org）`);
    }
  }
  let base;
  try {
    base = toBasePath(env.BASE_PATH ?? '');
  } catch {
    throw new Error(`BASE_PATH 不能包含空白、? 或 #：${JSON.stringify(env.BASE_PATH)}`);
  }
  return { site, base };
}
