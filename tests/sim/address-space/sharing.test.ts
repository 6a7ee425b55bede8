import { describe, expect, test } from 'vitest';
import { pageMap, totals } from '../../../src/sim/address-space/index.ts';
import { framesInUse, play, region } from './helpers.ts';

const KiB = 1024;
const MiB = 1024 * KiB;

describe('fork and copy-on-write', () => {
  test('fork then a write to one heap page: exactly one new frame, only the writer changes', () => {
    // Before fork the heap page is private to 1000. fork shares it (CoW, refcount 2).
    // The child's write copies it: one more frame in use; the parent's entry is untouched.
    const { state: forked } = play([
      { type: 'malloc', pid: 1000, bytes: 64 * KiB },
      { type: 'fork', pid: 1000 },
    ]);
    const { state, traces } = play([
      { type: 'malloc', pid: 1000, bytes: 64 * KiB },
      { type: 'fork', pid: 1000 },
      { type: 'write', pid: 1001, region: 'heap', page: 0 },
    ]);
    expect(framesInUse(state)).toBe(framesInUse(forked) + 1);
    expect(state.processes[0]!.ptes).toEqual(forked.processes[0]!.ptes);
    expect(traces[2]![0]).toMatchObject({ kind: 'fault', pid: 1001, reason: 'cow-copy' });
    const heap = state.processes[0]!.heapStart;
    expect(pageMap(state, 1001).find((p) => p.addr === heap)!.sharedWith).toEqual([]);
  });

  test('after fork every page is shared; the second writer reuses the frame without copying', () => {
    const { state, traces } = play([
      { type: 'malloc', pid: 1000, bytes: 64 * KiB },
      { type: 'fork', pid: 1000 },
      { type: 'write', pid: 1001, region: 'heap', page: 0 },
      { type: 'write', pid: 1000, region: 'heap', page: 0 },
    ]);
    expect(traces[3]![0]).toMatchObject({ kind: 'fault', pid: 1000, reason: 'cow-reuse' });
    const t = totals(state);
    expect(t.processes[0]!.private).toBe(1);
  });

  test('fork copies every resident page and the child has only the calling thread', () => {
    const { state, traces } = play([
      { type: 'pthread_create', pid: 1000 },
      { type: 'fork', pid: 1000, tid: 1001 },
    ]);
    const parent = state.processes[0]!;
    expect(traces[1]![0]).toMatchObject({
      kind: 'fork',
      parent: 1000,
      child: 1002,
      sharedPages: Object.keys(parent.ptes).length,
    });
    expect(state.processes[1]!.threads).toEqual([
      expect.objectContaining({ tid: 1002, stack: 'stack:1001' }),
    ]);
    expect(totals(state).processes[1]!.private).toBe(0);
  });

  test('writing read-only text kills the process with SIGSEGV and releases its frames', () => {
    const { state } = play([
      { type: 'fork', pid: 1000 },
      { type: 'write', pid: 1001, region: 'text', page: 0 },
    ]);
    expect(state.processes.map((p) => p.pid)).toEqual([1000]);
    expect(totals(state).sharedFrames).toBe(0);
  });
});

describe('exec, exit and shared mappings', () => {
  test('exec gives a fresh image: no heap, one thread, new program', () => {
    const { state } = play([
      { type: 'malloc', pid: 1000, bytes: 64 * KiB },
      { type: 'pthread_create', pid: 1000 },
      { type: 'exec', pid: 1000, program: '/usr/bin/other', pie: false },
    ]);
    const p = state.processes[0]!;
    expect(p.regions.some((r) => r.kind === 'heap' || r.kind === 'thread-stack')).toBe(false);
    expect(p.threads).toHaveLength(1);
    expect(region(state, 1000, 'text').start).toBe(0x400000);
  });

  test('two processes that map the same shm object see the same frames', () => {
    const { state } = play([
      { type: 'fork', pid: 1000 },
      { type: 'exec', pid: 1001, program: '/usr/bin/peer' },
      { type: 'shm', pid: 1000, name: '/demo', bytes: 8 * KiB },
      { type: 'shm', pid: 1001, name: '/demo', bytes: 8 * KiB },
      { type: 'write', pid: 1001, region: 'shm:/demo', page: 1 },
    ]);
    const frames = (pid: number) =>
      pageMap(state, pid)
        .filter((p) => p.region === 'shm:/demo')
        .map((p) => p.pfn);
    expect(frames(1000)).toHaveLength(2);
    expect(frames(1000)).toEqual(frames(1001));
  });

  test('a private file mapping copies on write; a shared one writes the page cache frame', () => {
    const events = (shared: boolean) => [
      { type: 'fork' as const, pid: 1000 },
      { type: 'mmap-file' as const, pid: 1000, path: '/tmp/f', bytes: 4096, shared },
      { type: 'mmap-file' as const, pid: 1001, path: '/tmp/f', bytes: 4096, shared },
      { type: 'write' as const, pid: 1000, region: 'file:f' },
    ];
    const pfn = (s: ReturnType<typeof play>['state'], pid: number) =>
      pageMap(s, pid).find((p) => p.region === 'file:f')!.pfn;
    const priv = play(events(false)).state;
    expect(pfn(priv, 1000)).not.toBe(pfn(priv, 1001));
    const shr = play(events(true)).state;
    expect(pfn(shr, 1000)).toBe(pfn(shr, 1001));
  });

  test('after every process exits only page-cache and shm frames remain', () => {
    const { state } = play([
      { type: 'shm', pid: 1000, name: '/x', bytes: 4096 },
      { type: 'malloc', pid: 1000, bytes: 1 * MiB },
      { type: 'fork', pid: 1000 },
      { type: 'write', pid: 1001, region: 'mmap:1' },
      { type: 'exit', pid: 1001 },
      { type: 'exit', pid: 1000 },
    ]);
    const held = Object.values(state.objects).reduce((n, f) => n + f.length, 0);
    expect(framesInUse(state)).toBe(held);
  });

  test('events for a missing process are rejected', () => {
    expect(play([{ type: 'exit', pid: 42 }]).traces[0]).toEqual([{ kind: 'rejected', why: '没有进程 42' }]);
  });
});
