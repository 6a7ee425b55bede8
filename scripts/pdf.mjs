#!/usr/bin/env node
/**
 * `npm run pdf`: prints the whole book (`/print/`) to a PDF with Chromium: A4, page numbers in the
 * footer and in the contents (scripts/lib/pdf-pages.ts), chapters starting on new pages, figures in
 * their server-rendered state.
 *
 * Options: `--no-build` (use the existing dist/), `--out=FILE` (default: book.pdf).
 * Exit codes: 0 written, 1 build or print failed, 2 bad argument.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { browserAvailable, launchBrowser, serveDist } from './lib/browser.ts';
import { printWithContentsPages } from './lib/pdf-pages.ts';
import { siteOptions } from '../src/lib/site-options.mjs';

const args = process.argv.slice(2);
const known = (a) => a === '--no-build' || a.startsWith('--out=');
const bad = args.find((a) => !known(a));
if (bad) {
  console.error(`未知参数 ${bad}。用法：npm run pdf -- [--no-build] [--out=文件.pdf]`);
  process.exit(2);
}
const out = resolve(args.find((a) => a.startsWith('--out='))?.slice(6) || 'book.pdf');
if (!out.endsWith('.pdf')) {
  console.error(`--out 必须是 .pdf 文件：${out}`);
  process.exit(2);
}

if (!args.includes('--no-build')) {
  console.log('▶ 构建：flock /tmp/astro-build.lock node scripts/build.mjs');
  const build = spawnSync('flock', ['/tmp/astro-build.lock', process.execPath, 'scripts/build.mjs'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) {
    console.error('构建失败，无法打印。');
    process.exit(1);
  }
}
if (!browserAvailable()) process.exit(1);

const { base } = siteOptions(process.env);
const site = await serveDist('dist', base);
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  const response = await page.goto(`${site.url}print/`, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`打开 ${site.url}print/ 失败：HTTP ${response?.status()}`);
  await page.evaluate(() => document.fonts.ready);
  const chapters = await page.locator('.print-chapter').count();
  if (chapters === 0) throw new Error('/print/ 里没有章节：先完整构建网站（npm run build）');
  await page.emulateMedia({ media: 'print' });
  // Printed twice: the second time with each chapter's page number in the contents.
  await printWithContentsPages(page, {
    path: out,
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate:
      '<div style="width:100%;font-size:8px;color:#666;text-align:center;font-family:sans-serif"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
  });
  console.log(`已写出 ${out}：${chapters} 章，${(statSync(out).size / 1024 / 1024).toFixed(1)} MiB`);
} finally {
  await browser.close();
  await site.close();
}
