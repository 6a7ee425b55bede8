import type { SimCommand, SimCliInput } from '../cli-types.ts';
import { isRecord, scenarioOrDefault } from '../scenario.ts';
import { parseScenarioOrThrow } from '../scenario-schema.ts';
import { compareSwitchPolicies } from './compare.ts';
import { DEFAULT_COSTS } from './cost.ts';
import { describeTlbEvent, POLICY_LABELS } from './describe.ts';
import { tlbScenarioSchema } from './schema.ts';
import type { TlbScenario } from './model.ts';
import { initTlbSim, traceTlbSim } from './step.ts';

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

/** Prints a fixed-width table (columns padded by display width, CJK counted as 2). */
function table(rows: string[][]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const cols = rows[0]!.map((_, c) => Math.max(...rows.map((r) => width(r[c]!))));
  return rows
    .map((r) =>
      r
        .map((cell, c) => cell + ' '.repeat(cols[c]! - width(cell)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Most accesses whose events `--answer` lists (the first time slice and a switch, at most). */
export const MAX_TRACED_ACCESSES = 200;

/** Runs the three policies on the scenario and formats the result. */
export function runTlbCli(input: SimCliInput): string {
  const raw = scenarioOrDefault(input.scenario);
  const withSeed = isRecord(raw) && !('seed' in raw) ? { ...raw, seed: input.seed } : raw;
  const sc: TlbScenario = parseScenarioOrThrow(tlbScenarioSchema, withSeed, input.source);
  const results = compareSwitchPolicies(sc);
  if (input.json) return JSON.stringify({ scenario: sc, costs: DEFAULT_COSTS, results }, null, 2);
  const rows = [
    ['策略', '命中率', `切换后前 ${sc.afterSwitchWindow} 次`, '页表遍历', '访存次数', '刷新', '估计周期'],
    ...results.map((r) => [
      POLICY_LABELS[r.policy],
      pct(r.summary.hitRate),
      pct(r.summary.afterSwitchHitRate),
      String(r.metrics.walks),
      String(r.metrics.walkRefs),
      String(r.metrics.flushes),
      String(r.summary.cycles),
    ]),
  ];
  const echo =
    `场景（${input.source}）：${sc.tasks} 个任务，时间片 ${sc.timeSlice} 次访问，共 ${sc.accesses} 次访问，` +
    `TLB ${sc.tlb.entries} 项 ${sc.tlb.ways === 'full' ? '全相联' : `${sc.tlb.ways} 路`}，` +
    `访问模式 ${sc.trace.kind}（每任务 ${sc.trace.pages} 页），种子 ${sc.seed}`;
  const out = [echo, '', table(rows)];
  if (input.answer) {
    const traced = Math.min(sc.accesses, sc.timeSlice + 8, MAX_TRACED_ACCESSES);
    const [, events] = traceTlbSim(initTlbSim(sc), traced);
    out.push(
      '',
      `前 ${traced} 次访问的 ${events.length} 个事件（${POLICY_LABELS[sc.policy]}${traced < sc.accesses ? `；共 ${sc.accesses} 次访问，只列出开头` : ''}）：`,
      ...events.map(describeTlbEvent),
    );
  }
  return out.join('\n');
}

/** `npm run sim -- tlb`: hit rates and costs of the three switch policies on one trace. */
export const command: SimCommand = {
  name: 'tlb',
  summary: '同一访问序列在线程切换、无 PCID 进程切换、有 PCID 进程切换下的 TLB 命中率与代价',
  run: runTlbCli,
};
