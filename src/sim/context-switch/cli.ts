import type { SimCommand, SimCliInput } from '../cli-types.ts';
import { scenarioOrDefault } from '../scenario.ts';
import { parseScenarioOrThrow } from '../scenario-schema.ts';
import { cacheRuleOfThumb, directCosts, indirectTlbCost } from './cost.ts';
import { contextSwitchScenarioSchema } from './schema.ts';
import { initContextSwitch, stepsOf, SWITCH_KIND_LABELS } from './step.ts';

const us = (ns: [number, number]) =>
  ns[0] === ns[1]
    ? `${(ns[0] / 1000).toFixed(1)} µs`
    : `${(ns[0] / 1000).toFixed(1)}–${(ns[1] / 1000).toFixed(1)} µs`;

/** Lists the steps of one switch and its costs. */
export function runContextSwitchCli(input: SimCliInput): string {
  const sc = parseScenarioOrThrow(
    contextSwitchScenarioSchema,
    scenarioOrDefault(input.scenario),
    input.source,
  );
  const state = initContextSwitch(sc);
  const steps = stepsOf(state);
  const direct = directCosts(state.kind);
  const indirect = indirectTlbCost(state);
  const cache = cacheRuleOfThumb(state.kind);
  if (input.json) return JSON.stringify({ scenario: sc, steps, direct, indirect, cache }, null, 2);
  const lines = [
    `${SWITCH_KIND_LABELS[state.kind]}${state.pcid ? '（有 PCID）' : ''}：${steps.length - 1} 步`,
    '',
  ];
  steps.forEach((st, i) => {
    lines.push(`${i}. ${st.title}${st.skipped ? `（跳过：${st.skipped}）` : ''} — ${st.where}`);
    if (input.answer) lines.push(`   ${st.detail}`);
    if (st.saves.length > 0) lines.push(`   保存：${st.saves.join('、')}`);
    if (st.restores.length > 0) lines.push(`   恢复：${st.restores.join('、')}`);
  });
  lines.push('', '直接开销：', ...direct.map((d) => `  ${d.label}：${us(d.ns)}（${d.source}）`));
  lines.push(
    '',
    `间接开销（TLB 模型，工作集 ${state.workingSetPages} 页）：每次多 ${indirect.extraWalksPerEvent.toFixed(1)} 次页表遍历 ≈ ${(indirect.ns / 1000).toFixed(2)} µs`,
    `  ${indirect.note}`,
  );
  if (cache) lines.push(`  ${cache.label}：${us(cache.ns)}（${cache.source}）`);
  return lines.join('\n');
}

/** `npm run sim -- context-switch`: the steps of a process/thread switch, an interrupt or a system call. */
export const command: SimCommand = {
  name: 'context-switch',
  summary: '进程切换、线程切换、中断、系统调用的逐步剖析与开销',
  run: runContextSwitchCli,
};
