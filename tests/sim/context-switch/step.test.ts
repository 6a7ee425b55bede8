import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  contextSwitchSteps,
  describeContextSwitch,
  initContextSwitch,
  stepContextSwitch,
  SWITCH_KINDS,
} from '../../../src/sim/context-switch/index.ts';
import {
  contextSwitchScenarioSchema,
  parseContextSwitchScenario,
} from '../../../src/sim/context-switch/schema.ts';

const init = (input: object) => initContextSwitch(contextSwitchScenarioSchema.parse(input));

describe('contextSwitchSteps', () => {
  test('a process switch writes CR3 and, without PCID, empties the user TLB', () => {
    const steps = contextSwitchSteps('process', false);
    const mm = steps.find((s) => s.id === 'switch-mm')!;
    expect(mm.cpu.cr3).toBe('B');
    expect(mm.cpu.tlb).toBe('B-empty');
    expect(steps.at(-1)!.cpu).toEqual({
      mode: 'user',
      task: 'B',
      registers: 'B',
      stack: 'B-user',
      cr3: 'B',
      tlb: 'B-empty',
    });
  });

  test('with PCID the process switch keeps both tagged sets', () => {
    expect(contextSwitchSteps('process', true).find((s) => s.id === 'switch-mm')!.cpu.tlb).toBe('A+B');
  });

  test('a thread switch skips the CR3 write and never changes the page-table root or TLB', () => {
    const steps = contextSwitchSteps('thread', false);
    expect(steps.find((s) => s.id === 'switch-mm')!.skipped).toBe('同一地址空间');
    expect(new Set(steps.map((s) => s.cpu.cr3))).toEqual(new Set(['A']));
    expect(new Set(steps.map((s) => s.cpu.tlb))).toEqual(new Set(['A']));
    expect(steps.at(-1)!.cpu.task).toBe('B');
  });

  test.each(['interrupt', 'syscall'] as const)(
    'a %s returns to the same task without touching CR3',
    (kind) => {
      const steps = contextSwitchSteps(kind, false);
      expect(steps.every((s) => s.cpu.task === 'A' && s.cpu.cr3 === 'A')).toBe(true);
      expect(steps.some((s) => s.cpu.mode === 'kernel')).toBe(true);
      expect(steps.at(-1)!.cpu).toEqual(steps[0]!.cpu);
    },
  );

  // Since 4.15 TSS.sp0 is the per-CPU entry stack (switch_to.h: "sp0 always points to the
  // entry trampoline stack, which is constant"); __switch_to writes cpu_current_top_of_stack.
  // Since 5.2 it leaves the FPU load to the return to user mode (TIF_NEED_FPU_LOAD).
  test.each(['process', 'thread'] as const)(
    "a %s switch moves cpu_current_top_of_stack, not TSS.sp0, and loads B's FPU state on the way out",
    (kind) => {
      const steps = contextSwitchSteps(kind, false);
      const all = steps.flatMap((s) => [s.detail, ...s.restores]).join('\n');
      expect(all).not.toMatch(/TSS\.sp0 ?←|TSS\.sp0 设成/);
      const st = steps.find((s) => s.id === 'switch-state')!;
      expect(st.restores).toContain('cpu_current_top_of_stack ← B 的内核栈顶');
      expect(st.restores.some((r) => r.includes('FPU'))).toBe(false);
      expect(steps.at(-1)!.restores[0]).toBe('B 的 FPU 状态');
      expect(steps[1]!.where).toContain('asm_sysvec_apic_timer_interrupt');
    },
  );

  test('all three layers of context appear in a process switch', () => {
    const layers = new Set(contextSwitchSteps('process', false).map((s) => s.layer));
    expect(layers).toEqual(new Set([null, 'user-level', 'register', 'system-level']));
  });
});

describe('stepContextSwitch', () => {
  test('next reports what changed: the CR3 step changes cr3 and tlb', () => {
    let s = init({ kind: 'process', step: 3 });
    const [s4, trace] = stepContextSwitch(s, { type: 'next' });
    expect(trace).toEqual({ step: 'switch-mm', changed: ['cr3', 'tlb'] });
    s = s4;
    expect(describeContextSwitch(s)).toMatch(/^进程切换 第 4\/7 步：切换页表：写 CR3。/);
  });

  test('stays within the steps and resets on a new kind', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SWITCH_KINDS),
        fc.array(fc.constantFrom('next', 'prev') as fc.Arbitrary<'next' | 'prev'>, { maxLength: 30 }),
        (kind, moves) => {
          let s = init({ kind });
          for (const m of moves) s = stepContextSwitch(s, { type: m })[0];
          const n = contextSwitchSteps(kind, false).length;
          expect(s.step).toBeGreaterThanOrEqual(0);
          expect(s.step).toBeLessThan(n);
          expect(JSON.parse(JSON.stringify(s))).toEqual(s);
          expect(stepContextSwitch(s, { type: 'kind', kind: 'syscall' })[0].step).toBe(0);
        },
      ),
    );
  });

  test('a step beyond the end is clamped', () => {
    expect(init({ kind: 'syscall', step: 40 }).step).toBe(4);
    expect(stepContextSwitch(init({}), { type: 'goto', step: 99 })[0].step).toBe(7);
  });

  test('bad input names the field', () => {
    const r = parseContextSwitchScenario({ kind: 'teleport', step: -1 }, 'URL');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.split(':')[0]).sort()).toEqual(['kind', 'step']);
  });
});
