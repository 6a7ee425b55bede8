import type { StarlightPlugin } from '@astrojs/starlight/types';
import { fileURLToPath } from 'node:url';

/**
 * Starlight plugin: registers the route middleware that makes front-matter strings safe to render
 * (route-middleware.ts, route-data.ts). `order: 'pre'` puts it first; since it awaits `next()`
 * before working, it finishes after every other middleware, including ones added later.
 * https://starlight.astro.build/reference/plugins/#addroutemiddleware
 */
export function starlightSafety(): StarlightPlugin {
  return {
    name: 'book-safety',
    hooks: {
      'config:setup'({ addRouteMiddleware }) {
        addRouteMiddleware({
          entrypoint: fileURLToPath(new URL('./route-middleware.ts', import.meta.url)),
          order: 'pre',
        });
      },
    },
  };
}
