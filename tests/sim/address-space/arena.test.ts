import { describe, expect, test } from 'vitest';
import { regionTable } from '../../../src/sim/address-space/index.ts';
import { framesInUse, play, region } from './helpers.ts';

const MiB = 1024 * 1024;

describe('thread arenas', () => {
  test('a thread’s first small malloc reserves a 64 MiB arena aligned to 64 MiB', () => {
    // After pthread_create the lowest mapping is guard:1001 at 0x7ffff77d3000. Going top-down,
    // the first 64 MiB-aligned start with 64 MiB free below that is 0x7ffff0000000
    // (0x7ffff77d3000 - 0x4000000 = 0x7ffff37d3000, rounded down to a multiple of 0x4000000).
    // malloc(100) makes one page read-write: [0x7ffff0000000, 0x7ffff0001000); the rest stays ---p.
    const { state, traces } = play([
      { type: 'pthread_create', pid: 1000 },
      { type: 'malloc', pid: 1000, tid: 1001, bytes: 100 },
    ]);
    expect(traces[1]![0]).toEqual({
      kind: 'arena',
      pid: 1000,
      tid: 1001,
      start: 0x7ffff0000000,
      end: 0x7ffff4000000,
    });
    expect(region(state, 1000, 'arena:1001')).toMatchObject({
      start: 0x7ffff0000000,
      end: 0x7ffff0001000,
      perms: 'rw-p',
    });
    expect(region(state, 1000, 'arena-reserve:1001')).toMatchObject({
      start: 0x7ffff0001000,
      end: 0x7ffff4000000,
      perms: '---p',
    });
    expect(regionTable(state, 1000).find((r) => r.name === 'arena:1001')!.resident).toBe(1);
    expect(state.processes[0]!.brk).toBe(state.processes[0]!.heapStart);
  });

  test('the main thread still uses the heap; a large request from a thread still gets its own mmap', () => {
    const { state } = play([
      { type: 'pthread_create', pid: 1000 },
      { type: 'malloc', pid: 1000, bytes: 100 },
      { type: 'malloc', pid: 1000, tid: 1001, bytes: 1 * MiB },
    ]);
    const names = state.processes[0]!.regions.map((r) => r.name);
    expect(names).toContain('heap');
    expect(names).toContain('mmap:2');
    expect(names.some((n) => n.startsWith('arena'))).toBe(false);
  });

  test('the read-write part grows page by page and a freed block is reused', () => {
    // Two 64 KiB blocks: 128 KiB = 32 pages read-write. Freeing #2 and asking again gives its address back.
    const { state, traces } = play([
      { type: 'pthread_create', pid: 1000 },
      { type: 'malloc', pid: 1000, tid: 1001, bytes: 65536 },
      { type: 'malloc', pid: 1000, tid: 1001, bytes: 65536 },
      { type: 'free', pid: 1000, alloc: 2 },
      { type: 'malloc', pid: 1000, tid: 1001, bytes: 65536 },
    ]);
    expect(region(state, 1000, 'arena:1001').end).toBe(0x7ffff0000000 + 128 * 1024);
    const addr = (i: number) => (traces[i]!.find((t) => t.kind === 'malloc') as { addr: number }).addr;
    expect(addr(4)).toBe(addr(2));
    expect(framesInUse(state)).toBe(framesInUse(play([{ type: 'pthread_create', pid: 1000 }]).state) + 2);
  });
});
