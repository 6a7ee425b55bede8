import { describe, expect, test } from 'vitest';
import { regionTable } from '../../../src/sim/address-space/index.ts';
import { framesInUse, play, region } from './helpers.ts';

const KiB = 1024;
const MiB = 1024 * KiB;

describe('malloc and free', () => {
  test('malloc(64 KiB) moves brk by 64 KiB (16 pages) and touches one page', () => {
    // Non-PIE heap starts at 0x405000; 65536 bytes is exactly 16 pages, so brk becomes 0x415000.
    const { state, traces } = play([{ type: 'malloc', pid: 1000, bytes: 64 * KiB }], { pie: false });
    expect(traces[0]).toContainEqual({ kind: 'brk', pid: 1000, from: 0x405000, to: 0x415000 });
    expect(region(state, 1000, 'heap')).toMatchObject({ start: 0x405000, end: 0x415000 });
    expect(regionTable(state, 1000).find((r) => r.name === 'heap')!.resident).toBe(1);
  });

  test('malloc(100) rounds up to a page of brk; a second small malloc stays in that page', () => {
    // 100 bytes → 112 (16-byte chunks) → brk 0x405000 + 0x1000; then 112 + 112 < 4096: no brk move.
    const { state, traces } = play(
      [
        { type: 'malloc', pid: 1000, bytes: 100 },
        { type: 'malloc', pid: 1000, bytes: 100 },
      ],
      { pie: false },
    );
    expect(state.processes[0]!.brk).toBe(0x406000);
    expect(traces[1]!.some((t) => t.kind === 'brk')).toBe(false);
    expect(traces[1]).toContainEqual({
      kind: 'malloc',
      pid: 1000,
      alloc: 2,
      via: 'heap',
      addr: 0x405070,
      bytes: 100,
    });
  });

  test('malloc(1 MiB) is above the 128 KiB threshold: its own mapping, brk untouched', () => {
    // libc starts at 0x7ffff7fd4000, so the 1 MiB (0x100000) mapping lands at 0x7ffff7ed4000.
    const { state } = play([{ type: 'malloc', pid: 1000, bytes: 1 * MiB }], { pie: false });
    expect(region(state, 1000, 'mmap:1')).toMatchObject({
      start: 0x7ffff7ed4000,
      end: 0x7ffff7fd4000,
      kind: 'anon-mmap',
    });
    expect(state.processes[0]!.brk).toBe(0x405000);
  });

  test('exactly 128 KiB already goes to mmap (the threshold is inclusive)', () => {
    const { state } = play([{ type: 'malloc', pid: 1000, bytes: 128 * KiB }]);
    expect(state.processes[0]!.regions.some((r) => r.name === 'mmap:1')).toBe(true);
  });

  test('free of an mmap block unmaps it and returns its frame; free of a heap block keeps brk and pages', () => {
    const { state: before } = play([
      { type: 'malloc', pid: 1000, bytes: 64 * KiB },
      { type: 'malloc', pid: 1000, bytes: 1 * MiB },
    ]);
    const { state } = play([
      { type: 'malloc', pid: 1000, bytes: 64 * KiB },
      { type: 'malloc', pid: 1000, bytes: 1 * MiB },
      { type: 'free', pid: 1000, alloc: 2 },
      { type: 'free', pid: 1000, alloc: 1 },
    ]);
    expect(state.processes[0]!.regions.some((r) => r.name === 'mmap:2')).toBe(false);
    expect(state.processes[0]!.brk).toBe(before.processes[0]!.brk);
    expect(framesInUse(state)).toBe(framesInUse(before) - 1);
  });

  test('a freed heap block is reused by the next malloc that fits', () => {
    const { traces } = play([
      { type: 'malloc', pid: 1000, bytes: 256 },
      { type: 'malloc', pid: 1000, bytes: 256 },
      { type: 'free', pid: 1000, alloc: 1 },
      { type: 'malloc', pid: 1000, bytes: 200 },
    ]);
    const first = traces[0]!.find((t) => t.kind === 'malloc')!;
    const again = traces[3]!.find((t) => t.kind === 'malloc')!;
    expect(again).toMatchObject({ addr: (first as { addr: number }).addr, alloc: 3 });
  });

  test('freeing an unknown block is rejected and changes nothing', () => {
    const { state, traces } = play([{ type: 'free', pid: 1000, alloc: 9 }]);
    expect(traces[0]).toEqual([{ kind: 'rejected', why: '进程 1000 没有未释放的块 #9' }]);
    expect(state.processes[0]!.allocations).toEqual([]);
  });
});

describe('stack frames', () => {
  test('calling with an 8 KiB frame grows the main stack by two pages; return keeps them', () => {
    // sp starts at 0x7ffffffff000; 8 KiB below is 0x7fffffffd000, one page under the initial one.
    const { state, traces } = play([
      { type: 'call', pid: 1000, bytes: 8 * KiB, fn: 'parse' },
      { type: 'return', pid: 1000 },
    ]);
    expect(traces[0]![0]).toEqual({
      kind: 'stack',
      pid: 1000,
      tid: 1000,
      fn: 'parse',
      from: 0x7ffffffff000,
      to: 0x7fffffffd000,
      grew: true,
    });
    expect(region(state, 1000, 'stack').start).toBe(0x7fffffffd000);
    expect(state.processes[0]!.threads[0]!.sp).toBe(0x7ffffffff000);
    expect(regionTable(state, 1000).find((r) => r.name === 'stack')!.resident).toBe(2);
  });

  test('the main stack stops at the 8 MiB limit with SIGSEGV', () => {
    const { state, traces } = play([
      { type: 'call', pid: 1000, bytes: 8 * MiB - 4 * KiB },
      { type: 'call', pid: 1000, bytes: 8 * KiB },
    ]);
    expect(traces[1]!.find((t) => t.kind === 'segv')).toMatchObject({ why: 'stack-limit' });
    expect(state.processes).toEqual([]);
  });

  test('a thread that overflows its stack hits the guard page', () => {
    const { traces } = play(
      [
        { type: 'pthread_create', pid: 1000 },
        { type: 'call', pid: 1000, tid: 1001, bytes: 64 * KiB + 16 },
      ],
      { threadStackSize: 64 * KiB },
    );
    expect(traces[1]!.find((t) => t.kind === 'segv')).toMatchObject({ tid: 1001, why: 'guard' });
  });

  test('return with no frame is rejected', () => {
    expect(play([{ type: 'return', pid: 1000 }]).traces[0]![0]!.kind).toBe('rejected');
  });
});
