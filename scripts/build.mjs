/**
 * `npm run build`: builds the site in three processes, one after the other.
 *   1. `astro sync` renders every Markdown page into Astro's content store (its cache folder);
 *   2. `astro build` bundles and writes every page (BOOK_AFTER_BUILD=separate: it skips the steps below);
 *      it finds every page already rendered in the store (same content digests) and renders none again;
 *   3. `node scripts/after-build.ts` builds the search index, the link previews and the printed book.
 * A Node process keeps the memory it once used until it exits: rendering 2,000 notes leaves Astro's process
 * about 0.9 GB that bundling (another 0.6 GB) would add to, and the after-build steps hold every page's text.
 * Run one after the other, the build peaks at the largest of the three, not their sum (`npm run bench`).
 *
 * Astro runs with a 1 GiB JavaScript heap (HEAP_MIB): V8 then collects garbage sooner instead of growing,
 * which keeps a 2,000-note vault's build under 2 GB (`npm run bench`). A site too large for that heap
 * makes V8 abort; the build then says so and runs that step again without the limit, so a large vault still
 * builds. A heap size given in NODE_OPTIONS (`--max-old-space-size`) is respected and never overridden.
 *
 * Arguments are passed on to `astro build`; the environment (OUT_DIR, BASE_PATH, SITE_URL,
 * BOOK_CONTENT_DIR) reaches every step.
 *
 *   node scripts/build.mjs [astro build options]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Astro's JavaScript heap, in MiB. */
const HEAP_MIB = 1024;

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, BOOK_AFTER_BUILD: 'separate' };
const ASTRO = 'node_modules/astro/bin/astro.mjs';

function run(args) {
  return spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
}

function fail(label, result) {
  console.error(`构建失败：${label}（退出码 ${result.status ?? result.signal}）`);
  process.exit(result.status || 1);
}

const heapGiven = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '');

/** Runs one Astro command with the heap limit; once more without it if V8 ran out of heap (SIGABRT). */
function runAstro(label, args) {
  let result = run(heapGiven ? args : [`--max-old-space-size=${HEAP_MIB}`, ...args]);
  if (!heapGiven && (result.signal === 'SIGABRT' || result.status === 134)) {
    console.error(
      `\n构建：${HEAP_MIB} MiB 的 JavaScript 堆不够这个站点用，改用 Node 的默认大小重新运行 ${label}（内存占用会更高）。`,
    );
    result = run(args);
  }
  if (result.status !== 0) fail(label, result);
}

runAstro('astro sync', [ASTRO, 'sync']);
runAstro('astro build', [ASTRO, 'build', ...process.argv.slice(2)]);
const after = run(['scripts/after-build.ts']);
if (after.status !== 0) fail('scripts/after-build.ts', after);
