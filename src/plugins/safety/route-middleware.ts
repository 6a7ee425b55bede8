import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { safeRouteData } from './route-data.ts';

/**
 * Starlight route middleware (https://starlight.astro.build/guides/route-data/): after every other
 * middleware has run (`await next()` first), the page's route data is made safe to render.
 * starlight-plugin.ts registers it first, so that its second half runs last.
 */
export const onRequest = defineRouteMiddleware(async (context, next) => {
  await next();
  safeRouteData(context.locals.starlightRoute);
});
