import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { LABELS, MECHANISMS, compareMechanisms, estimateCost } from '../../../src/sim/ipc/index.ts';

describe('compareMechanisms', () => {
  test('has one row per mechanism, in the book order, with the model cost', () => {
    const rows = compareMechanisms({ size: 1024, count: 100 });
    expect(rows.map((r) => r.id)).toEqual(MECHANISMS.map((m) => m.id));
    for (const r of rows) expect(r.cost).toEqual(estimateCost(r.id, { size: 1024, count: 100 }));
  });

  test('carries the cited Linux limits: pipe 65,536 B, PIPE_BUF 4096, Unix socket 212,992 B, mq 10 × 8192', () => {
    const byId = Object.fromEntries(compareMechanisms({ size: 1, count: 1 }).map((r) => [r.id, r]));
    expect(byId['pipe']!.capacity).toBe(65_536);
    expect(byId['pipe']!.atomicLimit).toBe(4096);
    expect(byId['fifo']!.atomicLimit).toBe(4096);
    expect(byId['unix-socket']!.capacity).toBe(212_992);
    expect(byId['posix-mq']!.capacity).toBe(81_920);
  });

  test('only the anonymous pipe needs kinship and only TCP crosses hosts (as in the notes)', () => {
    const rows = compareMechanisms({ size: 1, count: 1 });
    expect(rows.filter((r) => r.needsKinship).map((r) => r.id)).toEqual(['pipe']);
    expect(rows.filter((r) => r.crossesHosts).map((r) => r.id)).toEqual(['tcp-loopback']);
    expect(rows.filter((r) => r.needsUserSync).map((r) => r.id)).toEqual(['shm-sem', 'mmap-file']);
  });

  test('every property of every mechanism names a source', () => {
    for (const m of MECHANISMS) {
      for (const [key, value] of Object.entries(m)) {
        if (typeof value === 'object' && value !== null) expect(value.source, `${m.id}.${key}`).not.toBe('');
      }
    }
  });

  test('rows are plain JSON', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e7 }), fc.integer({ min: 1, max: 1e6 }), (size, count) => {
        const rows = compareMechanisms({ size, count });
        expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
      }),
    );
  });

  test('every enumerated value has a Chinese label', () => {
    for (const r of compareMechanisms({ size: 1, count: 1 })) {
      expect(LABELS.volume[r.volume]).toBeTruthy();
      expect(LABELS.direction[r.direction]).toBeTruthy();
      expect(LABELS.framing[r.framing]).toBeTruthy();
      expect(LABELS.persistence[r.persistence]).toBeTruthy();
    }
  });
});
