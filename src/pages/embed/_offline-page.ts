/**
 * Builds one figure's offline page: a single HTML file with every script and style inline, which
 * runs from `file://` with no network and no server (a lecture hall without Wi-Fi). The island is
 * bundled with esbuild into one module script that renders it at the parameters written into the
 * `figure-state` element; the toolbar's "离线网页" button fills those in and downloads the file.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { FigureEntry } from '../../components/figures/registry.ts';
import { OFFLINE_STATE_MARKER } from '../../components/figures/frame/export.ts';
import { escapeAttribute } from '../../lib/figure-url.ts';

/** Escapes script text so nothing in it can close the inline <script> element. */
const inlineScript = (js: string): string => js.replace(/<\/(script)/gi, '<\\/$1');

/**
 * The island bundled as one ES module plus its CSS. A module, because the figure options load their
 * checks with a top-level `await` on a server (frame/options.ts); esbuild inlines that import, and
 * an inline module script runs from `file://` like any inline script.
 */
async function bundleIsland(figure: FigureEntry): Promise<{ js: string; css: string }> {
  const entry = [
    "import { h, render } from 'preact';",
    `import Island from './${figure.id}/${figure.tag}.tsx';`,
    "const state = document.getElementById('figure-state');",
    "const params = JSON.parse((state && state.textContent) || '{}');",
    "render(h(Island, { params }), document.getElementById('figure-root'));",
  ].join('\n');
  const result = await build({
    stdin: {
      contents: entry,
      resolveDir: resolve('src/components/figures'),
      loader: 'tsx',
      sourcefile: `offline-${figure.id}.tsx`,
    },
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    outdir: 'offline',
    define: { 'import.meta.env.BASE_URL': '"./"' },
    legalComments: 'none',
    logLevel: 'silent',
  });
  const text = (ext: string) =>
    result.outputFiles
      .filter((f) => f.path.endsWith(ext))
      .map((f) => f.text)
      .join('\n');
  return { js: text('.js'), css: text('.css') };
}

/** The whole offline page of `figure`; `embedCss` is the embed page's stylesheet. */
export async function buildOfflinePage(figure: FigureEntry, embedCss: string): Promise<string> {
  const { js, css } = await bundleIsland(figure);
  // No network at all: only inline scripts and styles, and images from data: or blob: URLs.
  const csp =
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; form-action 'none'";
  return `<!doctype html>
<html lang="zh-CN" data-embed="${figure.id}" data-fit data-offline>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="robots" content="noindex">
<meta name="description" content="${escapeAttribute(figure.description)}">
<title>${figure.title} · 进程与线程（离线）</title>
<style>${embedCss}
${css}</style>
<script>document.documentElement.dataset.theme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';</script>
</head>
<body>
<main class="embed"><div id="figure-root"></div></main>
${OFFLINE_STATE_MARKER}
<script type="module">${inlineScript(js)}</script>
</body>
</html>
`;
}
