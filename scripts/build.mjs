/**
 * `npm run build`: builds the site in two processes, one after the other.
 *   1. `astro build` renders every page (BOOK_AFTER_BUILD=separate: it skips the steps below);
 *   2. `node scripts/after-build.ts` builds the search index, the link previews and the printed book.
 * Astro's process keeps the memory it used to render the pages until it exits, so the second step runs
 * after it has exited (src/integrations/after-build.ts). Arguments are passed on to `astro build`;
 * the environment (OUT_DIR, BASE_PATH, SITE_URL, BOOK_CONTENT_DIR) reaches both steps.
 *
 *   node scripts/build.mjs [astro build options]
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, BOOK_AFTER_BUILD: 'separate' };

function run(label, args) {
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`构建失败：${label}（退出码 ${result.status ?? result.signal}）`);
    process.exit(result.status || 1);
  }
}

run('astro build', ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)]);
run('scripts/after-build.ts', ['scripts/after-build.ts']);
