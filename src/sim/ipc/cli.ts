/**
 * `npm run sim -- ipc`: the comparison table for a message size and count, then (with --answer)
 * the costs and one transfer traced event by event. Without a `transfer` in the scenario the seed
 * picks the mechanism and the message size, so each seed is a new exercise (OSTEP style).
 */
import type { SimCliInput, SimCommand } from '../cli-types.ts';
import { nextInt, seedRng } from '../rng.ts';
import { isRecord, scenarioOrDefault } from '../scenario.ts';
import { parseScenarioOrThrow } from '../scenario-schema.ts';
import { describeTransfer } from './describe.ts';
import { MECHANISM_IDS, getMechanism } from './mechanisms.ts';
import { ipcScenarioSchema, type IpcScenario } from './schema.ts';
import { LABELS, compareMechanisms } from './table.ts';
import { formatBytes, formatDuration } from '../format.ts';
import { formatTextTable } from './text-table.ts';
import { initTransfer, runTransfer } from './transfer.ts';
import { transferTotals } from './totals.ts';

/** Most steps of the transfer that the CLI lists; the totals always cover the whole transfer. */
export const MAX_TRACE_STEPS = 200;

/** Message sizes the seed chooses from: around the pipe and queue limits. */
const SEED_SIZES = [100, 4096, 8192, 20_000, 65_536, 100_000, 300_000];

/** Fills in a seeded transfer when the scenario has none, then validates. */
export function resolveIpcScenario(input: SimCliInput): IpcScenario {
  const raw = scenarioOrDefault(input.scenario);
  let withTransfer = raw;
  if (isRecord(raw) && !('transfer' in raw)) {
    const [m, r1] = nextInt(seedRng(input.seed), MECHANISM_IDS.length);
    const [k] = nextInt(r1, SEED_SIZES.length);
    withTransfer = { ...raw, transfer: { mechanism: MECHANISM_IDS[m], size: SEED_SIZES[k] } };
  }
  return parseScenarioOrThrow(ipcScenarioSchema, withTransfer, input.source);
}

const yes = (b: boolean) => (b ? '是' : '否');
const orDash = (n: number | null) => (n === null ? '—' : formatBytes(n));

/** Runs the IPC model on the scenario and formats the question and, on request, the answers. */
export function runIpcCli(input: SimCliInput): string {
  const sc = resolveIpcScenario(input);
  const rows = compareMechanisms(sc.table);
  const t = sc.transfer;
  const start = initTransfer(t.mechanism, t);
  // The totals in closed form: a 1 GiB transfer has millions of steps; only the first are listed.
  const totals = transferTotals(t.mechanism, t);
  const [end, steps] = runTransfer(start, MAX_TRACE_STEPS);
  const truncated = steps.length < totals.steps;
  if (input.json) {
    const transfer = { totals, truncated, totalSteps: totals.steps, steps, end: truncated ? null : end };
    return JSON.stringify({ seed: input.seed, scenario: sc, rows, transfer }, null, 2);
  }
  const { size, count, shmSync, regionBytes } = sc.table;
  const rounded =
    t.capacity !== undefined && start.capacity !== t.capacity
      ? `（Linux 把管道容量取整为整页、2 的幂：${formatBytes(start.capacity)}）`
      : '';
  const out = [
    `场景（${input.source}），种子 ${input.seed}：`,
    `  对比表：${count} 条消息，每条 ${formatBytes(size)}；共享内存同步方式 ${shmSync === 'spin' ? '自旋' : '信号量'}，区域 ${formatBytes(regionBytes)}`,
    `  传输：一条 ${formatBytes(t.size)} 的消息经「${getMechanism(t.mechanism).name}」` +
      (t.capacity ? `，缓冲区 ${formatBytes(t.capacity)}${rounded}` : '') +
      (t.readChunk ? `，每次读 ${formatBytes(t.readChunk)}` : ''),
    '',
    formatTextTable([
      ['方式', '数据量', '需亲缘', '方向', '形式', '需自行同步', '持久性', '跨主机', '原子写上限', '缓冲区'],
      ...rows.map((r) => [
        r.name,
        LABELS.volume[r.volume],
        yes(r.needsKinship),
        LABELS.direction[r.direction],
        LABELS.framing[r.framing],
        yes(r.needsUserSync),
        LABELS.persistence[r.persistence],
        yes(r.crossesHosts),
        orDash(r.atomicLimit),
        orDash(r.capacity),
      ]),
    ]),
    '',
    '问题：每种方式传这些消息，内核要拷贝多少字节、做多少次系统调用、大约要多久？',
    `      这条 ${formatBytes(t.size)} 的消息经「${getMechanism(t.mechanism).name}」传输时，写进程会阻塞几次？`,
  ];
  if (!input.answer) return [...out, '', '（加 --answer 查看答案）'].join('\n');
  out.push(
    '',
    '答案（模型估计；常数见 src/sim/ipc/cost.ts，按 ipc-bench 校准）：',
    formatTextTable([
      ['方式', '每字节拷贝', '拷贝字节', '系统调用', '写者阻塞', '单条延迟', '总时间', '消息/秒'],
      ...rows.map((r) => [
        r.name,
        String(r.cost.copiesPerByte),
        r.cost.carriesData ? formatBytes(r.cost.bytesCopied) : '不传数据',
        r.cost.syscalls.toLocaleString('en-US'),
        (r.cost.writerBlocksPerMessage * count).toLocaleString('en-US'),
        formatDuration(r.cost.latencyNs),
        formatDuration(r.cost.totalNs),
        Math.round(r.cost.messagesPerSecond).toLocaleString('en-US'),
      ]),
    ]),
    '',
    truncated
      ? `传输过程（共 ${totals.steps.toLocaleString('en-US')} 步，只列出前 ${steps.length} 步）：`
      : `传输过程（${steps.length} 步）：`,
    ...steps.map((trace, i) => `  ${String(i + 1).padStart(3)}. ${trace.map(describeTransfer).join('')}`),
    ...(truncated ? [`  ……（其余 ${(totals.steps - steps.length).toLocaleString('en-US')} 步从略）`] : []),
    `  合计（整个传输）：系统调用 ${totals.syscalls.toLocaleString('en-US')} 次，内核拷贝 ${formatBytes(totals.bytesCopied)}，` +
      `写者阻塞 ${totals.writerBlocks.toLocaleString('en-US')} 次，唤醒 ${totals.wakeups.toLocaleString('en-US')} 次。`,
  );
  return out.join('\n');
}

/** `npm run sim -- ipc`: compare the IPC mechanisms and trace one transfer. */
export const command: SimCommand = {
  name: 'ipc',
  summary: '进程间通信方式对比：拷贝次数、系统调用、阻塞与估计耗时，并逐步跟踪一次传输',
  run: runIpcCli,
};
