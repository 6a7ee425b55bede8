#!/usr/bin/env node
/**
 * `npm run perf`: builds the site once, then measures in Chromium, for the home page, a text
 * page and every chapter page that holds a figure:
 *   - JavaScript loaded (gzip bytes), and for figure pages the part beyond the book shell;
 *   - main-thread time of the figure's hydration (CDP Performance.getMetrics TaskDuration,
 *     from scrolling the figure into view until the frame reports `data-hydrated`);
 *   - a 10 s animation run (the figure playing at 4×), counting requestAnimationFrame
 *     intervals that overran the 16.7 ms frame budget.
 * Prints a table and exits non-zero when a target is missed.
 *
 * Options: `--no-build` (measure the existing dist/), `--seconds=N` (length of the animation run).
 */
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { browserAvailable, launchBrowser, serveDist } from '../tests/browser/harness.ts';
import { FIGURES } from '../src/components/figures/registry.ts';
import { siteOptions } from '../src/lib/site-options.mjs';

/** The budgets the book promises its readers. */
const TARGETS = { extraJsKiB: 35, hydrationMs: 50, longFrames: 0 };
/** One frame at 60 Hz; an interval longer than this plus timer jitter means a frame was missed. */
const FRAME_MS = 1000 / 60;
const FRAME_SLACK_MS = 4;
const TEXT_PAGE = 'basics/process-and-thread/';

const args = process.argv.slice(2);
const seconds = Number(args.find((a) => a.startsWith('--seconds='))?.split('=')[1] ?? 10);

if (!args.includes('--no-build')) {
  console.log('▶ 构建：flock /tmp/astro-build.lock npx astro build');
  const build = spawnSync('flock', ['/tmp/astro-build.lock', 'npx', 'astro', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('构建失败，无法测量。');
    process.exit(1);
  }
}
if (!browserAvailable()) process.exit(process.env.CI ? 1 : 0);

const { base } = siteOptions(process.env);
const site = await serveDist('dist', base);
const browser = await launchBrowser();

/** Opens a page with a short viewport (so no figure is visible yet) and records its scripts. */
async function openPage(path) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 120 }, locale: 'zh-CN' });
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
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const response = await page.goto(site.url + path, { waitUntil: 'networkidle' });
  return { context, page, cdp, scripts, ok: response?.ok() ?? false };
}

/** Main-thread task time so far, in milliseconds. */
async function taskMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** Scrolls the figure into view and returns the main-thread time until it has hydrated. */
async function measureHydration(page, cdp, id) {
  const frame = page.locator(`figure[data-figure="${id}"]`).first();
  const before = await taskMs(cdp);
  await page.setViewportSize({ width: 1280, height: 800 });
  await frame.scrollIntoViewIfNeeded();
  await frame.and(page.locator('[data-hydrated="true"]')).waitFor({ timeout: 15_000 });
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  return (await taskMs(cdp)) - before;
}

/** Plays the figure for `ms` at 4× (restarting at the end) and returns the rAF intervals. */
async function measureFrames(page, id, ms) {
  return page.evaluate(
    ({ id, ms }) =>
      new Promise((ok) => {
        const frame = document.querySelector(`figure[data-figure="${id}"]`);
        const speed = frame?.querySelector('select');
        if (speed) {
          speed.value = '4';
          speed.dispatchEvent(new Event('change', { bubbles: true }));
        }
        const intervals = [];
        const start = performance.now();
        let last = start;
        const tick = (now) => {
          intervals.push(now - last);
          last = now;
          const play = frame?.querySelector('button[aria-label="播放"]');
          if (play) play.click();
          if (now - start < ms) requestAnimationFrame(tick);
          else ok(intervals.slice(1));
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

const pagesWithFigures = [];
for (const figure of FIGURES) {
  const visit = await openPage(figure.chapter);
  const present = visit.ok && (await visit.page.locator(`figure[data-figure="${figure.id}"]`).count()) > 0;
  if (!present) {
    pagesWithFigures.push(`${figure.tag}：/${figure.chapter} 中还没有这张图，跳过`);
    await visit.context.close();
    continue;
  }
  const hydrationMs = await measureHydration(visit.page, visit.cdp, figure.id);
  const intervals = await measureFrames(visit.page, figure.id, seconds * 1000);
  const long = intervals.filter((d) => d > FRAME_MS + FRAME_SLACK_MS);
  const extra = [...visit.scripts].filter(([url]) => !shellUrls.has(url)).reduce((a, [, b]) => a + b, 0);
  const row = {
    page: `${figure.tag} /${figure.chapter}`,
    js: sum(visit.scripts),
    extra,
    hydrationMs,
    frames: intervals.length,
    long: long.length,
    maxFrame: Math.max(0, ...intervals),
  };
  row.ok =
    extra <= TARGETS.extraJsKiB * 1024 &&
    hydrationMs <= TARGETS.hydrationMs &&
    long.length <= TARGETS.longFrames;
  if (!row.ok) missed++;
  rows.push(row);
  await visit.context.close();
}

await browser.close();
await site.close();

console.log(
  `\n目标：图页面在外壳之外的 JS ≤ ${TARGETS.extraJsKiB} KiB（gzip），水合 ≤ ${TARGETS.hydrationMs} ms，` +
    `${seconds} s 动画中超过 ${FRAME_MS.toFixed(1)} ms（+${FRAME_SLACK_MS} ms 抖动）的帧 = 0\n`,
);
console.table(
  rows.map((r) => ({
    页面: r.page,
    'JS gzip KiB': kib(r.js),
    '外壳之外 KiB': r.extra === undefined ? '' : kib(r.extra),
    '水合 ms': r.hydrationMs === undefined ? '' : r.hydrationMs.toFixed(1),
    帧数: r.frames ?? '',
    超时帧: r.long ?? '',
    '最长帧 ms': r.maxFrame === undefined ? '' : r.maxFrame.toFixed(1),
    结果: r.ok === undefined ? '' : r.ok ? '达标' : '未达标',
  })),
);
for (const note of pagesWithFigures) console.log(`注意：${note}`);
if (missed > 0) {
  console.error(`\n${missed} 个图页面未达标。`);
  process.exit(1);
}
console.log(rows.some((r) => r.ok !== undefined) ? '\n全部达标。' : '\n还没有可测量的交互图。');
