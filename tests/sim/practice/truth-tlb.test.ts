/**
 * Kinds 3 and 4 against other means: the access trace and schedule the question shows, replayed
 * through a small LRU TLB written here from the rules the question states (sets by VPN, LRU,
 * flush on CR3 without PCID, tags with PCID, tags handed out in turn). The generator's answers come
 * from the simulator's scheduler, event stream and machine; this replay shares none of that code.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { generateProblem, type Level, type Problem } from '../../../src/sim/practice/index.ts';
import { tlbTraceProblem } from '../../../src/sim/practice/kinds/tlb-trace.ts';
import type { SwitchPolicy } from '../../../src/sim/tlb/index.ts';
import { tlbScenarioSchema } from '../../../src/sim/tlb/schema.ts';

/** A set-associative LRU TLB of (page, tag) entries; each set is ordered least recent first. */
class ReferenceTlb {
  private readonly sets: { vpn: number; tag: number }[][];
  constructor(
    entries: number,
    private readonly ways: number,
  ) {
    this.sets = Array.from({ length: entries / ways }, () => []);
  }
  /** Looks up and, on a miss, fills (evicting the least recently used). Returns true on a hit. */
  access(vpn: number, tag: number): boolean {
    const set = this.sets[vpn % this.sets.length]!;
    const i = set.findIndex((e) => e.vpn === vpn && e.tag === tag);
    if (i >= 0) {
      set.push(set.splice(i, 1)[0]!);
      return true;
    }
    if (set.length === this.ways) set.shift();
    set.push({ vpn, tag });
    return false;
  }
  flush(tag?: number): number {
    let n = 0;
    for (const set of this.sets) {
      for (let i = set.length - 1; i >= 0; i--) {
        if (tag === undefined || set[i]!.tag === tag) {
          set.splice(i, 1);
          n++;
        }
      }
    }
    return n;
  }
  get size(): number {
    return this.sets.reduce((s, set) => s + set.length, 0);
  }
}

const seeds = fc.integer({ min: 0, max: 2 ** 32 - 1 });
const levels = fc.constantFrom<Level>(1, 2, 3);

/** Replays the question's access table under one policy: two tasks, thread 1 → 2 → 1. */
function replayTrace(problem: Problem, entries: number, ways: number, policy: SwitchPolicy): string {
  const rows = (problem.question[1] as { rows: string[][] }).rows;
  const tlb = new ReferenceTlb(entries, ways);
  let prev = 0;
  return rows
    .map(([, tid, , vpnHex]) => {
      const t = Number(tid);
      if (prev !== 0 && t !== prev && policy === 'process-switch') tlb.flush();
      prev = t;
      // threads share one address space; without PCID there are no tags (the flush does the work)
      const tag = policy === 'process-switch-pcid' ? t : 0;
      return tlb.access(parseInt(vpnHex!, 16), tag) ? 'H' : 'M';
    })
    .join('');
}

describe('kind 3, tlb-trace', () => {
  test('hit or miss equals a replay of the shown trace through a reference LRU TLB', () => {
    const arb = fc.record({
      entries: fc.constantFrom(2, 4, 8),
      ways: fc.constantFrom<number | 'full'>(1, 2, 'full'),
      slice: fc.integer({ min: 1, max: 6 }),
      pages: fc.integer({ min: 1, max: 6 }),
      same: fc.boolean(),
      kind: fc.constantFrom('random', 'sequential', 'working-set'),
      seed: seeds,
    });
    fc.assert(
      fc.property(arb, (r) => {
        const sc = tlbScenarioSchema.parse({
          tasks: 2,
          timeSlice: r.slice,
          accesses: 3 * r.slice,
          tlb: { entries: r.entries, ways: r.ways },
          trace: { kind: r.kind, pages: r.pages, sameAddresses: r.same },
          seed: r.seed,
        });
        const problem = tlbTraceProblem(sc, { seed: r.seed, level: 1 });
        const ways = r.ways === 'full' ? r.entries : r.ways;
        const first = problem.parts.find((p) => p.id === 'first')!;
        for (const policy of ['thread-switch', 'process-switch', 'process-switch-pcid'] as const) {
          const all = replayTrace(problem, r.entries, ways, policy);
          expect(first.answer, policy).toBe(all.slice(0, r.slice));
          expect(problem.parts.find((p) => p.id === policy)!.answer, policy).toBe(all.slice(r.slice));
        }
      }),
      { numRuns: 300 },
    );
  });

  test('generated problems replay the same (geometry read from the question)', () => {
    fc.assert(
      fc.property(seeds, levels, (seed, level) => {
        const problem = generateProblem('tlb-trace', seed, { level });
        const text = (problem.question[0] as { text: string }).text;
        const entries = Number(/(\d+) 个条目/.exec(text)![1]);
        const ways = text.includes('全相联') ? entries : Number(/(\d+) 路组相联/.exec(text)![1]);
        const k = problem.parts[0]!.answer.length;
        for (const policy of ['thread-switch', 'process-switch', 'process-switch-pcid'] as const) {
          expect(problem.parts.find((p) => p.id === policy)!.answer).toBe(
            replayTrace(problem, entries, ways, policy).slice(k),
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('kind 3, tlb-trace: every level-2 trace tells the three switches apart (issue 20)', () => {
  const answersOf = (problem: Problem) =>
    (['thread-switch', 'process-switch', 'process-switch-pcid'] as const).map(
      (id) => problem.parts.find((p) => p.id === id)!.answer,
    );

  test('level 2: thread switch, process switch and PCID give three different answers, for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        expect(new Set(answersOf(generateProblem('tlb-trace', seed, { level: 2 }))).size).toBe(3);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  test('the first 250 seeds at level 2 all differ (42 of them gave one answer before), level 3 never all alike', () => {
    for (let seed = 0; seed < 250; seed++) {
      expect(new Set(answersOf(generateProblem('tlb-trace', seed, { level: 2 }))).size, `seed ${seed}`).toBe(
        3,
      );
      expect(
        new Set(answersOf(generateProblem('tlb-trace', seed, { level: 3 }))).size,
        `seed ${seed}`,
      ).toBeGreaterThan(1);
    }
  }, 60_000);
});

describe('kind 4, switch-cr3', () => {
  test('each switch and the entries left equal a replay of the shown schedule with Linux rules', () => {
    fc.assert(
      fc.property(seeds, levels, (seed, level) => {
        const problem = generateProblem('switch-cr3', seed, { level });
        const text = (problem.question[0] as { text: string }).text;
        const entries = Number(/TLB 有 (\d+) 个条目/.exec(text)![1]);
        const pcid = !text.includes('没有 PCID');
        const asids = pcid ? Number(/只有 (\d+) 个标签/.exec(text)![1]) : 0;
        const rows = (problem.question[1] as { rows: string[][] }).rows;
        const tlb = new ReferenceTlb(entries, entries);
        // Tags in turn: the first process holds tag 0, the next new address space takes the next tag.
        const owner = new Array<number>(asids).fill(-1);
        let next = pcid ? 1 % asids : 0;
        let tag = 0;
        if (pcid) owner[0] = Number(rows[0]![2]);
        rows.forEach(([, , pid, pages], j) => {
          const p = Number(pid);
          if (j > 0) {
            const prev = Number(rows[j - 1]![2]);
            let action = 'none';
            if (p !== prev && !pcid) {
              tlb.flush();
              action = 'flush-all';
            } else if (p !== prev) {
              action = 'keep';
              tag = owner.indexOf(p);
              if (tag < 0) {
                tag = next;
                next = (next + 1) % asids;
                if (owner[tag] !== -1) {
                  tlb.flush(tag);
                  action = 'flush-tag';
                }
                owner[tag] = p;
              }
            }
            expect(problem.parts.find((x) => x.id === `s${j}-action`)!.answer).toBe(action);
            expect(problem.parts.find((x) => x.id === `s${j}-left`)!.answer).toBe(String(tlb.size));
          }
          for (const page of pages!.split('、')) tlb.access(parseInt(page, 16), tag);
        });
      }),
      { numRuns: 200 },
    );
  });
});
