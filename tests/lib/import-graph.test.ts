import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { directImports, importChain, staticImports } from './import-graph.ts';

describe('the static import graph (tests/lib/import-graph.ts)', () => {
  let dir = '';
  const at = (name: string) => join(dir, name);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-graph-'));
    mkdirSync(at('sub'));
    const files: Record<string, string> = {
      'entry.ts': [
        "import type { T } from './types-only.ts';",
        "export type { U } from './types-too.ts';",
        "export type * from './types-star.ts';",
        "import { a, type B } from './a.ts';",
        "export { c } from './sub/c.tsx';",
        "import './style.css';",
        "import { h } from 'preact';",
        "const lazy = () => import('./lazy.ts');",
        'export const x = [a, h, lazy];',
        'export type V = T | B;',
      ].join('\n'),
      'a.ts': "import { only } from './inline-types.ts';\nexport const a = 1;\nexport type B = typeof only;",
      'inline-types.ts': "import { type Z } from 'zod/mini';\nexport const only = 0 as unknown as Z;",
      'sub/c.tsx': "export * from '../d.ts';\nexport const c = 3;",
      'd.ts': "export * as z from 'zod';\nimport { a } from './a.ts';\nexport const d = a;",
      'types-only.ts': "import { z } from 'zod/mini';\nexport type T = typeof z;",
      'types-too.ts': "import 'never-loaded';\nexport type U = 1;",
      'types-star.ts': "import 'never-loaded-either';\nexport type W = 2;",
      'lazy.ts': "import 'loaded-on-demand';\nexport const l = 1;",
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(at(name), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('a file’s direct imports: relative ones resolved, bare ones as written, type-only ones skipped', () => {
    expect(directImports(at('entry.ts'))).toEqual([at('a.ts'), at('sub/c.tsx'), at('style.css'), 'preact']);
  });

  test('the walk follows .ts and .tsx files, re-exports and imports of inline types only, not import()', () => {
    expect([...staticImports(at('entry.ts'))].sort()).toEqual(
      [
        at('a.ts'),
        at('inline-types.ts'),
        at('sub/c.tsx'),
        at('d.ts'),
        at('style.css'),
        'preact',
        'zod',
        'zod/mini', // `import { type Z }` still loads the module under verbatimModuleSyntax
      ].sort(),
    );
  });

  test('a chain names how an import is reached, shortest first; null when it is not', () => {
    expect(importChain(at('entry.ts'), (t) => t === 'zod')).toEqual([
      at('entry.ts'),
      at('sub/c.tsx'),
      at('d.ts'),
      'zod',
    ]);
    expect(importChain(at('entry.ts'), (t) => t === 'never-loaded')).toBeNull();
    expect(importChain(at('d.ts'), (t) => t === 'zod/mini')).toEqual([
      at('d.ts'),
      at('a.ts'),
      at('inline-types.ts'),
      'zod/mini',
    ]);
  });
});
