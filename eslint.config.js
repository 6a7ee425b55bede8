// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-base/',
      'dist-fixtures/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'public/',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // src/sim is shared by Node, the browser and the build: keep it pure.
    files: ['src/sim/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded generator in src/sim/rng.ts.' },
        {
          object: 'Date',
          property: 'now',
          message: 'The simulator has no wall clock; pass time in the event.',
        },
      ],
      'no-restricted-imports': [
        'error',
        { patterns: ['preact', 'preact/*', '@preact/*', 'astro', 'astro:*', 'astro/*'] },
      ],
    },
  },
);
