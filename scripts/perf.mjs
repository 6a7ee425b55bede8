#!/usr/bin/env node
/**
 * `npm run perf`: builds the site once, then measures in Chromium, for the home page, a text
 * page and every chapter page that holds a figure:
 *   - JavaScript loaded (gzip bytes), and for figure pages the part beyond the book shell;
 *   - main-thread time of the figure's hydration (CDP Performance.getMetrics: script, style and
 *     layout time from scrolling the figure into view until the frame reports `data-hydrated`, with the
 *     chapter laid out at load so the text that scrolls into view with it is not counted);
 *   - a 10 s animation run (the figure playing at 4×, restarted at the end, on the chapter as a
 *     reader has it again), counting frames via requestAnimationFrame and, from a Chromium trace,
 *     main-thread tasks over the 16.7 ms budget
 *     (rAF intervals alone are noisy: headless Chromium without a GPU skips frames when idle).
 * Prints a table and exits non-zero when a target is missed.
 *
 * Then the book's own targets (scripts/perf/book.mjs): Lighthouse on four kinds of page, and search
 * speed and download size.
 *
 * Options: `--no-build` (measure the existing dist/), `--seconds=N` (length of the animation run),
 * `--verbose` (list each figure page's scripts beyond the shell, largest first), `--book=lighthouse,search`
 * (which of the book's measurements to run; default both), `--no-book` (figures only).
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { availableParallelism, loadavg } from 'node:os';
import { browserAvailable, launchBrowser, serveDist } from './lib/browser.ts';
import { FIGURES } from '../src/components/figures/registry.ts';
import { siteOptions } from '../src/lib/site-options.mjs';
import { measureBook } from './perf/book.mjs';

/** The budgets the book promises its readers. */
const TARGETS = { extraJsKiB: 35, hydrationMs: 50, longFrames: 0 };
/** One frame at 60 Hz: a main-thread task longer than this makes the animation miss a frame. */
const FRAME_MS = 1000 / 60;
const TEXT_PAGE = 'basics/process-and-thread/';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const seconds = Number(args.find((a) => a.startsWith('--seconds='))?.split('=')[1] ?? 10);

if (!args.includes('--no-build')) {
  console.log('▶ 构建：flock /tmp/astro-build.lock node scripts/build.mjs');
  const build = spawnSync('flock', ['/tmp/astro-build.lock', process.execPath, 'scripts/build.mjs'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('构建失败，无法测量。');
    process.exit(1);
  }
}
if (!browserAvailable()) process.exit(process.env.CI ? 1 : 0);

const { base } = siteOptions(process.env);
const site = await serveDist('dist', base);
const browser = await launchBrowser();

/**
 * Opens a page and records its scripts. With `awayFrom`, the page scrolls away from that figure
 * before the first frame, so a `client:visible` island hydrates only when the measurement asks.
 */
async function openPage(path, awayFrom) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const scripts = new Map();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      scripts.set(response.url(), gzipSync(await response.body()).length);
    } catch {
      // A response without a body (redirect, aborted) carries no bytes to count.
    }
  });
  if (awayFrom) {
    await page.addInitScript((id) => {
      history.scrollRestoration = 'manual';
      addEventListener('DOMContentLoaded', () => {
        // Chapters lay out their later blocks only when they near the screen (content-visibility, see
        // src/styles/rendering.css), so scrolling to the figure would also lay out the text around it:
        // the cost of scrolling, not of the island. The whole chapter is laid out here, before measuring.
        const style = document.createElement('style');
        style.id = 'perf-lay-out-all';
        style.textContent = '.sl-markdown-content > * { content-visibility: visible !important; }';
        document.head.append(style);
        const frame = document.querySelector(`figure[data-figure="${id}"]`);
        if (!frame) return;
        const top = frame.getBoundingClientRect().top + scrollY;
        scrollTo(
          0,
          top > document.documentElement.scrollHeight / 2 ? 0 : document.documentElement.scrollHeight,
        );
      });
    }, awayFrom);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const response = await page.goto(site.url + path, { waitUntil: 'networkidle' });
  return { context, page, cdp, scripts, ok: response?.ok() ?? false };
}

/** Main-thread time spent on script, style and layout so far, in milliseconds (CDP metrics). */
async function workMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  return (value('ScriptDuration') + value('RecalcStyleDuration') + value('LayoutDuration')) * 1000;
}

/**
 * Scrolls the figure into view and returns the main-thread script, style and layout time until
 * it has hydrated (loading, compiling and running the island), or null when it had already
 * hydrated at load. One in-page promise does the waiting, so no polling adds to the count.
 */
async function measureHydration(page, cdp, id) {
  const selector = `figure[data-figure="${id}"]`;
  if ((await page.locator(selector).first().getAttribute('data-hydrated')) === 'true') return null;
  const before = await workMs(cdp);
  await page.evaluate(
    (selector) =>
      new Promise((ok) => {
        const frame = document.querySelector(selector);
        const settle = () => requestAnimationFrame(() => requestAnimationFrame(() => ok()));
        new MutationObserver((_, observer) => {
          if (frame.getAttribute('data-hydrated') !== 'true') return;
          observer.disconnect();
          settle();
        }).observe(frame, { attributes: true, attributeFilter: ['data-hydrated'] });
        frame.scrollIntoView({ block: 'center' });
      }),
    selector,
  );
  return (await workMs(cdp)) - before;
}

/** Names of a top-level main-thread task in Chromium traces (older and newer versions). */
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** Main-thread tasks (ms) of the page's renderer in a Chromium trace, longest first. */
function mainThreadTasks(trace) {
  const events = JSON.parse(trace.toString('utf8')).traceEvents ?? [];
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !TASK_EVENTS.has(e.name) || !mains.has(key)) continue;
    if (!tasks.has(key)) tasks.set(key, []);
    tasks.get(key).push(e);
  }
  const busiest = [...tasks.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  // Newer Chromium nests a ThreadControllerImpl::RunTask inside each RunTask: count the outer one only.
  const outer = [];
  let end = -Infinity;
  for (const e of busiest.sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    if (e.ts < end) continue;
    outer.push(e.dur / 1000);
    end = e.ts + e.dur;
  }
  return outer.sort((a, b) => b - a);
}

/**
 * Plays the figure for `ms` at 4× (restarting at the end); returns the rAF intervals and
 * whether there was anything to play.
 */
async function measureFrames(page, id, ms) {
  return page.evaluate(
    ({ id, ms }) =>
      new Promise((ok) => {
        const frame = document.querySelector(`figure[data-figure="${id}"]`);
        const speed = frame?.querySelector('.figure-frame__toolbar select');
        if (speed) {
          speed.value = '4';
          speed.dispatchEvent(new Event('change', { bubbles: true }));
        }
        const intervals = [];
        let played = false;
        const start = performance.now();
        let last = start;
        const tick = (now) => {
          intervals.push(now - last);
          last = now;
          const play = frame?.querySelector('button[aria-label="播放"]');
          if (play) {
            play.click();
            played = true;
          }
          if (now - start < ms) requestAnimationFrame(tick);
          else ok({ intervals: intervals.slice(1), played });
        };
        requestAnimationFrame(tick);
      }),
    { id, ms },
  );
}

const sum = (map) => [...map.values()].reduce((a, b) => a + b, 0);
const kib = (bytes) => (bytes / 1024).toFixed(1);
const rows = [];
let missed = 0;

const shell = await openPage(TEXT_PAGE);
const shellUrls = new Set(shell.scripts.keys());
const home = await openPage('');
rows.push({ page: '首页 /', js: sum(home.scripts) });
rows.push({ page: `文字页 /${TEXT_PAGE}`, js: sum(shell.scripts) });
await home.context.close();
await shell.context.close();

const notes = [];
for (const figure of FIGURES) {
  const visit = await openPage(figure.chapter, figure.id);
  const present = visit.ok && (await visit.page.locator(`figure[data-figure="${figure.id}"]`).count()) > 0;
  if (!present) {
    notes.push(`${figure.tag}：/${figure.chapter} 中还没有这张图，跳过`);
    await visit.context.close();
    continue;
  }
  const hydrationMs = await measureHydration(visit.page, visit.cdp, figure.id);
  if (hydrationMs === null) notes.push(`${figure.tag}：载入时已可见并已水合，无法单独测量水合时间`);
  // The animation runs on the chapter as a reader has it: blocks far from the screen not laid out.
  await visit.page.evaluate(
    () =>
      new Promise((ok) => {
        document.getElementById('perf-lay-out-all')?.remove();
        requestAnimationFrame(() => requestAnimationFrame(() => ok()));
      }),
  );
  await browser.startTracing(visit.page, { categories: ['devtools.timeline', 'toplevel'] });
  const { intervals, played } = await measureFrames(visit.page, figure.id, seconds * 1000);
  if (!played) notes.push(`${figure.tag}：没有播放按钮，帧测量的是静止的页面`);
  const tasks = mainThreadTasks(await browser.stopTracing());
  const longTasks = tasks.filter((ms) => ms > FRAME_MS);
  const own = [...visit.scripts].filter(([url]) => !shellUrls.has(url)).sort((a, b) => b[1] - a[1]);
  const extra = own.reduce((a, [, b]) => a + b, 0);
  if (verbose) {
    for (const [url, bytes] of own)
      notes.push(`${figure.tag} 的脚本 ${new URL(url).pathname}：${kib(bytes)} KiB`);
  }
  const row = {
    page: `${figure.tag} /${figure.chapter}`,
    js: sum(visit.scripts),
    extra,
    hydrationMs,
    frames: intervals.length,
    longTasks: longTasks.length,
    maxTask: tasks[0] ?? 0,
    maxInterval: Math.max(0, ...intervals),
  };
  row.ok =
    extra <= TARGETS.extraJsKiB * 1024 &&
    (hydrationMs ?? 0) <= TARGETS.hydrationMs &&
    longTasks.length <= TARGETS.longFrames;
  if (!row.ok) missed++;
  rows.push(row);
  await visit.context.close();
}

await browser.close();
await site.close();

const fixed = (n) => (n === undefined || n === null ? '' : n.toFixed(1));
console.log(
  `\n目标：图页面在外壳之外的 JS ≤ ${TARGETS.extraJsKiB} KiB（gzip），水合 ≤ ${TARGETS.hydrationMs} ms，` +
    `${seconds} s 动画（4× 速度连续播放）中超过 ${FRAME_MS.toFixed(1)} ms 的主线程任务 = 0\n` +
    '（“最长帧间隔”只作参考：无 GPU 的无头 Chromium 即使页面空闲也会偶尔跳帧。）\n',
);
console.table(
  rows.map((r) => ({
    页面: r.page,
    'JS gzip KiB': kib(r.js),
    '外壳之外 KiB': r.extra === undefined ? '' : kib(r.extra),
    '水合 ms': fixed(r.hydrationMs),
    帧数: r.frames ?? '',
    '>16.7 ms 任务': r.longTasks ?? '',
    '最长任务 ms': fixed(r.maxTask),
    '最长帧间隔 ms': fixed(r.maxInterval),
    结果: r.ok === undefined ? '' : r.ok ? '达标' : '未达标',
  })),
);
for (const note of notes) console.log(`注意：${note}`);
const [load] = loadavg();
if (load > availableParallelism()) {
  console.warn(
    `注意：测量时系统负载 ${load.toFixed(1)} 高于 CPU 数 ${availableParallelism()}，时间数据偏大；请在空闲时重测。`,
  );
}
// The book's own targets (Lighthouse scores, search speed and size): scripts/perf/book.mjs.
const bookParts = args.includes('--no-book')
  ? []
  : (args
      .find((a) => a.startsWith('--book='))
      ?.slice(7)
      .split(',') ?? ['lighthouse', 'search']);
const bookMissed = bookParts.length > 0 ? await measureBook({ base, parts: bookParts }) : 0;
if (bookMissed > 0) console.error(`\n书的其他目标有 ${bookMissed} 项未达标。`);
if (missed > 0) {
  console.error(`\n${missed} 个图页面未达标。`);
  process.exit(1);
}
if (bookMissed > 0) process.exit(1);
console.log(rows.some((r) => r.ok !== undefined) ? '\n全部达标。' : '\n还没有可测量的交互图。');
