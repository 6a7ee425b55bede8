import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { readFileSync } from 'node:fs';
import { withBase } from '../../lib/base.ts';
import { KATEX_CSS, KATEX_FOLDER } from './katex-assets.ts';

/** `$…$` or `$$` outside code, roughly: enough to tell a page that may hold math from one that cannot. */
const MATH = /\$\$|(?<![\\$])\$[^\s$][^$\n]*\$/;

/**
 * The page's source text, read from its file: the content store keeps no page bodies (`retainBody: false`
 * in src/content.config.ts). `filePath` is relative to the project root, the working directory of the build.
 */
function sourceOf(filePath: string | undefined): string {
  if (!filePath) return '';
  try {
    return readFileSync(filePath, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Starlight route middleware (https://starlight.astro.build/guides/route-data/): a page whose
 * source holds math gets KaTeX's stylesheet in its `<head>`; other pages load none of it.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (!MATH.test(sourceOf(route.entry.filePath))) return;
  route.head.push({
    tag: 'link',
    attrs: { rel: 'stylesheet', href: withBase(`${KATEX_FOLDER}/${KATEX_CSS}`) },
  });
});
