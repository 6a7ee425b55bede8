/**
 * `npm run build`: builds the site in two processes, one after the other.
 *   1. `astro build` renders every page (BOOK_AFTER_BUILD=separate: it skips the steps below);
 *   2. `node scripts/after-build.ts` builds the search index, the link previews and the printed book.
 * Astro's process keeps the memory it used to render the pages until it exits, so the second step runs
 * after it has exited (src/integrations/after-build.ts).
 *
 * Astro runs with a 1 GiB JavaScript heap (HEAP_MIB): V8 then collects garbage sooner instead of growing,
 * which keeps a 2,000-note vault's build under 2 GB (`npm run bench`). A site too large for that heap
 * makes V8 abort; the build then says so and runs again without the limit, so a large vault still builds.
 * A heap size given in NODE_OPTIONS (`--max-old-space-size`) is respected and never overridden.
 *
 * Arguments are passed on to `astro build`; the environment (OUT_DIR, BASE_PATH, SITE_URL,
 * BOOK_CONTENT_DIR) reaches both steps.
 *
 *   node scripts/build.mjs [astro build options]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Astro's JavaScript heap, in MiB. */
const HEAP_MIB = 1024;

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, BOOK_AFTER_BUILD: 'separate' };
const astro = ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)];

function run(args) {
  return spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
}

function fail(label, result) {
  console.error(`构建失败：${label}（退出码 ${result.status ?? result.signal}）`);
  process.exit(result.status || 1);
}

const heapGiven = /--max-old-space-size/.test(process.env.NODE_OPTIONS ?? '');
let result = run(heapGiven ? astro : [`--max-old-space-size=${HEAP_MIB}`, ...astro]);
// V8 aborts (SIGABRT) when the heap is full: retry once with Node's default heap.
if (!heapGiven && (result.signal === 'SIGABRT' || result.status === 134)) {
  console.error(
    `\n构建：${HEAP_MIB} MiB 的 JavaScript 堆不够这个站点用，改用 Node 的默认大小重新构建（内存占用会更高）。`,
  );
  result = run(astro);
}
if (result.status !== 0) fail('astro build', result);
const after = run(['scripts/after-build.ts']);
if (after.status !== 0) fail('scripts/after-build.ts', after);
