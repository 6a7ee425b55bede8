import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  checkAddressSpace,
  initAddressSpace,
  runAddressSpace,
  stepAddressSpace,
  type AddressSpaceEvent,
} from '../../../src/sim/address-space/index.ts';
import { makeConfig } from '../../../src/sim/address-space/schema.ts';

const pid = fc.constantFrom(1000, 1001, 1002, 1003);
const regionName = fc.constantFrom(
  'heap',
  'data',
  'bss',
  'stack',
  'text',
  'shm:/a',
  'mmap:1',
  'mmap:2',
  'file:f',
);

/** Random events over a few likely pids and region names; many are rejected, which is part of the test. */
const event: fc.Arbitrary<AddressSpaceEvent> = fc.oneof(
  fc.record(
    { type: fc.constant('malloc' as const), pid, tid: pid, bytes: fc.integer({ min: 1, max: 512 * 1024 }) },
    { requiredKeys: ['type', 'pid', 'bytes'] },
  ),
  fc.record({ type: fc.constant('free' as const), pid, alloc: fc.integer({ min: 1, max: 6 }) }),
  fc.record(
    { type: fc.constant('call' as const), pid, tid: pid, bytes: fc.integer({ min: 1, max: 20_000 }) },
    { requiredKeys: ['type', 'pid', 'bytes'] },
  ),
  fc.record({ type: fc.constant('return' as const), pid }),
  fc.record({ type: fc.constant('pthread_create' as const), pid }),
  fc.record({ type: fc.constant('fork' as const), pid }),
  fc.record({
    type: fc.constant('write' as const),
    pid,
    region: regionName,
    page: fc.integer({ min: -2, max: 3 }),
  }),
  fc.record({ type: fc.constant('exec' as const), pid }),
  fc.record({ type: fc.constant('exit' as const), pid }),
  fc.record({
    type: fc.constant('shm' as const),
    pid,
    name: fc.constant('/a'),
    bytes: fc.integer({ min: 1, max: 16384 }),
  }),
  fc.record({
    type: fc.constant('mmap-file' as const),
    pid,
    path: fc.constant('/tmp/f'),
    bytes: fc.integer({ min: 1, max: 16384 }),
    shared: fc.boolean(),
  }),
);
/** Two threads first, so thread ids 1001 and 1002 exist in process 1000 and their mallocs use arenas. */
const events = fc
  .array(event, { maxLength: 25 })
  .map((evs): AddressSpaceEvent[] => [
    { type: 'pthread_create', pid: 1000 },
    { type: 'pthread_create', pid: 1000 },
    ...evs,
  ]);
const config = fc
  .record({ pie: fc.boolean(), aslr: fc.boolean() })
  .map((c) => makeConfig({ ...c, threadStackSize: 64 * 1024 }));

describe('address-space properties', () => {
  test('reference counts always equal mappings plus object holds (no frame leaks), after every step', () => {
    fc.assert(
      fc.property(config, events, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (cfg, evs, seed) => {
        const { states } = runAddressSpace(cfg, evs, seed);
        for (const s of states) expect(checkAddressSpace(s)).toEqual([]);
      }),
    );
  });

  test('every state survives a JSON round trip', () => {
    fc.assert(
      fc.property(config, events, (cfg, evs) => {
        for (const s of runAddressSpace(cfg, evs).states) expect(JSON.parse(JSON.stringify(s))).toEqual(s);
      }),
    );
  });

  test('the same seed gives the same trace, and stepping never changes its input', () => {
    fc.assert(
      fc.property(config, events, fc.integer({ min: 0, max: 2 ** 32 - 1 }), (cfg, evs, seed) => {
        const a = runAddressSpace(cfg, evs, seed);
        expect(runAddressSpace(cfg, evs, seed)).toEqual(a);
        const frozen = JSON.stringify(a.states[0]);
        if (evs[0]) stepAddressSpace(a.states[0]!, evs[0]);
        expect(JSON.stringify(a.states[0])).toBe(frozen);
      }),
    );
  });

  test('fork then a write changes only the writer: one page of its page table, nobody else', () => {
    fc.assert(
      fc.property(config, events, fc.nat(), fc.boolean(), (cfg, evs, pick, childWrites) => {
        const { states } = runAddressSpace(cfg, evs);
        const before = states[states.length - 1]!;
        const parent = before.processes[0];
        if (!parent) return;
        const [forked] = stepAddressSpace(before, { type: 'fork', pid: parent.pid });
        const child = forked.processes[forked.processes.length - 1]!;
        const writer = childWrites ? child : forked.processes.find((p) => p.pid === parent.pid)!;
        const writable = writer.regions.filter((r) => r.perms[1] === 'w' && r.kind !== 'guard');
        const r = writable[pick % writable.length]!;
        const pages = (r.end - r.start) / 4096;
        const [after] = stepAddressSpace(forked, {
          type: 'write',
          pid: writer.pid,
          region: r.name,
          page: pick % pages,
        });
        const key = String(r.start / 4096 + (pick % pages));
        for (const p of forked.processes) {
          const q = after.processes.find((x) => x.pid === p.pid)!;
          if (p.pid !== writer.pid) expect(q.ptes).toEqual(p.ptes);
          else {
            const { [key]: _a, ...rest } = q.ptes;
            const { [key]: _b, ...restBefore } = p.ptes;
            expect(rest).toEqual(restBefore);
            expect(q.ptes[key]!.cow).toBe(false);
          }
        }
      }),
    );
  });

  test('initial state does not depend on the seed when ASLR is off', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (a, b) => {
          const strip = (seed: number) => ({ ...initAddressSpace(makeConfig(), seed), rng: null });
          expect(strip(a)).toEqual(strip(b));
        },
      ),
    );
  });
});
