/**
 * Every figure's named scenes: defined once next to the figure, valid against its options (as a
 * URL would be checked), at least three per figure, and each shows what its sentence claims —
 * checked on the model through the figure's view-model, never by reading text back.
 */
import { describe, expect, test } from 'vitest';
import { FIGURES } from '../../src/components/figures/registry.ts';
import { resolveParams } from '../../src/components/figures/frame/scenes.ts';
import { tlbDefinition } from '../../src/components/figures/tlb-flush/definition.ts';
import { tlbScenes } from '../../src/components/figures/tlb-flush/scenes.ts';
import { recordRuns, shownRuns, tlbStepView } from '../../src/components/figures/tlb-flush/view-model.ts';
import { memoryDefinition } from '../../src/components/figures/memory-layout/definition.ts';
import { memoryScenes } from '../../src/components/figures/memory-layout/scenes.ts';
import { memoryView, runMemory } from '../../src/components/figures/memory-layout/view-model.ts';
import { ipcDefinition } from '../../src/components/figures/ipc-compare/definition.ts';
import { ipcScenes } from '../../src/components/figures/ipc-compare/scenes.ts';
import {
  ipcRows,
  recordFigureTransfer,
  shownRows,
} from '../../src/components/figures/ipc-compare/view-model.ts';
import { contextSwitchDefinition } from '../../src/components/figures/context-switch/definition.ts';
import { contextSwitchScenes } from '../../src/components/figures/context-switch/scenes.ts';
import { contextSwitchView } from '../../src/components/figures/context-switch/view-model.ts';
import { taskCostDefinition } from '../../src/components/figures/task-cost/definition.ts';
import { taskCostScenes } from '../../src/components/figures/task-cost/scenes.ts';
import { figureCosts } from '../../src/components/figures/task-cost/view-model.ts';
import type { FigureDefinition, FigureScene } from '../../src/components/figures/frame/scenes.ts';
import type { FigureOption, OptionValues } from '../../src/components/figures/frame/options.ts';

/** A scene's option values, failing the test with the checker's message when invalid. */
function valuesOf<S extends Record<string, FigureOption<unknown>>>(
  definition: FigureDefinition<S>,
  scenes: readonly FigureScene[],
  id: string,
): OptionValues<S> {
  const scene = scenes.find((s) => s.id === id);
  if (!scene) throw new Error(`no scene ${id}`);
  const resolved = resolveParams(definition, scene.params);
  if (!resolved.ok) throw new Error(resolved.error);
  return resolved.value;
}

describe('every figure’s scenes', () => {
  test.each(FIGURES.map((f) => [f.id, f] as const))(
    '%s has at least three valid scenes with unique ids',
    (_, figure) => {
      expect(figure.scenes.length).toBeGreaterThanOrEqual(3);
      expect(new Set(figure.scenes.map((s) => s.id)).size).toBe(figure.scenes.length);
      for (const scene of figure.scenes) {
        expect(figure.validate(scene.params), scene.id).toBeNull();
        expect(scene.title.length).toBeGreaterThan(3);
        expect(scene.sentence).toMatch(/。$/);
      }
    },
  );

  test('a bad scene is refused with the figure, scene and parameter named', () => {
    expect(resolveParams(tlbDefinition, { step: '500' })).toMatchObject({ ok: false });
    expect(resolveParams(tlbDefinition, { entries: '6' })).toMatchObject({ ok: false });
    expect(resolveParams(tlbDefinition, { polcy: 'x' })).toEqual({
      ok: false,
      error: '未知的网址参数：polcy',
    });
  });
});

describe('TLB scenes show what they say', () => {
  const at = (id: string) => {
    const o = valuesOf(tlbDefinition, tlbScenes, id);
    const runs = recordRuns(o);
    const run = shownRuns(o, runs)[0]!.run;
    return { o, runs, events: run.events[o.step - 1]!, view: tlbStepView(o, runs, o.step) };
  };
  const owners = (v: ReturnType<typeof tlbStepView>) =>
    new Set(v.shown[0]!.cells.flatMap((c) => (c.entry ? [c.entry.owner] : [])));

  test('thread switch: a thread switch, nothing flushed, entries kept', () => {
    const { events, view } = at('thread-switch');
    expect(events.some((e) => e.type === 'switch' && e.kind === 'thread')).toBe(true);
    expect(events.some((e) => e.type === 'flush')).toBe(false);
    expect(owners(view).has(1)).toBe(true);
  });
  test('process switch without PCID: the user entries are flushed', () => {
    const { events, view } = at('process-switch');
    expect(events.some((e) => e.type === 'flush' && e.reason === 'cr3-write')).toBe(true);
    expect(owners(view).has(1)).toBe(false);
  });
  test('PCID: entries of both processes coexist after switching back', () => {
    const { events, view } = at('pcid-coexist');
    expect(events.some((e) => e.type === 'switch' && e.kind === 'process' && e.pcid)).toBe(true);
    expect(events.some((e) => e.type === 'flush')).toBe(false);
    expect([...owners(view)].filter((o) => o !== 'kernel').length).toBeGreaterThanOrEqual(2);
  });
  test('the 7th process: the ASIDs run out and one is reused with a flush', () => {
    const { events } = at('asid-reuse');
    expect(events.some((e) => e.type === 'flush' && e.reason === 'asid-reuse')).toBe(true);
  });
  test('compare: the last step, and the policies differ in misses', () => {
    const { o, view } = at('compare');
    expect(o.step).toBe(o.steps);
    const misses = view.shown.map((s) => s.metrics.misses);
    expect(new Set(misses).size).toBeGreaterThan(1);
  });
});

describe('memory-layout scenes show what they say', () => {
  const at = (id: string) => {
    const o = valuesOf(memoryDefinition, memoryScenes, id);
    const run = runMemory(o);
    const step = o.step === 'end' ? o.events.length : o.step;
    return { o, step, run, view: memoryView(run, step), prev: memoryView(run, step - 1) };
  };
  test('new thread: its stack and guard page appear', () => {
    const { view, prev } = at('thread-stack');
    const kinds = (v: typeof view) => v.tables[0]!.map((r) => r.kind);
    expect(kinds(view).filter((k) => k === 'thread-stack').length).toBe(
      kinds(prev).filter((k) => k === 'thread-stack').length + 1,
    );
    expect(kinds(view)).toContain('guard');
  });
  test('after fork: two processes and no frame copied', () => {
    const { view, prev } = at('fork-shared');
    expect(view.shown.length).toBe(2);
    expect(view.state.frames.filter((n) => n > 0).length).toBe(prev.state.frames.filter((n) => n > 0).length);
  });
  test('copy-on-write: writing one page copies exactly one page', () => {
    const { view, prev } = at('cow-one-page');
    expect(view.state.frames.filter((n) => n > 0).length).toBe(
      prev.state.frames.filter((n) => n > 0).length + 1,
    );
  });
  test('shared memory: a write copies nothing', () => {
    const { view, prev } = at('shm-write');
    expect(view.state.frames.filter((n) => n > 0).length).toBe(prev.state.frames.filter((n) => n > 0).length);
  });
});

describe('IPC scenes show what they say', () => {
  const at = (id: string) => {
    const o = valuesOf(ipcDefinition, ipcScenes, id);
    const rec = recordFigureTransfer(o);
    return { o, rec, upTo: rec.steps.slice(0, o.step).flat(), state: rec.states[o.step]! };
  };
  test('pipe: two copies, through the kernel and out of it', () => {
    const { upTo } = at('pipe-two-copies');
    const copies = upTo.filter((e) => e.kind === 'copy');
    expect(copies.map((e) => e.kind === 'copy' && e.to)).toEqual(['kernel', 'reader-user']);
  });
  test('pipe full: the writer is blocked', () => {
    expect(at('pipe-full').state.writerBlocked).toBe(true);
  });
  test('shared memory: written without a kernel copy', () => {
    const { upTo } = at('shm-zero-copy');
    expect(upTo.some((e) => e.kind === 'shm-write')).toBe(true);
    expect(upTo.some((e) => e.kind === 'copy')).toBe(false);
  });
  test('signal: sent, no data copied', () => {
    const { upTo } = at('signal-no-data');
    expect(upTo.some((e) => e.kind === 'signal-send')).toBe(true);
    expect(upTo.some((e) => e.kind === 'copy')).toBe(false);
  });
  test('table by latency: rows in ascending latency', () => {
    const o = valuesOf(ipcDefinition, ipcScenes, 'table-by-latency');
    const latencies = shownRows(o, ipcRows(o)).map((r) => r.cost.latencyNs);
    expect(latencies).toEqual([...latencies].sort((a, b) => a - b));
  });
});

describe('context-switch scenes show what they say', () => {
  const at = (id: string) => {
    const o = valuesOf(contextSwitchDefinition, contextSwitchScenes, id);
    return contextSwitchView(o, o.step);
  };
  test('process switch: CR3 changes at this step', () => expect(at('process-cr3').changed).toContain('cr3'));
  test('thread switch: CR3 does not change', () => expect(at('thread-no-cr3').changed).not.toContain('cr3'));
  test('system call: still in A’s context', () =>
    expect(at('syscall-same-context').current.cpu.cr3).toBe('A'));
  test('PCID: CR3 changes, the TLB keeps A’s entries beside B’s', () => {
    const v = at('pcid-switch');
    expect(v.changed).toContain('cr3');
    expect(v.current.cpu.tlb).toBe('A+B');
    expect(at('process-cr3').current.cpu.tlb).not.toBe('A+B');
  });
});

describe('task-cost scenes show what they say', () => {
  const costs = (id: string) => figureCosts(valuesOf(taskCostDefinition, taskCostScenes, id));
  const kind = (list: ReturnType<typeof figureCosts>, k: string) => list.find((c) => c.kind === k)!;
  test('100 tasks: all five fit', () => {
    expect(costs('hundred').every((c) => c.fitsRam && c.fitsAddressSpace)).toBe(true);
  });
  test('small stacks: threads reserve two orders of magnitude less', () => {
    const small = kind(costs('small-stacks'), 'thread').virtualBytes;
    const big = kind(figureCosts({ n: 1_000_000, stack: 8 * 2 ** 20 }), 'thread').virtualBytes;
    expect(big / small).toBeGreaterThanOrEqual(100);
  });
  test('ten million: processes and threads no longer fit, coroutines and async do', () => {
    const list = costs('ten-million');
    const fits = (k: string) => kind(list, k).fitsRam && kind(list, k).fitsAddressSpace;
    expect([fits('process'), fits('thread')]).toEqual([false, false]);
    expect(
      list
        .filter((c) => c.kind !== 'process' && c.kind !== 'thread')
        .every((c) => c.fitsRam && c.fitsAddressSpace),
    ).toBe(true);
  });
});
