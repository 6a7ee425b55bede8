/**
 * The import benchmark (part of `npm run bench`, or alone: `node scripts/bench/import.ts [sizes…]`):
 * builds the book alone, then the book with vaults of 200, 1,000 and 2,076 notes made from the Obsidian
 * help vault (OBSIDIAN_HELP_VAULT: its `en/` folder; copies with renamed notes and rewritten links,
 * scripts/bench/help-vault.ts; without it, the synthetic vault of scripts/bench/vault.ts, said in a banner).
 * For each: import time, build CPU time and peak memory of the whole process tree, the size of the built
 * site and of its note pages, and the build's CPU per note beyond the book alone, which must stay within
 * ±20% across sizes (linear). Targets at the largest size: build ≤ 200 s CPU, tree ≤ 1.5 GB,
 * dist ≤ 150 MB, note page ≤ 80 KB.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importVault } from '../../src/importer/run.ts';
import { copyHelpVault } from './help-vault.ts';
import { measure } from './measure.ts';
import { generateVault } from './vault.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Targets at the largest size. */
const TARGETS = {
  cpuS: 200,
  treeBytes: 1.5 * 1024 ** 3,
  distBytes: 150 * 1024 ** 2,
  pageBytes: 80 * 1024,
  perNote: 0.2,
};

/** One row of the table. */
interface Row {
  notes: number;
  importCpuMs: number;
  buildWallMs: number;
  buildCpuMs: number;
  buildPeak: number;
  breakdown: string;
  distBytes: number;
  /** Note pages: how many, their mean and largest size in bytes. */
  notePages: number;
  pageMean: number;
  pageMax: number;
  ok: boolean;
}

/**
 * The site's pages for one run: a copy of the book's (src/content/docs, any imported notes left
 * out) in `src/content/bench-N/` (ignored by git and Prettier; the same depth as the book's, so
 * its MDX pages still import their figures), built with `BOOK_CONTENT_DIR` pointing there
 * (src/lib/content-dir.mjs) into `test-results/`, so the book's own pages and dist/ stay as they are.
 * Such a build goes without the link validator (see astro.config.mjs).
 */
function benchContent(dir: string): void {
  cpSync(join(ROOT, 'src/content/docs'), dir, {
    recursive: true,
    filter: (source) => !source.startsWith(join(ROOT, 'src/content/docs/notes')),
  });
}

/** Total size of the files below `dir`, and the sizes of the `index.html` files below `dir/sub`. */
function sizes(dir: string, sub: string): { total: number; pages: number[] } {
  let total = 0;
  const pages: number[] = [];
  const walk = (folder: string, inSub: boolean): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full, inSub || relative(dir, full) === sub);
      else {
        const bytes = statSync(full).size;
        total += bytes;
        if (inSub && entry.name === 'index.html') pages.push(bytes);
      }
    }
  };
  walk(dir, false);
  return { total, pages };
}

/** Makes the vault of one size: copies of the help vault, or the synthetic one. */
function makeVault(dir: string, notes: number, helpVault: string | undefined): void {
  if (helpVault) copyHelpVault(helpVault, dir, notes);
  else generateVault(dir, notes);
}

/** Imports and builds one vault size (0: the book alone). */
async function benchSize(notes: number, work: string, helpVault: string | undefined): Promise<Row> {
  const vault = join(work, `vault-${notes}`);
  const content = join(ROOT, 'src/content', `bench-${notes}`);
  const dist = join(work, `dist-${notes}`);
  benchContent(content);
  let importCpuMs = 0;
  if (notes > 0) {
    makeVault(vault, notes, helpVault);
    const cpu0 = process.cpuUsage();
    importVault(vault, join(content, 'notes'));
    const cpu = process.cpuUsage(cpu0);
    importCpuMs = (cpu.user + cpu.system) / 1000;
  }
  // Built as `npm run build` builds: Astro, then the after-build steps in a second process.
  const build = await measure(process.execPath, [resolve(ROOT, 'scripts/build.mjs')], ROOT, {
    BOOK_CONTENT_DIR: relative(ROOT, content),
    OUT_DIR: dist,
  });
  if (!build.ok) console.error(build.output.split('\n').slice(-20).join('\n'));
  const measured = build.ok ? sizes(dist, 'notes') : { total: 0, pages: [] };
  const cache = join(ROOT, 'node_modules/.astro-fixtures', relative(ROOT, content).replace(/[^\w-]+/g, '_'));
  for (const dir of [vault, content, dist, cache]) rmSync(dir, { recursive: true, force: true });
  const pages = measured.pages;
  return {
    notes,
    importCpuMs,
    buildWallMs: build.wallMs,
    buildCpuMs: build.cpuMs,
    buildPeak: build.peakBytes,
    breakdown: build.peakBreakdown,
    distBytes: measured.total,
    notePages: pages.length,
    pageMean: pages.length > 0 ? pages.reduce((a, b) => a + b, 0) / pages.length : 0,
    pageMax: pages.length > 0 ? Math.max(...pages) : 0,
    ok: build.ok,
  };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number): string => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

/** Runs the benchmark for the given sizes and prints the table; returns whether every target is met. */
export async function runImportBench(sizesWanted: readonly number[] = [200, 1000, 2076]): Promise<boolean> {
  const helpVault = process.env.OBSIDIAN_HELP_VAULT?.trim() || undefined;
  if (!helpVault) {
    console.log(
      '\n*** OBSIDIAN_HELP_VAULT is not set: the vaults are synthetic (scripts/bench/vault.ts), not copies of the\n' +
        '*** Obsidian help vault. For the real benchmark: OBSIDIAN_HELP_VAULT=<obsidian-help>/en npm run bench',
    );
  }
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const work = mkdtempSync(join(ROOT, 'test-results', 'bench-import-'));
  console.log(
    `\nObsidian 导入与构建（${helpVault ? '帮助库的副本' : '生成的笔记库'}；0 篇 = 只有书；CPU 为整个进程树；每篇 CPU = 比只有书多出的 CPU ÷ 篇数）`,
  );
  console.log(
    '笔记   导入CPU  构建墙钟  构建CPU   峰值内存   dist      笔记页数  平均页    最大页    每篇CPU',
  );
  const rows: Row[] = [];
  try {
    for (const size of [0, ...sizesWanted]) {
      const row = await benchSize(size, work, helpVault);
      rows.push(row);
      const perNote = row.notes > 0 ? (row.buildCpuMs - rows[0]!.buildCpuMs) / row.notes : 0;
      console.log(
        [
          String(row.notes).padEnd(6),
          seconds(row.importCpuMs).padEnd(8),
          seconds(row.buildWallMs).padEnd(9),
          seconds(row.buildCpuMs).padEnd(9),
          mib(row.buildPeak).padEnd(10),
          mib(row.distBytes).padEnd(9),
          String(row.notePages).padEnd(9),
          kib(row.pageMean).padEnd(9),
          kib(row.pageMax).padEnd(9),
          row.notes > 0 ? `${(perNote / 1000).toFixed(3)} s` : '',
          row.ok ? '' : '构建失败',
        ].join(' '),
      );
      console.log(`       峰值时的进程：${row.breakdown}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const notes = rows.filter((row) => row.notes > 0);
  const perNote = notes.map((row) => (row.buildCpuMs - rows[0]!.buildCpuMs) / row.notes);
  const meanPerNote = perNote.reduce((a, b) => a + b, 0) / perNote.length;
  const spread = Math.max(...perNote.map((cost) => Math.abs(cost / meanPerNote - 1)));
  const largest = rows.at(-1)!;
  const checks: [string, boolean][] = [
    [`构建 CPU ≤ ${TARGETS.cpuS} s`, largest.buildCpuMs <= TARGETS.cpuS * 1000],
    [`进程树峰值 ≤ 1.5 GB`, rows.every((row) => row.ok && row.buildPeak <= TARGETS.treeBytes)],
    [`dist ≤ 150 MB`, largest.distBytes <= TARGETS.distBytes],
    [`笔记页平均 ≤ 80 KB`, largest.pageMean <= TARGETS.pageBytes],
    [`每篇 CPU 偏差 ≤ ±20%（实测 ±${(spread * 100).toFixed(0)}%）`, spread <= TARGETS.perNote],
  ];
  console.log(checks.map(([label, ok]) => `${label}：${ok ? '达标' : '未达标'}`).join('；'));
  return checks.every(([, ok]) => ok);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    console.error(
      'usage: node scripts/bench/import.ts [notes…]   (positive whole numbers; default 200 1000 2076)',
    );
    process.exit(2);
  }
  const ok = await runImportBench(sizes.length > 0 ? sizes : undefined);
  process.exit(ok ? 0 : 1);
}
