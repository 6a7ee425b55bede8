import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

/**
 * Three projects, run in this order by `npm test`:
 * unit (pure code and components), site (checks on the built dist/), browser (Chromium).
 */
export default defineConfig({
  plugins: [preact()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/site/**', 'tests/browser/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          // Each test walks a whole built site (every page of dist/, dist-base/, dist-fixtures/):
          // seconds alone, more on a loaded 2-core machine; the default 5 s failed under load.
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
