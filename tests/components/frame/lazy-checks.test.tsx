// @vitest-environment happy-dom
/**
 * A figure page does not download zod: each option has a small reader that accepts or refuses a
 * value, and zod (frame/options-schema.ts) is loaded only to word a refusal. These tests check the browser
 * path (a refusal shows a short notice, then the checks' words) and that the readers and the zod
 * rules agree on every value, for every figure, so the two can never drift apart.
 */
import { afterEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cleanup, render, waitFor } from '@testing-library/preact';
import TlbFlush from '../../../src/components/figures/tlb-flush/TlbFlush.tsx';
import {
  PENDING,
  loadChecks,
  type FigureOption,
  type FigureOptions,
} from '../../../src/components/figures/frame/options.ts';
import { checkProps, checkUrl } from '../../../src/components/figures/frame/options-schema.ts';
import { contextSwitchDefinition } from '../../../src/components/figures/context-switch/definition.ts';
import { ipcDefinition } from '../../../src/components/figures/ipc-compare/definition.ts';
import { memoryDefinition } from '../../../src/components/figures/memory-layout/definition.ts';
import { taskCostDefinition } from '../../../src/components/figures/task-cost/definition.ts';
import { tlbDefinition } from '../../../src/components/figures/tlb-flush/definition.ts';
import { tlbOptions } from '../../../src/components/figures/tlb-flush/options.ts';

afterEach(cleanup);

describe('in a browser, zod loads only when a value is refused', () => {
  // This file's module graph has not loaded the checks: the order of these two tests matters.
  test('a refused prop is pending until the checks load, then worded', async () => {
    const refused = tlbOptions.parseProps({ seed: -1 });
    expect(refused).toEqual({ ok: false, error: PENDING, pending: true });
    // Accepted values need no checks at all.
    expect(tlbOptions.parseProps({ seed: 3, policy: 'thread-switch' })).toEqual({
      ok: true,
      value: { seed: 3, policy: 'thread-switch' },
    });
    expect(tlbOptions.parseUrl({ seed: '3', compare: '1' })).toEqual({
      ok: true,
      value: { seed: 3, compare: true },
    });
    expect(tlbOptions.parseUrl({ seed: 'x' })).toMatchObject({ ok: false, pending: true });
  });

  test('the island shows the notice, then the field and the rule, in its error box', async () => {
    render(<TlbFlush seed={-1} />);
    const alert = () => document.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert()).toContain(PENDING);
    await waitFor(() => expect(alert()).toContain('seed: 种子必须是 0 到 4294967295 之间的整数'));
    await loadChecks();
    expect(tlbOptions.parseProps({ seed: -1 })).toMatchObject({
      ok: false,
      error: expect.stringContaining('seed'),
    });
  });
});

/** A figure's options, whichever figure. */
type AnyOptions = FigureOptions<Record<string, FigureOption<unknown>>>;

const DEFINITIONS = [
  memoryDefinition,
  contextSwitchDefinition,
  tlbDefinition,
  ipcDefinition,
  taskCostDefinition,
] as const;

/** Values near each option's rules: its default, valid words, bounds and their neighbours, junk. */
function valuesFor(schema: AnyOptions) {
  const words = new Set<string>(['', 'end', 'full', '0', '1', '-1', '1.5', '007', '1e3', ' 1', 'true', 'x']);
  const numbers = new Set<number>([
    0,
    1,
    -1,
    0.5,
    4,
    64,
    65,
    96,
    400,
    401,
    2 ** 32 - 1,
    2 ** 32,
    2 ** 53,
    NaN,
  ]);
  for (const o of Object.values(schema.options)) {
    words.add(o.format(o.default));
    if (typeof o.default === 'number') for (const d of [-1, 0, 1]) numbers.add(o.default + d);
  }
  for (const p of schema.params) words.add(p.default);
  // Enum words and token texts, valid or one letter off.
  for (const w of [...words]) if (w.length > 2) words.add(`${w}x`).add(w.slice(0, -1));
  for (const w of ['m1000,f1000', 'm1000.1001', 'z1000', 'm1000,,f1000', 'm12345678', 'semaphore', 'spin'])
    words.add(w);
  return { words: [...words], numbers: [...numbers] };
}

describe.each(DEFINITIONS.map((d) => [d.id, d.schema as unknown as AnyOptions] as const))(
  '%s: the readers and the zod rules agree',
  (_, schema) => {
    const { words, numbers } = valuesFor(schema);
    const value = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...numbers),
      fc.boolean(),
      fc.integer({ min: -5, max: 20_000_000 }),
      fc.string({ maxLength: 8 }),
      fc.constant(null),
      fc.array(fc.integer(), { maxLength: 2 }),
    );
    const propNames = [...Object.keys(schema.options), 'title', 'thumbnail', 'sead', 'children'];
    const urlKeys = [...schema.params.map((p) => p.name), 'utm', 'fig'];

    test('MDX props: accepted by one iff by the other, with the same values', async () => {
      await loadChecks();
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...propNames), value, { maxKeys: 4 }), (props) => {
          const quick = schema.parseProps(props);
          const zod = checkProps(schema.options, props);
          expect(quick.ok, JSON.stringify(props)).toBe(zod.ok);
          if (quick.ok && zod.ok) expect(quick.value).toEqual(zod.value);
        }),
        { numRuns: 800 },
      );
    });

    test('URL parameters: accepted by one iff by the other, with the same values', async () => {
      await loadChecks();
      const text = fc.oneof(fc.constantFrom(...words), fc.integer().map(String), fc.string({ maxLength: 8 }));
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom(...urlKeys), text, { maxKeys: 4 }), (params) => {
          const quick = schema.parseUrl(params);
          const zod = checkUrl(schema.options, params);
          expect(quick.ok, JSON.stringify(params)).toBe(zod.ok);
          if (quick.ok && zod.ok) expect(quick.value).toEqual(zod.value);
          if (!quick.ok && !zod.ok) expect(quick.error).toBe(zod.error);
        }),
        { numRuns: 800 },
      );
    });
  },
);
