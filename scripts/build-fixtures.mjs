#!/usr/bin/env node
/**
 * `node scripts/build-fixtures.mjs`: builds the fixture site the safety tests open, with the
 * book's own configuration (plugins, Starlight, route middleware) but other pages:
 *
 * 1. `tests/fixtures/index.md` and `tests/fixtures/hostile/` (hand-written `.md`/`.mdx` pages) are
 *    copied into `test-results/fixture-content/`;
 * 2. the note vault `tests/fixtures/vault/` goes through `npm run import` (the importer as a black
 *    box) into `test-results/fixture-content/vault/`;
 * 3. `astro build` runs with `BOOK_CONTENT_DIR` pointing there, into `dist-fixtures/`
 *    (its own content cache, see astro.config.mjs), so nothing is written into src/ and `dist/`
 *    never sees a fixture page.
 *
 * The build log (warnings with file:line included) is kept in `test-results/fixture-build.log`
 * for the site checks. Exits non-zero when the import or the build fails.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cacheDirFor } from '../src/lib/content-dir.mjs';
import {
  FIXTURE_CONTENT,
  FIXTURE_DIST,
  FIXTURE_LOG,
  FIXTURE_PAGES,
  FIXTURE_VAULT,
  PWNED_MARKER,
} from './lib/fixture-site.mjs';

/** Runs a command, echoing its output and appending it to the log; returns its exit code. */
function run(label, cmd, args, env, log) {
  console.log(`▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  log.push(`### ${label} (exit ${r.status})\n${output}`);
  return r.status ?? 1;
}

const started = Date.now();
rmSync(FIXTURE_CONTENT, { recursive: true, force: true });
// A cached page is not rendered again, and prints none of its warnings: the checks read them all.
rmSync(cacheDirFor(FIXTURE_CONTENT), { recursive: true, force: true });
rmSync(PWNED_MARKER, { force: true });
mkdirSync(FIXTURE_CONTENT, { recursive: true });
cpSync('tests/fixtures/index.md', `${FIXTURE_CONTENT}/index.md`);
cpSync(FIXTURE_PAGES, `${FIXTURE_CONTENT}/hostile`, { recursive: true });

const log = [];
const imported = run(
  'import',
  'npm',
  ['run', '--silent', 'import', '--', FIXTURE_VAULT, `${FIXTURE_CONTENT}/vault`],
  {},
  log,
);
const built =
  imported === 0
    ? run(
        'build',
        'npx',
        ['astro', 'build'],
        { BOOK_CONTENT_DIR: FIXTURE_CONTENT, OUT_DIR: `./${FIXTURE_DIST}` },
        log,
      )
    : 1;
writeFileSync(FIXTURE_LOG, log.join('\n'));
console.log(
  `fixture site ${built === 0 ? 'built' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s → ${FIXTURE_DIST}/`,
);
process.exit(imported !== 0 ? imported : built);
