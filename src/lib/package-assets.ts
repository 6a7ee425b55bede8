/**
 * One way to ship a package's prebuilt browser files as they are: copied into `<outDir>/<folder>/`
 * after the build and served from node_modules by `astro dev`, never bundled through Vite. KaTeX's
 * fonts and the official Mermaid use it (src/plugins/math, src/plugins/mermaid): bundling either
 * cost every build hundreds of megabytes for files that only a few pages load.
 */
import { cpSync, createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentTypeOf } from './content-types.ts';

/** The dev server Astro hands to `astro:server:setup`. */
type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** What one package ships: where its files are, where they go, and which of them. */
export interface PackageAssets {
  /** The integration's name, e.g. `book-katex-assets`. */
  name: string;
  /** The npm package, e.g. `katex`. */
  pkg: string;
  /** The folder inside the package that holds the browser files, e.g. `dist/`. */
  from: string;
  /** The URL folder below the site's base, e.g. `_katex`. */
  folder: string;
  /** Paths (files or folders) relative to `from` that the build copies. */
  copy: readonly string[];
  /** Leaves out copied files for which this returns false (e.g. source maps). Default: keep all. */
  keep?: (file: string) => boolean;
}

/**
 * Serves `<anything>/<folder>/<path>` from `source/<path>` in `astro dev`: only files inside `source`
 * for which `keep` is true (those the build would copy), never a folder.
 */
export function serveFolder(
  server: DevServer,
  folder: string,
  source: string,
  keep: (file: string) => boolean,
): void {
  server.middlewares.use((req, res, next) => {
    const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
    const at = path.indexOf(`/${folder}/`);
    if (at < 0) return next();
    const file = normalize(join(source, path.slice(at + folder.length + 2)));
    if (!file.startsWith(source) || !keep(file) || !existsSync(file) || !statSync(file).isFile()) {
      return next();
    }
    res.setHeader('content-type', contentTypeOf(file));
    createReadStream(file).pipe(res);
  });
}

/** The package folder, found from the project root (the config is bundled, so `import.meta.url` is not this file). */
function sourceOf(assets: PackageAssets): string {
  const manifest = createRequire(join(process.cwd(), 'package.json')).resolve(`${assets.pkg}/package.json`);
  return join(dirname(manifest), assets.from);
}

/** The integration: copies `copy` into the built site, and serves the package folder in `astro dev`. */
export function packageAssets(assets: PackageAssets): AstroIntegration {
  const source = sourceOf(assets);
  const keep = assets.keep ?? (() => true);
  return {
    name: assets.name,
    hooks: {
      'astro:server:setup': ({ server }) => serveFolder(server, assets.folder, source, keep),
      'astro:build:done': ({ dir }) => {
        const target = join(fileURLToPath(dir), assets.folder);
        for (const path of assets.copy) {
          cpSync(join(source, path), join(target, path), { recursive: true, filter: keep });
        }
      },
    },
  };
}
