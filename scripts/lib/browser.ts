/**
 * Debian's Chromium through playwright-core, and a static server for a built `dist/` (honouring a
 * base path): what the browser tests and the scripts that open the book in a browser (`npm run pdf`,
 * `npm run perf`) share. Without Chromium, {@link browserAvailable} prints how to install it, or
 * throws when `CI` is set.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { toBasePath } from '../../src/lib/base.ts';
import { contentTypeOf } from '../../src/lib/content-types.ts';

/** Flags that make Debian's Chromium work headless in this sandbox and in CI. */
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Chromium executable: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromePath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

const INSTALL_HINT =
  '浏览器测试需要 Chromium：在 Debian/Ubuntu 上运行 `sudo apt-get install chromium fonts-noto-cjk`，' +
  '或用 CHROME_PATH 指向一个 Chromium/Chrome 可执行文件。';

/**
 * Whether the browser tests can run. Without Chromium: throws when `CI` is set
 * (CI must not pass silently), otherwise prints a loud warning and returns false.
 */
export function browserAvailable(): boolean {
  const path = chromePath();
  if (existsSync(path)) return true;
  const message = `找不到 Chromium（${path}）。${INSTALL_HINT}`;
  if (process.env.CI) throw new Error(message);
  console.warn(`\n${'!'.repeat(72)}\n!! 跳过浏览器测试：${message}\n${'!'.repeat(72)}\n`);
  return false;
}

/** Launches Chromium headless with the flags above. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROME_FLAGS, headless: true });
}

/** A new context with a fresh profile; `reducedMotion` and `colorScheme` as a reader might set them. */
export async function newContext(
  browser: Browser,
  options: { colorScheme?: 'light' | 'dark'; width?: number; height?: number; javaScript?: boolean } = {},
): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.colorScheme ?? 'light',
    javaScriptEnabled: options.javaScript ?? true,
    locale: 'zh-CN',
  });
}

/** A running static server for a built site. */
export interface StaticSite {
  /** Origin plus base path, always ending in `/`, e.g. `http://127.0.0.1:41234/book/`. */
  url: string;
  /** Every request path the server saw (to check that nothing external or missing was asked for). */
  requests: string[];
  close(): Promise<void>;
}

/** Types a static host compresses (Pagefind's index files are gzip already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.wasm']);

/**
 * Serves `dir` under `base` (e.g. `/` or `/book/`) on 127.0.0.1, like a static host would. With
 * `gzip`, text is sent compressed to clients that accept it, as production hosts do (for Lighthouse).
 */
export async function serveDist(
  dir = 'dist',
  base = '/',
  options: { gzip?: boolean } = {},
): Promise<StaticSite> {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${dir}/index.html 不存在：先运行 \`npm run build\`（npm test 会自动构建）。`);
  }
  const prefix = toBasePath(base);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    requests.push(path);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not under base path');
      return;
    }
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      res.writeHead(404, { 'content-type': contentTypeOf('.html') });
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'not found');
      return;
    }
    const type = contentTypeOf(file);
    const body = readFileSync(file);
    if (
      options.gzip &&
      COMPRESSIBLE.has(extname(file)) &&
      /\bgzip\b/.test(String(req.headers['accept-encoding']))
    ) {
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'accept-encoding' });
      res.end(gzipSync(body));
      return;
    }
    res.writeHead(200, { 'content-type': type });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    requests,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
