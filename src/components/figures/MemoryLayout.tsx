/**
 * <MemoryLayout />: the virtual memory layout of one or two Linux x86-64 processes, page by page,
 * as a thin view over src/sim/address-space. The reader's buttons append events to the timeline;
 * the player steps through them; the URL (`ev`, `pie`, `aslr`, `seed`, `step`) restores a run.
 */
import type { JSX } from 'preact';
import { useComputed, useSignal } from '@preact/signals';
import { z } from 'zod/mini';
import {
  describeEvent,
  describeTrace,
  encodeTokens,
  makeConfig,
  regionTable,
  runAddressSpace,
  tokensSchema,
  tokensToEvents,
  totals,
  type EventToken,
  type TokenAction,
} from '../../sim/address-space/index.ts';
import { parseScenario, seedIn } from '../../sim/scenario.ts';
import { FigureFrame } from './parts/FigureFrame.tsx';
import { regionKey } from './parts/memory-column.tsx';
import { MemoryControls } from './parts/memory-controls.tsx';
import { MemoryDetails, MemoryLegend } from './parts/memory-details.tsx';
import { MemoryDiagram } from './parts/memory-diagram.tsx';
import { usePlayer } from './parts/use-player.ts';
import { useFigureUrlState } from './parts/use-figure-url-state.ts';

const FIGURE_ID = 'memory-layout';

/** The events shown when MDX gives none: heap, mmap, a call, a thread and its arena, shm, fork, two writes. */
export const DEFAULT_EVENTS = 'm1000,M1000,c1000,t1000,m1000.1001,s1000,f1000,w1002,W1002';

/** Props from MDX, validated at run time (bad props show the frame's error box). */
export const memoryLayoutPropsSchema = z.object({
  /** Event tokens (see src/sim/address-space/tokens.ts). Default: {@link DEFAULT_EVENTS}. */
  events: z.optional(tokensSchema),
  /** PIE executable. Default: true. */
  pie: z._default(z.boolean(), true),
  /** ASLR on. Default: false (the classic addresses). */
  aslr: z._default(z.boolean(), false),
  /** Seed for ASLR. Default: 1. */
  seed: z._default(seedIn(), 1),
  /** First step shown: a number, or `'end'` for after the last event. Default: 0. */
  step: z._default(z.union([z.int().check(z.nonnegative()), z.literal('end')]), 0),
  /** Title above the figure. Default: the registry title. */
  title: z._default(z.string().check(z.minLength(1)), '虚拟地址空间布局'),
});

/** Props of {@link MemoryLayout} as written in MDX. */
export type MemoryLayoutProps = z.input<typeof memoryLayoutPropsSchema>;

const urlSchema = z.object({
  ev: z.optional(tokensSchema),
  pie: z.optional(z.enum(['0', '1'])),
  aslr: z.optional(z.enum(['0', '1'])),
  seed: z.optional(z.pipe(z.coerce.number(), seedIn())),
  step: z.optional(z.string()),
});

const DEFAULTS = memoryLayoutPropsSchema.parse({});

/** The island. */
export default function MemoryLayout(props: MemoryLayoutProps): JSX.Element {
  const parsed = parseScenario(memoryLayoutPropsSchema, props, 'MDX 属性');
  const init = parsed.ok ? parsed.value : DEFAULTS;
  const initTokens = init.events ?? tokensSchema.parse(DEFAULT_EVENTS);
  const tokens = useSignal<EventToken[]>(initTokens);
  const pie = useSignal(init.pie);
  const aslr = useSignal(init.aslr);
  const seed = useSignal(init.seed);
  const hovered = useSignal<string | null>(null);
  const steps = useComputed(() => tokens.value.length);
  const player = usePlayer(steps, { initialStep: init.step === 'end' ? initTokens.length : init.step });
  const run = useComputed(() =>
    runAddressSpace(
      makeConfig({ pie: pie.value, aslr: aslr.value }),
      tokensToEvents(tokens.value),
      seed.value,
    ),
  );

  const urlError = useFigureUrlState(
    FIGURE_ID,
    urlSchema,
    (v) => {
      if (v.ev) tokens.value = v.ev;
      if (v.pie) pie.value = v.pie === '1';
      if (v.aslr) aslr.value = v.aslr === '1';
      if (v.seed !== undefined) seed.value = v.seed;
    },
    { player, last: () => tokens.peek().length },
  );

  const view = useComputed(() => {
    const step = player.step.value;
    const state = run.value.states[Math.min(step, run.value.states.length - 1)]!;
    const shown = state.processes.slice(0, 2);
    const tables = shown.map((p) => regionTable(state, p.pid));
    return { state, shown, tables, sum: totals(state) };
  });

  const narration = useComputed(() => {
    const step = player.step.value;
    if (step === 0) {
      return '初始状态：进程刚执行完 execve，代码、数据、共享库和主栈已经映射，堆还是空的。用下面的按钮让它分配内存、调用函数、创建线程或 fork。';
    }
    const event = tokensToEvents([tokens.value[step - 1]!])[0]!;
    return [describeEvent(event), ...describeTrace(run.value.traces[step - 1] ?? [])].join(' ');
  });

  const act = (action: TokenAction, pid: number, tid?: number) => {
    const at = player.step.peek();
    const token: EventToken = tid === undefined ? { action, pid } : { action, pid, tid };
    tokens.value = [...tokens.peek().slice(0, at), token];
    player.seek(at + 1);
  };

  const { state, shown, tables, sum } = view.value;
  const hoveredInfo = (() => {
    const key = hovered.value;
    if (!key) return null;
    const i = shown.findIndex((p) => key.startsWith(`${p.pid}|`));
    const info = i >= 0 ? tables[i]!.find((r) => regionKey(shown[i]!.pid, r.name) === key) : undefined;
    return info ? { ...info, pid: shown[i]!.pid, threads: shown[i]!.threads.map((t) => t.tid) } : null;
  })();
  const error = parsed.ok ? urlError.value : parsed.error.message;

  return (
    <FigureFrame
      id={FIGURE_ID}
      title={init.title}
      narration={narration}
      error={error}
      player={player}
      seed={seed.value}
      onSeedChange={(n) => (seed.value = n)}
      params={() => ({
        ev: encodeTokens(tokens.peek()),
        pie: pie.peek() ? '1' : '0',
        aslr: aslr.peek() ? '1' : '0',
      })}
      minHeight="24rem"
    >
      <MemoryDiagram
        state={state}
        processes={shown}
        tables={tables}
        hovered={hovered.value}
        onHover={(key) => (hovered.value = key)}
      />
      <MemoryLegend />
      <MemoryDetails region={hoveredInfo} totals={sum} />
      <MemoryControls
        processes={shown.map((p) => ({
          pid: p.pid,
          hasHeap: p.regions.some((r) => r.kind === 'heap'),
          hasShm: p.regions.some((r) => r.kind === 'shm'),
          threads: p.threads.map((t) => ({ tid: t.tid, depth: t.frames.length })),
        }))}
        canFork={state.processes.length < 2}
        pie={pie.value}
        aslr={aslr.value}
        onAct={act}
        onConfig={(c) => {
          if (c.pie !== undefined) pie.value = c.pie;
          if (c.aslr !== undefined) aslr.value = c.aslr;
        }}
      />
    </FigureFrame>
  );
}

/** The same island as a named export. */
export { MemoryLayout };
