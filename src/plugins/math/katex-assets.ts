/**
 * KaTeX's stylesheet and fonts, served from the site itself and linked only from pages that
 * contain math (route-middleware.ts). Copied as they are into `<outDir>/_katex/` (and served from
 * node_modules by the dev server) rather than bundled through Vite: bundling its 60 font files
 * into the site's shared stylesheet cost every build about 300 MB of memory and every page a
 * stylesheet it rarely needs. Only the WOFF2 fonts are copied: every browser the site supports
 * takes the first `src` of KaTeX's `@font-face` rules, which is WOFF2.
 */
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The package's `dist/`, found from the project root (the config is bundled, so `import.meta.url` is not this file). */
const SOURCE = join(
  dirname(createRequire(join(process.cwd(), 'package.json')).resolve('katex/package.json')),
  'dist/',
);
/** The URL folder KaTeX's files are served under, below the site's base. */
export const KATEX_FOLDER = '_katex';
/** The stylesheet, relative to that folder. */
export const KATEX_CSS = 'katex.min.css';

/** Copies KaTeX's CSS and WOFF2 fonts into the built site, and serves them in `astro dev`. */
export function katexAssets(): AstroIntegration {
  return {
    name: 'book-katex-assets',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
          const at = path.indexOf(`/${KATEX_FOLDER}/`);
          if (at < 0) return next();
          const file = normalize(join(SOURCE, path.slice(at + KATEX_FOLDER.length + 2)));
          if (!file.startsWith(SOURCE) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('content-type', file.endsWith('.css') ? 'text/css' : 'font/woff2');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        const target = join(fileURLToPath(dir), KATEX_FOLDER);
        cpSync(join(SOURCE, KATEX_CSS), join(target, KATEX_CSS));
        cpSync(join(SOURCE, 'fonts'), join(target, 'fonts'), {
          recursive: true,
          filter: (source) => !/\.(woff|ttf)$/.test(source),
        });
      },
    },
  };
}
