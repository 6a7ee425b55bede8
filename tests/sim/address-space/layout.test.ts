import { describe, expect, test } from 'vitest';
import { initAddressSpace, visibleTo } from '../../../src/sim/address-space/index.ts';
import { makeConfig } from '../../../src/sim/address-space/schema.ts';
import { play, region } from './helpers.ts';

describe('initAddressSpace', () => {
  test('a non-PIE process: text at 0x400000, segments back to back, heap right after bss', () => {
    // Default image: text 2 pages, rodata 1, data 1, bss 1 (4 KiB = 0x1000 each).
    // text 0x400000–0x402000, rodata –0x403000, data –0x404000, bss –0x405000, brk = 0x405000.
    const s = initAddressSpace(makeConfig({ pie: false }));
    const p = s.processes[0]!;
    const spans = p.regions.slice(0, 4).map((r) => [r.name, r.start, r.end, r.perms]);
    expect(spans).toEqual([
      ['text', 0x400000, 0x402000, 'r-xp'],
      ['rodata', 0x402000, 0x403000, 'r--p'],
      ['data', 0x403000, 0x404000, 'rw-p'],
      ['bss', 0x404000, 0x405000, 'rw-p'],
    ]);
    expect(p.brk).toBe(0x405000);
  });

  test('a PIE process with ASLR off starts at 0x555555554000', () => {
    // text 0x555555554000–0x555555556000 … bss ends at 0x555555559000, where the heap starts.
    const s = initAddressSpace(makeConfig({ pie: true }));
    expect(region(s, 1000, 'text').start).toBe(0x555555554000);
    expect(s.processes[0]!.heapStart).toBe(0x555555559000);
  });

  test('main stack ends at 0x7ffffffff000; libraries sit top-down 128 MiB below it', () => {
    // mmap top = 0x7ffffffff000 - 0x8000000 = 0x7ffff7fff000.
    // ld.so (8 + 1 pages = 0x9000) at 0x7ffff7ff6000; libc (32 + 2 pages = 0x22000) at 0x7ffff7fd4000.
    const s = initAddressSpace(makeConfig());
    expect(region(s, 1000, 'stack')).toMatchObject({ start: 0x7fffffffe000, end: 0x7ffffffff000 });
    expect(region(s, 1000, 'ld-linux-x86-64.so.2:text').start).toBe(0x7ffff7ff6000);
    expect(region(s, 1000, 'libc.so.6:text')).toMatchObject({ start: 0x7ffff7fd4000, end: 0x7ffff7ff4000 });
    expect(region(s, 1000, 'libc.so.6:data')).toMatchObject({ start: 0x7ffff7ff4000, perms: 'rw-p' });
  });

  test('every user region lies below 0x00007fffffffffff', () => {
    const s = initAddressSpace(makeConfig({ aslr: true }), 7);
    for (const r of s.processes[0]!.regions) expect(r.end).toBeLessThanOrEqual(0x800000000000);
  });

  test('ASLR moves the stack below 0x7ffffffff000 by at most 16 GiB, page aligned, the same for one seed', () => {
    const top = (seed: number) => initAddressSpace(makeConfig({ aslr: true }), seed).processes[0]!.stackTop;
    expect(top(3)).toBe(top(3));
    expect(top(3) % 4096).toBe(0);
    expect(top(3)).toBeLessThanOrEqual(0x7ffffffff000);
    expect(top(3)).toBeGreaterThan(0x7ffffffff000 - 16 * 2 ** 30);
    expect(new Set([1, 2, 3, 4, 5].map(top)).size).toBeGreaterThan(1);
  });
});

describe('threads', () => {
  test('pthread_create maps an 8 MiB stack with a 4 KiB guard page below it, under the lowest mapping', () => {
    // Lowest mapping is libc at 0x7ffff7fd4000; 8 MiB + 4 KiB = 0x801000 below it is 0x7ffff77d3000.
    const { state } = play([{ type: 'pthread_create', pid: 1000 }]);
    expect(region(state, 1000, 'guard:1001')).toMatchObject({
      start: 0x7ffff77d3000,
      end: 0x7ffff77d4000,
      perms: '---p',
    });
    expect(region(state, 1000, 'stack:1001')).toMatchObject({
      start: 0x7ffff77d4000,
      end: 0x7ffff7fd4000,
      perms: 'rw-p',
    });
    expect(state.processes[0]!.threads.map((t) => t.tid)).toEqual([1000, 1001]);
  });

  test('each thread sees every region, other threads stacks included', () => {
    const { state } = play([{ type: 'pthread_create', pid: 1000 }]);
    const seen = visibleTo(state, 1000, 1001);
    expect(seen.find((v) => v.region === 'stack:1001')!.visibility).toBe('own-stack');
    expect(seen.find((v) => v.region === 'stack')!.visibility).toBe('other-stack');
    expect(seen.find((v) => v.region === 'text')!.visibility).toBe('shared-by-threads');
    expect(seen).toHaveLength(state.processes[0]!.regions.length);
  });
});
