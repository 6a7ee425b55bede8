/**
 * Paths of the fixture site: hostile pages and a note vault built with the book's configuration
 * by `scripts/build-fixtures.mjs` (step "build fixtures" of `npm test`). Tests use these constants;
 * the browser harness re-exports {@link FIXTURE_DIST}.
 */

/** Hand-written fixture pages (`.md`, `.mdx`), copied to `hostile/` of the fixture site. */
export const FIXTURE_PAGES = 'tests/fixtures/hostile';
/** An Obsidian-style vault, imported with `npm run import` into `vault/` of the fixture site. */
export const FIXTURE_VAULT = 'tests/fixtures/vault';
/** Where the fixture site's pages are assembled (ignored by git, lint and format). */
export const FIXTURE_CONTENT = 'test-results/fixture-content';
/** Where the fixture site is built: serve it with `serveDist(FIXTURE_DIST)`. */
export const FIXTURE_DIST = 'dist-fixtures';
/** The output of the import and the build, warnings with file:line included. */
export const FIXTURE_LOG = 'test-results/fixture-build.log';
/** A file the hostile vault note tries to write at build time; it must never exist. */
export const PWNED_MARKER = 'test-results/fixture-pwned.txt';
/** What to run when the fixture site is missing. */
export const FIXTURE_HINT = '先运行 `node scripts/build-fixtures.mjs`（npm test 会自动构建）。';
