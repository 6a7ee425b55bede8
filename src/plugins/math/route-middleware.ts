import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from '../../lib/base.ts';
import { KATEX_CSS, KATEX_FOLDER } from './katex-assets.ts';

/** `$…$` or `$$` outside code, roughly: enough to tell a page that may hold math from one that cannot. */
const MATH = /\$\$|(?<![\\$])\$[^\s$][^$\n]*\$/;

/**
 * Starlight route middleware (https://starlight.astro.build/guides/route-data/): a page whose
 * source holds math gets KaTeX's stylesheet in its `<head>`; other pages load none of it.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  if (!MATH.test(route.entry.body ?? '')) return;
  route.head.push({
    tag: 'link',
    attrs: { rel: 'stylesheet', href: withBase(`${KATEX_FOLDER}/${KATEX_CSS}`) },
  });
});
