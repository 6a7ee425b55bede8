/**
 * Reads the deployment options from the environment.
 *
 * `siteOptions({ SITE_URL: 'https://example.org', BASE_PATH: 'book' })`
 * → `{ site: 'https://example.org', base: '/book' }`.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {{ site: string | undefined, base: string }}
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
  const rawBase = (env.BASE_PATH ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (/[?#\s]/.test(rawBase)) {
    throw new Error(`BASE_PATH 不能包含空白、? 或 #：${JSON.stringify(env.BASE_PATH)}`);
  }
  return { site, base: rawBase ? `/${rawBase}` : '/' };
}
