/**
 * `npm run sim -- tasks`: memory and creation cost of N processes, threads and coroutines, and the
 * libco shared-stack run recomputed. Without `n` in the scenario the seed picks N (10 to 10 million).
 */
import type { SimCliInput, SimCommand } from '../cli-types.ts';
import { formatBytes, formatDuration } from '../format.ts';
import { formatTextTable } from '../ipc/text-table.ts';
import { nextInt, seedRng } from '../rng.ts';
import { isRecord, scenarioOrDefault } from '../scenario.ts';
import { parseScenarioOrThrow } from '../scenario-schema.ts';
import { TASK_KIND_NAMES, compareTasks } from './estimate.ts';
import { explainLibco } from './libco.ts';
import type { TasksScenario } from './model.ts';
import { tasksScenarioSchema } from './schema.ts';

/** Fills in a seeded N when the scenario has none, then validates. */
export function resolveTasksScenario(input: SimCliInput): TasksScenario {
  const raw = scenarioOrDefault(input.scenario);
  if (isRecord(raw) && !('n' in raw)) {
    const [exp] = nextInt(seedRng(input.seed), 6); // 10^1 … 10^6, then one more for 10^7
    return parseScenarioOrThrow(
      tasksScenarioSchema,
      { ...raw, n: 10 ** (exp + 1 + (input.seed % 2)) },
      input.source,
    );
  }
  return parseScenarioOrThrow(tasksScenarioSchema, raw, input.source);
}

const count = (n: number) => n.toLocaleString('en-US');

/** Runs the calculator and formats the question and, on request, the answers. */
export function runTasksCli(input: SimCliInput): string {
  const sc = resolveTasksScenario(input);
  const costs = compareTasks(sc);
  const libco = explainLibco(sc.libco);
  if (input.json) return JSON.stringify({ seed: input.seed, scenario: sc, costs, libco }, null, 2);
  const out = [
    `场景（${input.source}），种子 ${input.seed}：`,
    `  N = ${count(sc.n)} 个任务；${sc.cores} 核，内存 ${formatBytes(sc.ramBytes)}`,
    `  父进程驻留 ${formatBytes(sc.parentResidentBytes)}、虚拟 ${formatBytes(sc.parentVirtualBytes)}，子进程写过的页占 ${sc.cowWriteFraction * 100}%`,
    `  线程栈 ${formatBytes(sc.threadStackBytes)}，实际用到的栈 ${formatBytes(sc.touchedStackBytes)}，协程私有栈 ${formatBytes(sc.coroutineStackBytes)}，async 任务 ${formatBytes(sc.asyncTaskBytes)}`,
    `  libco：${count(sc.libco.coroutines)} 个协程，每 ${count(sc.libco.group)} 个共用 ${formatBytes(sc.libco.sharedStackBytes)} 的栈，报告总量 ${sc.libco.reportedTotalBytes / 1e9} GB`,
    '',
    `问题：用进程、线程、有栈协程、共享栈协程、async 任务各跑 ${count(sc.n)} 个任务，要预留多少虚拟内存、大约占多少物理内存、创建要多久？`,
    `      libco 的 ${count(libco.coroutines)} 个协程里，栈占了 ${sc.libco.reportedTotalBytes / 1e9} GB 中的多少？`,
  ];
  if (!input.answer) return [...out, '', '（加 --answer 查看答案）'].join('\n');
  out.push(
    '',
    '答案（常数见 src/sim/tasks/constants.ts；标“模型估计”的可调）：',
    formatTextTable([
      ['方式', '虚拟预留', '驻留估计', '创建耗时', '地址空间', '内存'],
      ...costs.map((c) => [
        TASK_KIND_NAMES[c.kind],
        formatBytes(c.virtualBytes),
        formatBytes(c.residentBytes),
        formatDuration(c.createNs),
        c.fitsAddressSpace ? '放得下' : '超出 128 TiB',
        c.fitsRam ? '放得下' : '超出内存',
      ]),
    ]),
    '',
    ...costs.flatMap((c) => [
      `${TASK_KIND_NAMES[c.kind]}：`,
      ...c.parts.map(
        (p) =>
          `  - ${p.label}：虚拟 ${formatBytes(p.virtualBytes)}，驻留 ${formatBytes(p.residentBytes)}（${p.basis}）`,
      ),
    ]),
    '',
    `libco：${count(libco.stacks)} 个共享栈 × ${formatBytes(sc.libco.sharedStackBytes)} = ${formatBytes(libco.stackBytes)}，` +
      `只占总量的 ${(libco.stackShare * 100).toFixed(3)}%；其余 ${formatBytes(libco.restBytes)} 是每连接状态，` +
      `平均每个连接 ${Math.round(libco.perConnectionBytes).toLocaleString('en-US')} B。` +
      `若每个协程用 128 KiB 私有栈，光栈就要 ${formatBytes(libco.privateStacksBytes)}。`,
  );
  return out.join('\n');
}

/** `npm run sim -- tasks`: processes vs threads vs coroutines for N tasks. */
export const command: SimCommand = {
  name: 'tasks',
  summary: '进程、线程、协程跑 N 个任务：虚拟内存、驻留内存与创建耗时，以及 libco 共享栈的账',
  run: runTasksCli,
};
