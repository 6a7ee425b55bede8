import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { GiB, KiB, MiB, TiB } from '../../../src/sim/units.ts';
import {
  MAX_TASKS,
  TASK_KINDS,
  compareTasks,
  defaultTasksScenario,
  estimateTasks,
  pageTableBytes,
} from '../../../src/sim/tasks/index.ts';
import { tasksScenarioSchema } from '../../../src/sim/tasks/schema.ts';

const partOf = (c: ReturnType<typeof estimateTasks>, label: string) =>
  c.parts.find((p) => p.label.startsWith(label))!;

describe('estimateTasks: worked examples', () => {
  test('1000 threads reserve 8 MiB of stack and a 4 KiB guard page each, plus 63 arenas on 8 cores', () => {
    const c = estimateTasks('thread', defaultTasksScenario(1000));
    expect(partOf(c, '线程栈').virtualBytes).toBe(1000 * 8 * MiB); // 7.8125 GiB
    expect(partOf(c, '保护页').virtualBytes).toBe(1000 * 4 * KiB);
    // arenas: min(1000, 8 × 8 − 1) = 63 → 63 × 64 MiB = 4032 MiB
    expect(partOf(c, 'malloc arena').virtualBytes).toBe(63 * 64 * MiB);
    expect(c.virtualBytes).toBe(1000 * 8 * MiB + 1000 * 4 * KiB + 63 * 64 * MiB);
    // resident: 8 KiB touched stack + 4 KiB TCB/TLS + 10 KiB task_struct + 16 KiB kernel stack = 38 KiB each
    expect(c.residentBytes).toBe(1000 * 38 * KiB);
  });

  test('a forked child of a 16 MiB parent copies 5 page-table pages and 10% of the pages on write', () => {
    const c = estimateTasks('process', defaultTasksScenario(1));
    // 16 MiB = 4096 pages → ceil(4096 / 512) = 8 PTE pages + 3 upper levels = 11 pages
    expect(pageTableBytes(16 * MiB)).toBe(11 * 4096);
    expect(partOf(c, '页表副本').residentBytes).toBe(11 * 4096);
    expect(partOf(c, '写时复制').residentBytes).toBe(410 * 4096); // round(4096 × 0.1) = 410 pages
    // fork: 40 µs + 4096 × 30 ns + 410 faults × 1 µs = 40,000 + 122,880 + 410,000 = 572,880 ns
    expect(c.createNs).toBe(572_880);
  });

  test('10 million threads reserve about 76 TiB: inside 128 TiB, but their resident part exceeds 128 GiB of RAM', () => {
    const c = estimateTasks('thread', defaultTasksScenario(MAX_TASKS));
    expect(c.virtualBytes).toBeGreaterThan(76 * TiB);
    expect(c.fitsAddressSpace).toBe(true);
    expect(c.fitsRam).toBe(false);
  });

  test('with 16 MiB stacks, 10 million threads no longer fit the 128 TiB user address space', () => {
    const sc = tasksScenarioSchema.parse({ n: MAX_TASKS, threadStackBytes: 16 * MiB });
    expect(estimateTasks('thread', sc).fitsAddressSpace).toBe(false);
  });

  test('10 million shared-stack coroutines: 100 stacks of 128 KiB (12.5 MiB), the rest per connection', () => {
    const c = estimateTasks('shared-stack', defaultTasksScenario(MAX_TASKS));
    expect(partOf(c, '共享栈').residentBytes).toBe(100 * 128 * KiB);
    // 66 GB in total, as libco reported
    expect(c.residentBytes).toBeCloseTo(66e9, 0);
    expect(c.fitsRam).toBe(true);
  });

  test('private 128 KiB stacks for 10 million coroutines would reserve 1.22 TiB', () => {
    const c = estimateTasks('coroutine', defaultTasksScenario(MAX_TASKS));
    expect(partOf(c, '私有栈').virtualBytes).toBe(10_000_000 * 128 * KiB);
    expect(c.virtualBytes / TiB).toBeGreaterThan(1.19);
  });

  test('a stackless async task costs only its state: 512 B by default', () => {
    expect(estimateTasks('async', defaultTasksScenario(1000)).residentBytes).toBe(512_000);
  });
});

describe('estimateTasks: where each figure comes from', () => {
  const sc = (input: object) => tasksScenarioSchema.parse({ n: 1000, ...input });

  test('the libco run is credited only with its own numbers: 100,000 coroutines per 128 KiB stack', () => {
    const run = estimateTasks('shared-stack', sc({}));
    expect(partOf(run, '共享栈').basis).toBe('每 100,000 个协程共用一个（libco 作者公布的千万协程测试）');
    expect(partOf(run, '每连接状态').basis).toBe('libco 实测总量减去共享栈，按连接平摊');
    const other = estimateTasks('shared-stack', sc({ libco: { group: 1000, sharedStackBytes: 256 * KiB } }));
    expect(partOf(other, '共享栈').basis).toBe(
      '每 1,000 个协程共用一个（场景给定；libco 作者的测试是每 100,000 个协程共用一个 128 KiB 的栈）',
    );
    expect(partOf(other, '每连接状态').basis).toBe('场景给定的总量减去共享栈，按协程平摊');
  });

  test.each([
    [128 * KiB, 'libco 默认 128 KiB'],
    [64 * KiB, '场景给定的栈大小'],
    [256 * KiB, '场景给定的栈大小'],
  ])('a private stack of %i bytes is labelled %s', (bytes, basis) => {
    expect(partOf(estimateTasks('coroutine', sc({ coroutineStackBytes: bytes })), '私有栈').basis).toBe(
      basis,
    );
  });
});

describe('estimateTasks: properties', () => {
  const arbN = fc.integer({ min: 1, max: MAX_TASKS });

  test('per task, processes ≥ threads ≥ coroutines ≥ async tasks in resident memory and creation time', () => {
    fc.assert(
      fc.property(arbN, (n) => {
        const [p, t, c, , a] = compareTasks(defaultTasksScenario(n));
        expect(p!.residentBytes).toBeGreaterThanOrEqual(t!.residentBytes);
        expect(t!.residentBytes).toBeGreaterThanOrEqual(c!.residentBytes);
        expect(c!.residentBytes).toBeGreaterThanOrEqual(a!.residentBytes);
        expect(p!.createNs).toBeGreaterThan(t!.createNs);
        expect(t!.createNs).toBeGreaterThan(c!.createNs);
        expect(c!.createNs).toBeGreaterThan(a!.createNs);
      }),
    );
  });

  test('totals are the sums of the parts, and grow with N', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TASK_KINDS), arbN, arbN, (kind, a, b) => {
        const x = estimateTasks(kind, defaultTasksScenario(Math.min(a, b)));
        const y = estimateTasks(kind, defaultTasksScenario(Math.max(a, b)));
        expect(x.residentBytes).toBe(x.parts.reduce((s, p) => s + p.residentBytes, 0));
        expect(x.virtualBytes).toBe(x.parts.reduce((s, p) => s + p.virtualBytes, 0));
        expect(y.residentBytes).toBeGreaterThanOrEqual(x.residentBytes);
        expect(y.createNs).toBeGreaterThanOrEqual(x.createNs);
      }),
    );
  });

  test('same inputs, same outputs; results are plain JSON', () => {
    fc.assert(
      fc.property(arbN, (n) => {
        const r = compareTasks(defaultTasksScenario(n));
        expect(compareTasks(defaultTasksScenario(n))).toEqual(r);
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
    );
  });

  test('a larger RAM never turns a fit into a misfit', () => {
    fc.assert(
      fc.property(arbN, fc.integer({ min: 1, max: 1024 }), (n, gib) => {
        for (const kind of TASK_KINDS) {
          const small = estimateTasks(kind, tasksScenarioSchema.parse({ n, ramBytes: gib * GiB }));
          const large = estimateTasks(kind, tasksScenarioSchema.parse({ n, ramBytes: 2 * gib * GiB }));
          if (small.fitsRam) expect(large.fitsRam).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });
});
