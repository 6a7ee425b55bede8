/**
 * The import benchmark (part of `npm run bench`, or alone: `node scripts/bench/import.ts [sizes…]`):
 * generates vaults of 200, 1,000 and 2,000 notes, imports each (wall and CPU time), builds the
 * site with it (`BOOK_CONTENT_DIR`: the book's pages plus the notes; wall time, CPU time, peak memory of the build's
 * process tree) and prints each figure's growth from the smallest vault. Targets: 2,000 notes
 * import in ≤ 10 s; the build grows linearly and stays under 2 GB.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importVault } from '../../src/importer/run.ts';
import { measure } from './measure.ts';
import { generateVault } from './vault.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Import target for 2,000 notes, in seconds; build memory target, in bytes. */
const IMPORT_TARGET_S = 10;
const MEMORY_TARGET = 2 * 1024 ** 3;

/** One row of the table. */
interface Row {
  notes: number;
  links: number;
  importWallMs: number;
  importCpuMs: number;
  buildWallMs: number;
  buildCpuMs: number;
  buildPeak: number;
  breakdown: string;
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

/** Generates, imports and builds one vault size. */
async function benchSize(notes: number, work: string): Promise<Row> {
  const vault = join(work, `vault-${notes}`);
  const content = join(ROOT, 'src/content', `bench-${notes}`);
  const dist = join(work, `dist-${notes}`);
  const generated = generateVault(vault, notes);
  benchContent(content);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = importVault(vault, join(content, 'notes'));
  const importWallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const errors = result.issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0)
    throw new Error(`generated vault imports with errors: ${JSON.stringify(errors.slice(0, 3))}`);
  // Built as `npm run build` builds: Astro, then the after-build steps in a second process.
  const build = await measure(process.execPath, [resolve(ROOT, 'scripts/build.mjs')], ROOT, {
    BOOK_CONTENT_DIR: relative(ROOT, content),
    OUT_DIR: dist,
  });
  if (!build.ok) console.error(build.output.split('\n').slice(-20).join('\n'));
  const cache = join(ROOT, 'node_modules/.astro-fixtures', relative(ROOT, content).replace(/[^\w-]+/g, '_'));
  for (const dir of [vault, content, dist, cache]) rmSync(dir, { recursive: true, force: true });
  return {
    notes,
    links: generated.links,
    importWallMs,
    importCpuMs: (cpu.user + cpu.system) / 1000,
    buildWallMs: build.wallMs,
    buildCpuMs: build.cpuMs,
    buildPeak: build.peakBytes,
    breakdown: build.peakBreakdown,
    ok: build.ok,
  };
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number): string => `${Math.round(bytes / 1024 ** 2)} MiB`;
const growth = (value: number, base: number): string => `×${(value / base).toFixed(2)}`;

/** Runs the benchmark for the given sizes and prints the table; returns whether every target is met. */
export async function runImportBench(sizes: readonly number[] = [200, 1000, 2000]): Promise<boolean> {
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const work = mkdtempSync(join(ROOT, 'test-results', 'bench-import-'));
  console.log('\nObsidian 导入与构建（生成的笔记库；墙钟时间受机器负载影响，CPU 时间更稳定）');
  console.log(
    '笔记  链接   导入墙钟  导入CPU  构建墙钟  构建CPU  构建峰值内存  增长（笔记/导入CPU/构建CPU/内存）',
  );
  const rows: Row[] = [];
  try {
    for (const size of sizes) {
      const row = await benchSize(size, work);
      rows.push(row);
      const base = rows[0]!;
      console.log(
        [
          String(row.notes).padEnd(5),
          String(row.links).padEnd(6),
          seconds(row.importWallMs).padEnd(9),
          seconds(row.importCpuMs).padEnd(8),
          seconds(row.buildWallMs).padEnd(9),
          seconds(row.buildCpuMs).padEnd(8),
          mib(row.buildPeak).padEnd(13),
          [row.notes, row.importCpuMs, row.buildCpuMs, row.buildPeak]
            .map((v, i) => growth(v, [base.notes, base.importCpuMs, base.buildCpuMs, base.buildPeak][i]!))
            .join(' '),
          row.ok ? '' : '构建失败',
        ].join(' '),
      );
      console.log(`      峰值时的进程：${row.breakdown}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const largest = rows.at(-1)!;
  const importOk =
    largest.notes < 2000 || Math.min(largest.importWallMs, largest.importCpuMs) <= IMPORT_TARGET_S * 1000;
  const memoryOk = rows.every((row) => row.ok && row.buildPeak < MEMORY_TARGET);
  console.log(
    `导入目标（2,000 篇 ≤ ${IMPORT_TARGET_S} s）：${importOk ? '达标' : '未达标'}；构建内存目标（< 2 GB）：${memoryOk ? '达标' : '未达标'}`,
  );
  return importOk && memoryOk;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    console.error(
      'usage: node scripts/bench/import.ts [notes…]   (positive whole numbers; default 200 1000 2000)',
    );
    process.exit(2);
  }
  const ok = await runImportBench(sizes.length > 0 ? sizes : undefined);
  process.exit(ok ? 0 : 1);
}
