/**
 * Figure pages must not download zod (issue 10: ≤ 35 KiB gzip of JavaScript per figure page beyond
 * the book shell; zod/mini alone is 7.8 KiB). Whatever the figures import from the simulator is
 * walked through its static imports (tests/lib/import-graph.ts), and none may reach zod: the
 * schemas live in their own modules (schema.ts, tokens-schema.ts, src/sim/scenario.ts), for the
 * CLI, the tests and outside input only. The practice islands likewise: their generators fill the
 * scenarios they draw without zod (tests/sim/practice/scenarios.test.ts checks them against the schemas).
 */
import { describe, expect, test } from 'vitest';
import { globSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { directImports, importChain } from '../lib/import-graph.ts';

const root = resolve(import.meta.dirname, '../..');
const sim = join(root, 'src/sim');
const isZod = (target: string): boolean => target === 'zod' || target.startsWith('zod/');
const shown = (chain: readonly string[]): string =>
  chain.map((f) => (f.startsWith('/') ? relative(root, f) : f)).join(' → ');

/** The chain from `file` to zod, or '' when there is none. */
const zodChain = (file: string): string => {
  const chain = importChain(file, isZod);
  return chain ? shown(chain) : '';
};

/**
 * The simulator modules the figures' own files load statically (the zod checks of the figure
 * options, `frame/checks.ts`, are loaded on demand and left out).
 */
function simModulesOfFigures(): Map<string, string> {
  const modules = new Map<string, string>();
  for (const file of globSync('src/components/figures/*/*.{ts,tsx}', { cwd: root })) {
    if (file.endsWith('/frame/checks.ts')) continue;
    for (const target of directImports(join(root, file)))
      if (target.startsWith(`${sim}/`) && !modules.has(target)) modules.set(target, file);
  }
  return modules;
}

describe('figure pages must not download zod', () => {
  const figureModules = simModulesOfFigures();

  // The islands as Astro hydrates them, with the frame, the options and the view-models: zod is
  // only behind the dynamic import in frame/options.ts, taken when a value is refused.
  test.each(
    globSync('src/components/figures/*/[A-Z]*.tsx', { cwd: root }).filter((f) => !f.includes('/frame/')),
  )('the island %s does not reach zod', (island) => {
    expect(zodChain(join(root, island))).toBe('');
  });

  test('the figure options still word refusals with zod (frame/checks.ts reaches it)', () => {
    expect(zodChain(join(root, 'src/components/figures/frame/checks.ts'))).not.toBe('');
  });

  test('the figures’ islands and view-models import simulator modules (the walk found them)', () => {
    const models = new Set([...figureModules.keys()].map((f) => relative(sim, f).split('/')[0]));
    expect([...models].sort()).toEqual(
      expect.arrayContaining(['address-space', 'context-switch', 'ipc', 'tasks', 'tlb']),
    );
  });

  test.each([...figureModules].map(([module, by]) => [relative(root, module), by]))(
    '%s (imported by %s) does not reach zod',
    (module) => {
      expect(zodChain(join(root, module))).toBe('');
    },
  );

  // What the figure options use instead of the schemas: defaults, the geometry rule, the token reader.
  test.each([
    'src/sim/scenario-error.ts', // ScenarioError, Parsed, SEED_MAX
    'src/sim/seed.ts', // isSeed, parseSeed, SEED_RANGE
    'src/sim/tlb/model.ts', // tlbScenarioWith, TLB_SCENARIO_DEFAULTS, tlbGeometryProblem, SWITCH_POLICIES
    'src/sim/tasks/defaults.ts', // tasksScenarioWith, MAX_TASKS
    'src/sim/address-space/config.ts', // configWith
    'src/sim/address-space/tokens.ts', // readTokens, tokensSchemaOf (zod passed in)
    'src/sim/context-switch/model.ts', // SWITCH_KINDS
    'src/sim/ipc/mechanisms.ts', // MECHANISM_IDS
  ])('%s does not reach zod', (module) => {
    expect(zodChain(join(root, module))).toBe('');
  });

  test('the walk does see zod where it is: the schemas and the index files that re-export them', () => {
    for (const module of [
      'src/sim/scenario.ts',
      'src/sim/tlb/schema.ts',
      'src/sim/tlb/index.ts',
      'src/sim/tasks/schema.ts',
      'src/sim/address-space/tokens-schema.ts',
      'src/sim/context-switch/index.ts',
      'src/sim/ipc/index.ts',
    ])
      expect(zodChain(join(root, module)), module).not.toBe('');
  });
});

/**
 * The practice islands: every component an `.astro` file under src/ hydrates (`<X client:…>`) that
 * it imports from src/components/practice/ — one island per kind (Practice.astro) and the sheet
 * (src/pages/practice/sheet.astro).
 */
function practiceIslands(): string[] {
  const practice = join(root, 'src/components/practice');
  const islands = new Set<string>();
  for (const file of globSync('src/**/*.astro', { cwd: root })) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, name, spec] of text.matchAll(/^import\s+(\w+)\s+from\s+'([^']+\.tsx)';/gm)) {
      const target = resolve(dirname(join(root, file)), spec!);
      if (target.startsWith(`${practice}/`) && new RegExp(`<${name}\\s+client:`).test(text))
        islands.add(target);
    }
  }
  return [...islands].map((f) => relative(root, f)).sort();
}

describe('practice pages must not download zod', () => {
  const islands = practiceIslands();

  test('the walk found every kind’s island and the sheet', () => {
    expect(islands).toEqual(
      expect.arrayContaining([
        'src/components/practice/PracticeSheet.tsx',
        'src/components/practice/islands/IpcCostPractice.tsx',
        'src/components/practice/islands/LinearTranslatePractice.tsx',
        'src/components/practice/islands/SwitchCr3Practice.tsx',
        'src/components/practice/islands/SwitchStepsPractice.tsx',
        'src/components/practice/islands/TaskStacksPractice.tsx',
        'src/components/practice/islands/TlbTracePractice.tsx',
        'src/components/practice/islands/X86SplitPractice.tsx',
      ]),
    );
  });

  test.each(islands)('%s does not reach zod', (island) => {
    expect(zodChain(join(root, island))).toBe('');
  });
});
