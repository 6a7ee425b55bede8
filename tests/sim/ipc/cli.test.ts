import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { command, resolveIpcScenario } from '../../../src/sim/ipc/cli.ts';
import { MECHANISM_IDS } from '../../../src/sim/ipc/index.ts';

const run = (over: Partial<Parameters<typeof command.run>[0]>) =>
  command.run({ scenario: undefined, source: '默认场景', seed: 1, json: false, answer: false, ...over });

describe('ipc command', () => {
  test('the seed picks the traced mechanism and size when the scenario has none', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e6 }), (seed) => {
        const input = { scenario: {}, source: 'x', seed, json: false, answer: false };
        const t = resolveIpcScenario(input).transfer;
        expect(MECHANISM_IDS).toContain(t.mechanism);
        expect(resolveIpcScenario(input).transfer).toEqual(t);
      }),
      { numRuns: 50 },
    );
  });

  test('echoes the scenario and asks; answers with the trace only on --answer', () => {
    const scenario = { table: { size: 100_000, count: 1 }, transfer: { mechanism: 'pipe', size: 100_000 } };
    const q = run({ scenario });
    expect(q).toContain('1 条消息，每条 97.7 KiB');
    expect(q).toContain('问题：');
    expect(q).not.toContain('传输过程');
    const a = run({ scenario, answer: true });
    expect(a).toContain('传输过程（5 步）');
    expect(a).toContain('内核缓冲区已满，写进程阻塞（睡眠）。');
    expect(a).toContain('写进程在原来的 write() 调用里醒来继续（不是新的系统调用）。');
    expect(a).toContain('合计（整个传输）：系统调用 3 次，内核拷贝 195.3 KiB，写者阻塞 1 次，唤醒 2 次。');
  });

  test('a 1 GiB transfer: totals of the whole transfer in closed form, and the trace says it is cut', () => {
    const scenario = { transfer: { mechanism: 'pipe', size: 1 << 30 } };
    const a = run({ scenario, answer: true });
    // 1 GiB through 64 KiB: one write() and 16,384 reads; the writer sleeps 16,383 times.
    expect(a).toContain('传输过程（共 32,769 步，只列出前 200 步）');
    expect(a).toContain('……（其余 32,569 步从略）');
    expect(a).toContain(
      '合计（整个传输）：系统调用 16,385 次，内核拷贝 2 GiB，写者阻塞 16,383 次，唤醒 16,384 次。',
    );
    const j = JSON.parse(run({ scenario, json: true }));
    expect(j.transfer).toMatchObject({ truncated: true, totalSteps: 32_769, end: null });
    expect(j.transfer.steps).toHaveLength(200);
    expect(j.transfer.totals.syscalls).toBe(16_385);
  });

  test('a pipe capacity below one page is rounded up as Linux does, and a 4096 B write stays whole', () => {
    const scenario = { transfer: { mechanism: 'pipe', size: 4096, capacity: 1000 } };
    const a = run({ scenario, answer: true });
    expect(a).toContain('缓冲区 1000 B（Linux 把管道容量取整为整页、2 的幂：4 KiB）');
    expect(a).toContain('内核把第 0–4095 字节（4 KiB）从写进程的用户缓冲区拷贝进内核缓冲区。');
  });

  test('--json carries the rows and the final transfer state', () => {
    const out = JSON.parse(run({ scenario: { transfer: { mechanism: 'shm-sem', size: 10 } }, json: true }));
    expect(out.rows).toHaveLength(MECHANISM_IDS.length);
    expect(out.transfer.end.counters.bytesCopied).toBe(0);
    expect(out.transfer.truncated).toBe(false);
  });
});
