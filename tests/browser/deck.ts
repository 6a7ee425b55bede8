/**
 * A real reveal.js deck (the npm package) on another origin than the book, as a lecturer would
 * build one: 1280×720 slides, one per figure view, each an <iframe> of `/embed/<id>/?…`.
 * The deck is served on `localhost`, the book on `127.0.0.1`: two origins, as in a lecture hall.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize } from 'node:path';

/** One slide: a heading, or an embed URL (relative to the book's root) shown full-slide. */
export type DeckSlide = { heading: string } | { embed: string; title: string };

/** A running deck server. */
export interface Deck {
  /** The deck page's URL, on `localhost`. */
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

/** reveal.js's `dist/` folder, from the installed package. */
function revealDist(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('reveal.js/reveal.css'));
}

/**
 * The deck's HTML: reveal.js at 1280×720 with no margin, so each iframe fills its slide. The iframes
 * use a plain `src`, as a slide pasted from /figures/ does; with `data-src` reveal.js unloads the
 * frame when its slide is left and reloads it (at its URL's step) each time the slide is shown.
 */
function deckHtml(book: string, slides: readonly DeckSlide[]): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const sections = slides.map((slide) =>
    'heading' in slide
      ? `<section><h2>${escape(slide.heading)}</h2></section>`
      : `<section><iframe src="${escape(book + slide.embed)}" title="${escape(slide.title)}"` +
        ` width="1280" height="720" style="border:0;display:block"></iframe></section>`,
  );
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>deck</title>
<link rel="stylesheet" href="/reveal/reveal.css"><link rel="stylesheet" href="/reveal/theme/black.css">
<style>.reveal .slides section { padding: 0; }</style></head>
<body><div class="reveal"><div class="slides">${sections.join('\n')}</div></div>
<script type="module">
import Reveal from '/reveal/reveal.mjs';
const deck = new Reveal({ width: 1280, height: 720, margin: 0, hash: false, transition: 'none', center: false });
deck.initialize().then(() => { window.deck = deck; document.documentElement.dataset.ready = ''; });
</script></body></html>`;
}

/** Serves a deck of `slides` whose iframes point at `book` (the book's URL, ending in `/`). */
export async function serveDeck(book: string, slides: readonly DeckSlide[]): Promise<Deck> {
  const dist = revealDist();
  const html = deckHtml(book, slides);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      return;
    }
    const file = normalize(join(dist, path.replace(/^\/reveal\//, '')));
    if (!path.startsWith('/reveal/') || !file.startsWith(dist) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('deck server has no port');
  return {
    url: `http://localhost:${address.port}/`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
