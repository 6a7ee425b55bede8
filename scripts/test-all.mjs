#!/usr/bin/env node
/**
 * `npm test`: the whole suite, in order — type check, lint and format, unit tests,
 * production builds (at / and under a sub-path, then the fixture site of hostile pages),
 * site checks on the built output, browser tests. Every step runs even after a failure, so one run shows everything;
 * exits non-zero on any failure and ends with the line `N passed, N failed`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const SUB_PATH = '/os-book';
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

/** Runs a command, streaming its output; returns true on exit code 0. */
function sh(label, cmd, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

/** A step that counts as one test. */
function step(label, cmd, args, env) {
  if (sh(label, cmd, args, env)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

/** A Vitest project: each test counts; a crash with no report counts as one failure. */
function vitest(project, env) {
  mkdirSync('test-results', { recursive: true });
  const report = `test-results/vitest-${project}.json`;
  rmSync(report, { force: true });
  const ok = sh(
    `vitest ${project}`,
    'npx',
    [
      'vitest',
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${report}`,
    ],
    env,
  );
  if (!existsSync(report)) {
    failed++;
    failures.push(`vitest ${project} (no report)`);
    return;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + r.numTodoTests;
  if (r.numFailedTests > 0 || !ok) failures.push(`vitest ${project}`);
  if (!ok && r.numFailedTests === 0) failed++; // a failed suite (e.g. an import error) with no failed test
}

step('astro check', 'npx', ['astro', 'check']);
step('tsc', 'npx', ['tsc', '--noEmit']);
step('eslint', 'npx', ['eslint', '.']);
step('prettier', 'npx', ['prettier', '--check', '.']);
vitest('unit');
// The book is built as `npm run build` builds it (three processes: scripts/build.mjs); the fixture site
// below goes through `astro build` alone, which runs the same after-build steps inside Astro.
step('build', 'node', ['scripts/build.mjs']);
step(`build under ${SUB_PATH}`, 'node', ['scripts/build.mjs'], {
  BASE_PATH: SUB_PATH,
  OUT_DIR: './dist-base',
  SITE_URL: 'https://example.org',
});
// The fixture site: hostile pages (tests/fixtures/hostile) and the test vault (tests/fixtures/vault,
// through `npm run import`) built with the book's configuration into dist-fixtures/ (never dist/).
// Site and browser tests open it via FIXTURE_DIST (scripts/lib/fixture-site.mjs); see scripts/build-fixtures.mjs.
step('build fixtures', 'node', ['scripts/build-fixtures.mjs']);
vitest('site', { SITE_SUB_PATH: SUB_PATH });
vitest('browser');

console.log('');
if (failures.length > 0) console.log(`失败的步骤：${failures.join('，')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
