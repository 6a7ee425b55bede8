/**
 * The official Mermaid, served from the site itself for the few diagrams the build-time renderer
 * cannot lay out (see src/components/MermaidClient.astro). Its prebuilt ES module and lazily
 * loaded chunks are copied as they are (source maps left out) to `<outDir>/_mermaid/`, and served
 * from node_modules by the dev server: bundling Mermaid through Vite would cost every build about
 * half a gigabyte of memory for a script that only pages with such a diagram load.
 */
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where Mermaid's browser build is, and the URL folder it is served under. */
/** The package's `dist/`, found from the project root (the config is bundled, so `import.meta.url` is not this file). */
const SOURCE = join(
  dirname(createRequire(join(process.cwd(), 'package.json')).resolve('mermaid/package.json')),
  'dist/',
);
export const MERMAID_FOLDER = '_mermaid';
/** The entry module, relative to that folder. */
export const MERMAID_ENTRY = 'mermaid.esm.min.mjs';

/** Copies Mermaid's ES module build into the built site, and serves it in `astro dev`. */
export function mermaidClientAssets(): AstroIntegration {
  return {
    name: 'book-mermaid-client',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
          const at = path.indexOf(`/${MERMAID_FOLDER}/`);
          if (at < 0) return next();
          const file = normalize(join(SOURCE, path.slice(at + MERMAID_FOLDER.length + 2)));
          if (!file.startsWith(SOURCE) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('content-type', 'text/javascript; charset=utf-8');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        const target = join(fileURLToPath(dir), MERMAID_FOLDER);
        cpSync(join(SOURCE, MERMAID_ENTRY), join(target, MERMAID_ENTRY));
        cpSync(join(SOURCE, 'chunks/mermaid.esm.min'), join(target, 'chunks/mermaid.esm.min'), {
          recursive: true,
          filter: (source) => !source.endsWith('.map'),
        });
      },
    },
  };
}
