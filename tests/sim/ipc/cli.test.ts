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
    expect(a).toContain('传输过程（6 步）');
    expect(a).toContain('内核缓冲区已满，写进程阻塞（睡眠）。');
    expect(a).toContain('合计：系统调用 4 次，内核拷贝 195.3 KiB，写者阻塞 1 次，唤醒 2 次。');
  });

  test('--json carries the rows and the final transfer state', () => {
    const out = JSON.parse(run({ scenario: { transfer: { mechanism: 'shm-sem', size: 10 } }, json: true }));
    expect(out.rows).toHaveLength(MECHANISM_IDS.length);
    expect(out.transfer.end.counters.bytesCopied).toBe(0);
  });
});
