import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { initTlbSim, runTlbSim, stepTlbSim, traceTlbSim } from '../../../src/sim/tlb/index.ts';
import type { TlbSimState } from '../../../src/sim/tlb/index.ts';
import { walkPageTable } from '../../../src/sim/mmu/index.ts';
import { virtAddr } from '../../../src/sim/units.ts';
import { arbScenario } from './arbitraries.ts';

const steps = fc.integer({ min: 1, max: 300 });

/** Root of the running task's page table. */
const rootOf = (s: TlbSimState, tid: number) => s.tasks[tid - 1]!.root;

describe('TLB simulation properties', () => {
  test('a TLB hit gives the same frame as a page walk of the running address space', () => {
    // With sameAddresses, two processes map the same address to different frames,
    // so a hit on another address space's entry would show up here as a wrong frame.
    fc.assert(
      fc.property(arbScenario(), steps, (sc, n) => {
        const [end, events] = traceTlbSim(initTlbSim(sc), n);
        for (const e of events) {
          if (e.type === 'hit') {
            expect(walkPageTable(end.mem, rootOf(end, e.tid), virtAddr(e.va)).pfn).toBe(e.pfn);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test('without tags no entry of another address space is ever used', () => {
    fc.assert(
      fc.property(arbScenario(['process-switch']), steps, (sc0, n) => {
        const sc = { ...sc0, trace: { ...sc0.trace, sameAddresses: true } };
        const [end, events] = traceTlbSim(initTlbSim(sc), n);
        for (const e of events) {
          if (e.type === 'hit' && !e.global) {
            expect(walkPageTable(end.mem, rootOf(end, e.tid), virtAddr(e.va)).pfn).toBe(e.pfn);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test('after a process switch without tags the TLB holds no user entries', () => {
    fc.assert(
      fc.property(arbScenario(['process-switch']), steps, (sc, n) => {
        let s = initTlbSim(sc);
        for (let i = 0; i < n; i++) {
          const [next, events] = stepTlbSim(s);
          const flush = events.findIndex((e) => e.type === 'flush');
          if (flush >= 0) {
            // Only what this step filled after the flush may be a user entry.
            const filled = events.slice(flush).filter((e) => e.type === 'fill' && !e.global).length;
            const user = next.tlb.valid.filter((v, k) => v === 1 && next.tlb.global[k] === 0).length;
            expect(user).toBeLessThanOrEqual(filled);
          }
          s = next;
        }
      }),
      { numRuns: 80 },
    );
  });

  test('the same seed gives the same event log, and the fast path agrees with it', () => {
    fc.assert(
      fc.property(arbScenario(), steps, (sc, n) => {
        const a = traceTlbSim(initTlbSim(sc), n);
        const b = traceTlbSim(initTlbSim(sc), n);
        expect(a).toEqual(b);
        expect(runTlbSim(initTlbSim(sc), n)).toEqual(a[0]);
      }),
      { numRuns: 100 },
    );
  });

  test('with wide sets the indexed fast path picks the same slots as the scanning step path', () => {
    fc.assert(
      fc.property(arbScenario(), fc.constantFrom(16, 32, 48), steps, (sc0, entries, n) => {
        const sc = { ...sc0, tlb: { ...sc0.tlb, entries, ways: 'full' as const } };
        expect(runTlbSim(initTlbSim(sc), n * 3)).toEqual(traceTlbSim(initTlbSim(sc), n * 3)[0]);
      }),
      { numRuns: 100 },
    );
  });

  test('every state survives a JSON round trip and runs on identically', () => {
    fc.assert(
      fc.property(arbScenario(), steps, steps, (sc, n, m) => {
        const mid = runTlbSim(initTlbSim(sc), n);
        const copy = JSON.parse(JSON.stringify(mid)) as TlbSimState;
        expect(copy).toEqual(mid);
        expect(traceTlbSim(copy, m)).toEqual(traceTlbSim(mid, m));
      }),
      { numRuns: 100 },
    );
  });

  test('with PCID and at most as many processes as tags, no switch flushes', () => {
    fc.assert(
      fc.property(arbScenario(['process-switch-pcid']), steps, (sc, n) => {
        const processes = Math.ceil(sc.tasks / sc.threadsPerProcess);
        fc.pre(processes <= sc.tlb.asids);
        expect(runTlbSim(initTlbSim(sc), n).metrics.flushes).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  test('with PCID and six tags, six processes never flush (Linux default)', () => {
    fc.assert(
      fc.property(arbScenario(['process-switch-pcid']), steps, (sc0, n) => {
        const sc = { ...sc0, tasks: 6, threadsPerProcess: 1, tlb: { ...sc0.tlb, asids: 6 } };
        expect(runTlbSim(initTlbSim(sc), n * 5).metrics.flushes).toBe(0);
      }),
      { numRuns: 50 },
    );
  });
});
