/**
 * `npm run sim -- address-space [--scenario file.json] [--seed N] [--json] [--answer]`:
 * echoes the scenario, then prints each process's regions (start, end, size, permissions,
 * who shares them) and the frame counts; `--answer` adds the step-by-step narration.
 */
import type { SimCliInput, SimCommand } from '../cli-types.ts';
import { formatAddr } from '../units.ts';
import { HALF_SIZE, KERNEL_HALF } from './constants.ts';
import { describeEvent, describeTrace, formatApproxSize, formatSize } from './describe.ts';
import { regionTable, totals } from './queries.ts';
import type { AddressSpaceScenario } from './model.ts';
import { parseAddressSpaceScenario } from './schema.ts';
import { defaultScenario } from './scenarios/default.ts';
import { initAddressSpace, stepAddressSpace } from './step.ts';
import type { AddressSpaceEvent, AddressSpaceState, TraceEntry } from './model.ts';
import { ScenarioError } from '../scenario.ts';
import { clip } from '../clip.ts';

/**
 * Plays the events keeping only the last state (the CLI prints no other), and stops with a
 * {@link ScenarioError} naming the event that would take the model past one of its limits.
 */
function play(sc: AddressSpaceScenario, source: string): { last: AddressSpaceState; traces: TraceEntry[][] } {
  let last = initAddressSpace(sc.config, sc.seed);
  const traces: TraceEntry[][] = [];
  sc.events.forEach((e: AddressSpaceEvent, i) => {
    const [next, trace] = stepAddressSpace(last, e);
    const over = trace.find((t) => t.kind === 'rejected' && t.limit);
    if (over && over.kind === 'rejected') throw new ScenarioError(source, [`events.${i}: ${over.why}`]);
    last = next;
    traces.push(trace);
  });
  return { last, traces };
}

/** Picks the scenario (the default one, or the validated file) and the seed (`--seed` wins unless it is the default 1). */
function resolve(input: SimCliInput): AddressSpaceScenario {
  if (input.scenario === undefined) return { ...defaultScenario, seed: input.seed };
  const parsed = parseAddressSpaceScenario(input.scenario, input.source);
  if (!parsed.ok) throw parsed.error;
  return input.seed !== 1 ? { ...parsed.value, seed: input.seed } : parsed.value;
}

const pad = (cells: string[], widths: number[]): string =>
  cells
    .map((c, i) => c.padEnd(widths[i]!))
    .join('  ')
    .trimEnd();

/** Runs the scenario and returns the report. */
function run(input: SimCliInput): string {
  const sc = resolve(input);
  const { last, traces } = play(sc, input.source);
  const sum = totals(last);
  if (input.json) {
    return JSON.stringify(
      {
        title: sc.title === undefined ? null : clip(sc.title),
        seed: sc.seed,
        config: sc.config,
        events: sc.events,
        processes: last.processes.map((p) => ({
          pid: p.pid,
          parent: p.parent,
          regions: regionTable(last, p.pid),
        })),
        totals: sum,
        ...(input.answer ? { narration: traces.map(describeTrace) } : {}),
      },
      null,
      2,
    );
  }
  const out: string[] = [];
  out.push(`场景：${clip(sc.title ?? input.source)}（${input.source}）`);
  out.push(
    `种子 ${sc.seed}；PIE ${sc.config.pie ? '开' : '关'}；ASLR ${sc.config.aslr ? '开' : '关'}；mmap 阈值 ${formatSize(sc.config.mmapThreshold)}；栈上限 ${formatSize(sc.config.stackLimit)}`,
  );
  out.push('事件：');
  sc.events.forEach((e, i) => {
    out.push(`  ${i + 1}. ${describeEvent(e)}`);
    if (input.answer) for (const line of describeTrace(traces[i]!)) out.push(`       → ${line}`);
  });
  const widths = [18, 18, 10, 5, 26, 6, 8];
  for (const p of last.processes) {
    out.push('');
    out.push(
      `进程 ${p.pid}${p.parent !== null ? `（父进程 ${p.parent}）` : ''}  ${p.program}  线程 ${p.threads.map((t) => t.tid).join(', ')}`,
    );
    out.push(pad(['起始', '结束', '大小', '权限', '区域', '驻留页', '与谁共享'], widths));
    for (const r of regionTable(last, p.pid)) {
      const who = r.sharedWith.length > 0 ? r.sharedWith.join(', ') : '—';
      out.push(
        pad(
          [
            formatAddr(r.start),
            formatAddr(r.end),
            formatSize(r.size),
            r.perms,
            r.name,
            String(r.resident),
            who,
          ],
          widths,
        ),
      );
    }
    out.push(
      pad(
        [
          KERNEL_HALF.start,
          KERNEL_HALF.end,
          formatSize(HALF_SIZE),
          KERNEL_HALF.perms,
          '[kernel]',
          '',
          '所有进程',
        ],
        widths,
      ),
    );
  }
  out.push('');
  out.push(
    `物理页框：使用中 ${sum.framesInUse}，被多个页表共享 ${sum.sharedFrames}，仅被页缓存/共享内存对象持有 ${sum.cacheOnlyFrames}`,
  );
  for (const t of sum.processes) {
    out.push(
      `  进程 ${t.pid}：虚拟大小 ${formatApproxSize(t.virtualSize)}，驻留 ${t.resident} 页（共享 ${t.shared}，私有 ${t.private}）`,
    );
  }
  return out.join('\n');
}

/** The `address-space` command. */
export const command: SimCommand = {
  name: 'address-space',
  summary: '进程地址空间布局：堆、栈、mmap、线程栈、fork 写时复制与共享内存的页框',
  run,
};
