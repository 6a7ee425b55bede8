import { describe, expect, test } from 'vitest';
import {
  compareSwitchPolicies,
  describeTlbState,
  describeTlbStep,
  initTlbSim,
  listTlbEntries,
  recordTlbRun,
  runTlbSim,
  stepTlbSim,
  summarizeTlbMetrics,
  traceTlbSim,
} from '../../../src/sim/tlb/index.ts';
import { parseTlbScenario, tlbScenarioSchema } from '../../../src/sim/tlb/schema.ts';
import twoProcesses from '../../../src/sim/tlb/scenarios/two-processes.json' with { type: 'json' };
import sevenPcid from '../../../src/sim/tlb/scenarios/seven-processes-pcid.json' with { type: 'json' };
import syscallsRandom from '../../../src/sim/tlb/scenarios/syscalls-random.json' with { type: 'json' };

describe('compareSwitchPolicies', () => {
  test('two tasks scanning 16 pages each: walks worked out by hand', () => {
    // Each page takes 4096 / 256 = 16 accesses; a 64-access slice covers 4 pages.
    // 4096 accesses = 64 slices, 63 switches. The two working sets (32 pages) fit in 64 entries.
    // Threads: only the first touch of each of the 32 pages misses → 32 walks, 128 references.
    // Processes without PCID: every slice starts on an empty TLB → 4 misses × 64 slices = 256 walks.
    // Processes with PCID: two tags, nothing flushed → 32 walks, like threads.
    const sc = parseTlbScenario(twoProcesses, 'two-processes.json');
    if (!sc.ok) throw sc.error;
    const [thread, proc, pcid] = compareSwitchPolicies(sc.value);
    expect(thread!.metrics.walks).toBe(32);
    expect(thread!.metrics.walkRefs).toBe(128);
    expect(proc!.metrics.walks).toBe(256);
    expect(proc!.metrics.flushes).toBe(63);
    expect(pcid!.metrics.walks).toBe(32);
    expect(pcid!.metrics.flushes).toBe(0);
    expect(thread!.metrics.threadSwitches).toBe(63);
    expect(proc!.metrics.processSwitches).toBe(63);
    // Hit rates: (4096 − 32) / 4096 and (4096 − 256) / 4096.
    expect(thread!.summary.hitRate).toBe(4064 / 4096);
    expect(proc!.summary.hitRate).toBe(3840 / 4096);
  });

  test('seven processes share six tags round robin: after the first five switches every switch flushes', () => {
    // 8192 / 64 = 128 slices, 127 switches. Processes 2–6 take the free tags 2–6 (process 1 has tag 1);
    // from process 7 on, each switch takes the oldest tag, so 127 − 5 = 122 flushes.
    const sc = tlbScenarioSchema.parse(sevenPcid);
    const end = runTlbSim(initTlbSim(sc), sc.accesses);
    expect(end.metrics.flushes).toBe(122);
    expect(end.metrics.processSwitches).toBe(127);
  });

  test('system calls and interrupts never write CR3 or flush', () => {
    const sc = tlbScenarioSchema.parse({ ...syscallsRandom, policy: 'thread-switch' });
    const end = runTlbSim(initTlbSim(sc), sc.accesses);
    // 20,000 accesses, one interrupt per 1,000 accesses while in user mode.
    expect(end.metrics.interrupts).toBeGreaterThan(0);
    expect(end.metrics.syscalls).toBeGreaterThan(0);
    expect(end.metrics.cr3Writes).toBe(0);
    expect(end.metrics.flushes).toBe(0);
    expect(end.metrics.kernelAccesses).toBe(
      (end.metrics.syscalls + end.metrics.interrupts) * sc.kernelAccesses,
    );
  });
});

describe('stepTlbSim', () => {
  test('the first access misses, walks four levels and fills; the next one in the page hits', () => {
    const s0 = initTlbSim(tlbScenarioSchema.parse({}));
    const [s1, e1] = stepTlbSim(s0);
    expect(e1.map((e) => e.type)).toEqual(['miss', 'walk', 'fill']);
    expect(e1[1]).toMatchObject({ type: 'walk', refs: 4 });
    const [s2, e2] = stepTlbSim(s1);
    expect(e2.map((e) => e.type)).toEqual(['hit']);
    expect(s2.metrics).toMatchObject({ accesses: 2, hits: 1, misses: 1, walkRefs: 4 });
    expect(describeTlbStep(e1)).toContain('遍历四级页表');
    expect(describeTlbState(s2)).toContain('第 2 次访问之后');
  });

  test('the step path and the fast path end in the same state', () => {
    const sc = tlbScenarioSchema.parse(syscallsRandom);
    let s = initTlbSim(sc);
    for (let i = 0; i < 1500; i++) s = stepTlbSim(s)[0];
    expect(runTlbSim(initTlbSim(sc), 1500)).toEqual(s);
  });

  test('a process switch without PCID is announced, then flushed', () => {
    const sc = tlbScenarioSchema.parse({ timeSlice: 3 });
    const [, events] = traceTlbSim(initTlbSim(sc), 4);
    const types = events.map((e) => e.type);
    expect(types.slice(types.indexOf('switch'), types.indexOf('switch') + 2)).toEqual(['switch', 'flush']);
  });

  test.each([
    ['process-switch', { timeSlice: 16 }],
    ['process-switch-pcid', { ...sevenPcid, timeSlice: 4 }],
  ])('each %s flush lists exactly the slots it emptied', (_, raw) => {
    const run = recordTlbRun(initTlbSim(tlbScenarioSchema.parse(raw)), 400);
    let flushes = 0;
    run.events.forEach((step, k) => {
      for (const e of step) {
        if (e.type !== 'flush') continue;
        flushes++;
        const before = run.states[k]!.tlb;
        const expected = listTlbEntries(before)
          .filter((x) => !x.global && (e.asid < 0 || x.asid === e.asid))
          .map((x) => x.slot);
        expect([...e.slots].sort((a, b) => a - b)).toEqual(expected);
      }
    });
    expect(flushes).toBeGreaterThan(0);
  });

  test('costs are derived from the counters with the cited table', () => {
    const sc = tlbScenarioSchema.parse(twoProcesses);
    const m = runTlbSim(initTlbSim(sc), sc.accesses).metrics;
    const s = summarizeTlbMetrics(m);
    // 4096 accesses × 5 ns + 1024 references × 16.25 ns + 63 switches × 2700 ns.
    expect(s.totalNs).toBe(4096 * 5 + 1024 * 16.25 + 63 * 2700);
    expect(s.cycles).toBe(Math.round(s.totalNs * 3));
  });
});

describe('parseTlbScenario', () => {
  test('names the wrong field', () => {
    const r = parseTlbScenario({ tlb: { entries: 6, ways: 4 }, trace: { kind: 'zigzag' } }, 'URL');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.issues.some((i) => i.startsWith('tlb.ways:'))).toBe(true);
      expect(r.error.issues.some((i) => i.startsWith('trace.kind:'))).toBe(true);
    }
  });

  test('every example scenario is valid and survives a JSON round trip', () => {
    for (const raw of [twoProcesses, sevenPcid, syscallsRandom]) {
      const sc = tlbScenarioSchema.parse(raw);
      expect(tlbScenarioSchema.parse(JSON.parse(JSON.stringify(sc)))).toEqual(sc);
    }
  });
});
