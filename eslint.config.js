// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

/**
 * zod is for input from outside (scenario files and the CLI, front matter, the words of a refused
 * figure value) and is imported only by files whose name says so: `schema.ts`, `*-schema.ts`.
 * A type-only import loads nothing and is allowed.
 */
const zodOnlyInSchemas = {
  group: ['zod', 'zod/*', 'astro/zod'],
  allowTypeImports: true,
  message: 'zod 只在名为 schema.ts 或 *-schema.ts 的文件中导入（见 eslint.config.js）。',
};
/**
 * The code an island can be bundled from imports no schema or CLI module (and so no zod) statically:
 * figure and practice pages stay within their JavaScript budget (≤ 35 KiB gzip beyond the shell;
 * zod/mini alone is 7.8 KiB). Schemas are loaded by the CLI, by other schemas, by build-time code,
 * or on demand with `import()` (frame/options.ts words a refused value that way).
 */
const noSchemasInIslands = {
  regex: '(^|/)(([\\w-]+-)?schema|cli(-[\\w-]+)?)\\.ts$',
  allowTypeImports: true,
  message:
    '岛屿可打包的代码不静态导入 schema 或 CLI 模块（会带上 zod）：用模型的 index.ts，或在需要时用 import()。',
};

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
      // `import { type A } from 'x'` still loads x under verbatimModuleSyntax: write `import type`,
      // so a type-only import (allowed for zod and schemas below) really loads nothing.
      '@typescript-eslint/no-import-type-side-effects': 'error',
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
  {
    files: ['src/**/*.{ts,tsx,mjs,js,astro}', 'scripts/**/*.{ts,mjs,js}'],
    ignores: ['**/*schema.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [zodOnlyInSchemas] }] },
  },
  {
    // What islands are built from: the components' scripts, the simulator, the shared helpers, the
    // Markdown core and search. The CLI files and the schemas themselves may load schemas.
    files: [
      'src/components/**/*.{ts,tsx}',
      'src/sim/**/*.ts',
      'src/lib/**/*.{ts,mjs,js}',
      'src/markdown/**/*.ts',
      'src/search/**/*.ts',
    ],
    ignores: ['**/*schema.ts', 'src/sim/**/cli.ts', 'src/sim/cli-*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [zodOnlyInSchemas, noSchemasInIslands] },
      ],
    },
  },
);
