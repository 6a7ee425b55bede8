/**
 * <TlbFlush />: threads of two processes take turns on one CPU; the TLB is drawn as a grid
 * coloured by address space. Without PCID a process switch wipes the user entries, a thread
 * switch keeps them, and with PCID they stay tagged. A thin view over src/sim/tlb: every number
 * on screen is read from the model's state at the step shown.
 */
import type { JSX } from 'preact';
import { useComputed, useSignal } from '@preact/signals';
import { z } from 'zod/mini';
import {
  describeTlbStep,
  initTlbSim,
  POLICY_LABELS,
  recordTlbRun,
  summarizeTlbMetrics,
  SWITCH_POLICIES,
  taskPid,
  tlbScenarioSchema,
  TRACE_KINDS,
} from '../../sim/tlb/index.ts';
import type { SwitchPolicy, TlbScenario } from '../../sim/tlb/index.ts';
import { intIn, parseScenario, seedIn } from '../../sim/scenario.ts';
import { FigureFrame } from './parts/FigureFrame.tsx';
import { usePlayer } from './parts/use-player.ts';
import { useFigureUrlState } from './parts/use-figure-url-state.ts';
import { TlbControls } from './parts/tlb-controls.tsx';
import { TlbCounters } from './parts/tlb-counters.tsx';
import { KERNEL_COLOR, ownerColor, TlbGrid, tlbGridHeight } from './parts/tlb-grid.tsx';
import { TIMELINE_HEIGHT, TlbTimeline } from './parts/tlb-timeline.tsx';
import { gridCells, timelineCells } from './parts/tlb-cells.tsx';
import { TlbStyles } from './parts/tlb-styles.tsx';

const FIGURE_ID = 'tlb-flush';

/** Props from MDX, validated at run time (bad props show the frame's error box). */
export const tlbFlushPropsSchema = z.object({
  /** How the tasks are scheduled. Default: process-switch (no PCID). */
  policy: z._default(z.enum(SWITCH_POLICIES), 'process-switch'),
  /** Show the three policies side by side on the same trace. Default: false. */
  compare: z._default(z.boolean(), false),
  /** Seed of the simulator. Default: 1. */
  seed: z._default(seedIn(), 1),
  /** TLB entries. Default: 16. */
  entries: z._default(intIn(1, 64), 16),
  /** Ways per set, or 'full'. Default: 4. */
  ways: z._default(z.union([z.literal('full'), intIn(1, 64)]), 4),
  /** Access pattern of every task. Default: sequential. */
  trace: z._default(z.enum(TRACE_KINDS), 'sequential'),
  /** Runnable tasks. Default: 4. */
  tasks: z._default(intIn(1, 6), 4),
  /** Threads per process (consecutive tasks share a process). Default: 2. */
  threadsPerProcess: z._default(intIn(1, 6), 2),
  /** Accesses the player steps through. Default: 96. */
  steps: z._default(intIn(4, 400), 96),
  /** First step shown. Default: 0. */
  step: z._default(z.int().check(z.minimum(0)), 0),
  /** Title above the figure. */
  title: z._default(z.string().check(z.minLength(1)), 'TLB 与地址空间切换'),
});

/** Props of {@link TlbFlush} as written in MDX. */
export type TlbFlushProps = z.input<typeof tlbFlushPropsSchema>;
type Options = z.output<typeof tlbFlushPropsSchema>;

const urlSchema = z.object({
  policy: z.optional(z.enum(SWITCH_POLICIES)),
  compare: z.optional(z.enum(['0', '1'])),
  entries: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(64))),
  trace: z.optional(z.enum(TRACE_KINDS)),
  seed: z.optional(z.pipe(z.coerce.number(), seedIn())),
  step: z.optional(z.string()),
});

/**
 * The figure's scenario: each task scans 3 pages, 4 accesses a page, 12 accesses a slice; a
 * system call every 10 accesses touches 2 global kernel pages.
 */
export function figureScenario(o: Options, policy: SwitchPolicy = o.policy): TlbScenario {
  return tlbScenarioSchema.parse({
    policy,
    tasks: o.tasks,
    threadsPerProcess: o.threadsPerProcess,
    timeSlice: 12,
    accesses: o.steps,
    syscallEvery: 10,
    kernelAccesses: 2,
    kernelPages: 2,
    tlb: { entries: o.entries, ways: o.ways },
    trace: { kind: o.trace, pages: 3, step: 1024, stride: 4096, hotPages: 2 },
    seed: o.seed,
  });
}

const DEFAULTS = tlbFlushPropsSchema.parse({});
const WIDTH = 720;

/** The island. */
export default function TlbFlush(props: TlbFlushProps): JSX.Element {
  const parsed = parseScenario(tlbFlushPropsSchema, props, 'MDX 属性');
  // The geometry is checked by the model's own schema, so "entries must divide by ways" names tlb.ways.
  const geometry = parsed.ok
    ? parseScenario(
        tlbScenarioSchema,
        { tlb: { entries: parsed.value.entries, ways: parsed.value.ways } },
        'MDX 属性',
      )
    : null;
  const propsError = !parsed.ok
    ? parsed.error.message
    : geometry && !geometry.ok
      ? geometry.error.message
      : null;
  const init = parsed.ok && propsError === null ? parsed.value : DEFAULTS;
  const options = useSignal<Options>(init);
  const player = usePlayer(init.steps, { initialStep: init.step });

  const runs = useComputed(() => {
    const o = options.value;
    const policies: SwitchPolicy[] = o.compare ? [...SWITCH_POLICIES] : [o.policy];
    return policies.map((policy) => ({
      policy,
      run: recordTlbRun(initTlbSim(figureScenario(o, policy)), o.steps),
    }));
  });

  const urlError = useFigureUrlState(
    FIGURE_ID,
    urlSchema,
    (v) => {
      const o = options.peek();
      const next: Options = {
        ...o,
        policy: v.policy ?? o.policy,
        compare: v.compare !== undefined ? v.compare === '1' : o.compare,
        entries: v.entries ?? o.entries,
        trace: v.trace ?? o.trace,
        seed: v.seed ?? o.seed,
      };
      const geo = parseScenario(
        tlbScenarioSchema,
        { tlb: { entries: next.entries, ways: next.ways } },
        '网址参数',
      );
      if (!geo.ok) return geo.error.message;
      options.value = next;
      return null;
    },
    { player, last: () => options.peek().steps },
  );

  const narration = useComputed(() => {
    const step = player.step.value;
    const first = runs.value[0]!;
    if (step === 0) {
      const o = options.value;
      return `初始状态：${o.tasks} 个线程分属 ${Math.ceil(o.tasks / o.threadsPerProcess)} 个进程，轮流在一个 CPU 上运行，TLB 为空。${o.compare ? '三种切换方式跑的是同一串访问。' : `当前方式：${POLICY_LABELS[o.policy]}。`}`;
    }
    return describeTlbStep(first.run.events[step - 1]!);
  });

  const o = options.value;
  const step = player.step.value;
  const list = runs.value;
  const sets = list[0]!.run.states[0]!.tlb.sets;
  const ways = list[0]!.run.states[0]!.tlb.ways;
  const colW = (WIDTH - 10) / list.length;
  const cellWidth = Math.max(14, Math.min(110, (colW - 40) / ways - 3));
  const gridTop = 8 + TIMELINE_HEIGHT + 8;
  const height = gridTop + tlbGridHeight(sets) + 8;
  const processes = [
    ...new Set(
      list.flatMap(({ run }) => {
        const sc = run.states[0]!.scenario;
        return Array.from({ length: sc.tasks }, (_, i) => taskPid(sc, i));
      }),
    ),
  ];
  const error = propsError ?? urlError.value;

  return (
    <FigureFrame
      id={FIGURE_ID}
      title={init.title}
      narration={narration}
      error={error}
      player={player}
      seed={o.seed}
      onSeedChange={(n) => (options.value = { ...options.peek(), seed: n })}
      params={() => {
        const c = options.peek();
        return {
          policy: c.policy,
          compare: c.compare ? '1' : '0',
          entries: String(c.entries),
          trace: c.trace,
        };
      }}
      minHeight="22rem"
    >
      <TlbStyles />
      <div class="tlb-fig">
        <svg
          data-figure-main
          viewBox={`0 0 ${WIDTH} ${height}`}
          role="group"
          aria-label="TLB 条目与访问时间线"
        >
          <title>TLB 与地址空间切换</title>
          <TlbTimeline
            x={5}
            y={8}
            width={WIDTH - 10}
            cells={timelineCells(list[list.length > 1 ? 1 : 0]!.run)}
            step={step}
            label={list.length > 1 ? POLICY_LABELS['process-switch'] : undefined}
          />
          {list.map(({ policy, run }, i) => (
            <TlbGrid
              key={policy}
              x={5 + i * colW}
              y={gridTop}
              sets={sets}
              ways={ways}
              cells={gridCells(run, step)}
              cellWidth={cellWidth}
              title={`${POLICY_LABELS[policy]} · ${sets} 组 × ${ways} 路`}
            />
          ))}
        </svg>
        <ul class="tlb-legend">
          {processes.map((pid) => (
            <li key={pid}>
              <span style={{ background: ownerColor(pid) }} />
              进程 {pid} 的页
            </li>
          ))}
          <li>
            <span style={{ background: KERNEL_COLOR }} />
            内核全局页
          </li>
          <li>
            格内：所属（P=进程，K=内核）、页号末 3 位
            {o.policy === 'process-switch-pcid' || o.compare ? '、·PCID' : ''}
          </li>
        </ul>
        <div class="tlb-panels">
          {list.map(({ policy, run }) => {
            const m = run.states[step]!.metrics;
            return (
              <TlbCounters
                key={policy}
                title={POLICY_LABELS[policy]}
                metrics={m}
                summary={summarizeTlbMetrics(m)}
              />
            );
          })}
        </div>
        <TlbControls
          policy={o.policy}
          compare={o.compare}
          entries={o.entries}
          trace={o.trace}
          onChange={(c) => {
            const next = { ...options.peek(), ...c };
            const check = parseScenario(
              tlbScenarioSchema,
              { tlb: { entries: next.entries, ways: next.ways } },
              '控件',
            );
            if (!check.ok) next.ways = 'full';
            options.value = next;
          }}
        />
      </div>
    </FigureFrame>
  );
}

export { TlbFlush };
