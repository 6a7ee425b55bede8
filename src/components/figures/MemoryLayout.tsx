/**
 * <MemoryLayout />: the virtual memory layout of one or two Linux x86-64 processes, page by page,
 * as a thin view over src/sim/address-space. The reader's buttons append events to the timeline;
 * the player steps through them; the URL (`ev`, `pie`, `aslr`, `seed`, `step`) restores a run.
 */
import type { JSX } from 'preact';
import { useComputed, useSignal, useSignalEffect } from '@preact/signals';
import { z } from 'zod';
import {
  describeEvent,
  describeTrace,
  encodeTokens,
  makeConfig,
  pageMap,
  regionTable,
  runAddressSpace,
  tokensSchema,
  tokensToEvents,
  totals,
  layoutConstants,
  type EventToken,
  type TokenAction,
} from '../../sim/address-space/index.ts';
import { parseScenario } from '../../sim/scenario.ts';
import { formatAddr } from '../../sim/units.ts';
import { FigureFrame, useFigureParams } from './parts/FigureFrame.tsx';
import { MemoryColumn, regionKey } from './parts/memory-column.tsx';
import { MemoryControls } from './parts/memory-controls.tsx';
import { MemoryDetails, MemoryLegend } from './parts/memory-details.tsx';
import { framesHeight, MemoryFrames } from './parts/memory-frames.tsx';
import { buildScale, MemoryGaps } from './parts/memory-scale.tsx';
import { usePlayer } from './parts/use-player.ts';
import { parseFigureParams, readStepParam } from './parts/url-state.ts';

const FIGURE_ID = 'memory-layout';

/** The events shown when MDX gives none: heap, mmap, a call, a thread, shm, fork, two writes. */
export const DEFAULT_EVENTS = 'm1000,M1000,c1000,t1000,s1000,f1000,w1002,W1002';

/** Props from MDX, validated at run time (bad props show the frame's error box). */
export const memoryLayoutPropsSchema = z.object({
  /** Event tokens (see src/sim/address-space/tokens.ts). Default: {@link DEFAULT_EVENTS}. */
  events: tokensSchema.optional(),
  /** PIE executable. Default: true. */
  pie: z.boolean().default(true),
  /** ASLR on. Default: false (the classic addresses). */
  aslr: z.boolean().default(false),
  /** Seed for ASLR. Default: 1. */
  seed: z.number().int().nonnegative().default(1),
  /** First step shown: a number, or `'end'` for after the last event. Default: 0. */
  step: z.union([z.number().int().nonnegative(), z.literal('end')]).default(0),
  /** Title above the figure. Default: the registry title. */
  title: z.string().min(1).default('虚拟地址空间布局'),
});

/** Props of {@link MemoryLayout} as written in MDX. */
export type MemoryLayoutProps = z.input<typeof memoryLayoutPropsSchema>;

const urlSchema = z.object({
  ev: tokensSchema.optional(),
  pie: z.enum(['0', '1']).optional(),
  aslr: z.enum(['0', '1']).optional(),
  seed: z.coerce.number().int().nonnegative().optional(),
  step: z.string().optional(),
});

const DEFAULTS = memoryLayoutPropsSchema.parse({});
const AXIS = 92;
const COL = 240;
const FRAMES_W = 96;
const KERNEL_Y = 20;

/** The island. */
export default function MemoryLayout(props: MemoryLayoutProps): JSX.Element {
  const parsed = parseScenario(memoryLayoutPropsSchema, props, 'MDX 属性');
  const init = parsed.ok ? parsed.value : DEFAULTS;
  const initTokens = init.events ?? tokensSchema.parse(DEFAULT_EVENTS);
  const tokens = useSignal<EventToken[]>(initTokens);
  const pie = useSignal(init.pie);
  const aslr = useSignal(init.aslr);
  const seed = useSignal(init.seed);
  const urlError = useSignal<string | null>(null);
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

  const urlParams = useFigureParams(FIGURE_ID);
  useSignalEffect(() => {
    const p = urlParams.value;
    if (!p || Object.keys(p).length === 0) return;
    const r = parseFigureParams(urlSchema, p);
    if (!r.ok) return void (urlError.value = r.error);
    if (r.value.ev) tokens.value = r.value.ev;
    if (r.value.pie) pie.value = r.value.pie === '1';
    if (r.value.aslr) aslr.value = r.value.aslr === '1';
    if (r.value.seed !== undefined) seed.value = r.value.seed;
    const step = readStepParam(p, tokens.peek().length);
    if (!step.ok) return void (urlError.value = step.error);
    player.seek(step.value);
  });

  const view = useComputed(() => {
    const step = player.step.value;
    const state = run.value.states[Math.min(step, run.value.states.length - 1)]!;
    const shown = state.processes.slice(0, 2);
    const tables = shown.map((p) => regionTable(state, p.pid));
    const ranges = [
      ...tables.flat(),
      { start: 0, end: 0 },
      { start: layoutConstants.USER_END, end: layoutConstants.USER_END },
    ];
    const scale = buildScale(ranges, KERNEL_Y + 24);
    return { state, shown, tables, scale, sum: totals(state) };
  });

  const narration = useComputed(() => {
    const step = player.step.value;
    if (step === 0) {
      return '初始状态：进程刚执行完 execve，代码、数据、共享库和主栈已经映射，堆还是空的。用下面的按钮让它分配内存、调用函数、创建线程或 fork。';
    }
    const event = tokensToEvents([tokens.value[step - 1]!])[0]!;
    return [describeEvent(event), ...describeTrace(run.value.traces[step - 1] ?? [])].join(' ');
  });

  const act = (action: TokenAction, pid: number) => {
    const at = player.step.peek();
    tokens.value = [...tokens.peek().slice(0, at), { action, pid }];
    player.seek(at + 1);
  };

  const { state, shown, tables, scale, sum } = view.value;
  const framesX = AXIS + COL + 30;
  const colX = [AXIS + 4, framesX + FRAMES_W + 30];
  const width = (shown.length > 1 ? colX[1]! + COL : framesX + FRAMES_W) + 10;
  const framesY = scale.y(layoutConstants.USER_END) + 4;
  const used = state.frames.filter((n) => n > 0).length;
  const height = Math.max(scale.height, framesY + framesHeight(used)) + 10;
  const sides = shown.map((p, i) => ({
    pid: p.pid,
    edge: i === 0 ? colX[0]! + COL : colX[1]!,
    pages: pageMap(state, p.pid),
  }));
  const hoveredInfo = (() => {
    const key = hovered.value;
    if (!key) return null;
    const i = shown.findIndex((p) => key.startsWith(`${p.pid}|`));
    const info = i >= 0 ? tables[i]!.find((r) => regionKey(shown[i]!.pid, r.name) === key) : undefined;
    return info ? { ...info, pid: shown[i]!.pid, threads: shown[i]!.threads.map((t) => t.tid) } : null;
  })();
  const edges = [...new Set(tables[0]?.flatMap((r) => [r.start, r.end]) ?? [])].sort((a, b) => b - a);
  let lastLabel = -Infinity;
  const axis = [layoutConstants.USER_END, ...edges, 0].flatMap((addr) => {
    const y = scale.y(addr);
    if (y - lastLabel < 10) return [];
    lastLabel = y;
    return [{ addr, y }];
  });
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
      <svg
        data-figure-main
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label="虚拟地址空间与物理页框"
        style={{ maxWidth: `${width * 1.6}px` }}
      >
        <title>虚拟地址空间布局：高地址在上</title>
        <g class="memory-kernel" aria-label="内核空间">
          <rect
            x={AXIS + 4}
            y={KERNEL_Y}
            width={width - AXIS - 14}
            height={20}
            fill="#8a8a8a"
            fill-opacity="0.25"
            stroke="#8a8a8a"
          />
          <text x={AXIS + 10} y={KERNEL_Y + 14} font-size="10" style={{ fill: 'currentColor' }}>
            内核空间 {layoutConstants.KERNEL_HALF.start} 起（所有进程共用，用户态不可访问）
          </text>
        </g>
        <g class="memory-axis" aria-hidden="true" font-family="ui-monospace, monospace" font-size="8.5">
          {axis.map((a) => (
            <text key={a.addr} x={AXIS - 2} y={a.y + 3} text-anchor="end" style={{ fill: 'currentColor' }}>
              {formatAddr(a.addr)}
            </text>
          ))}
        </g>
        {shown.map((p, i) => (
          <MemoryGaps key={`gap-${p.pid}`} scale={scale} x={colX[i]!} width={COL} />
        ))}
        <MemoryFrames
          x={framesX}
          y={framesY}
          refs={state.frames}
          sides={sides}
          scale={scale}
          hovered={hovered.value}
        />
        {shown.map((p, i) => (
          <MemoryColumn
            key={p.pid}
            pid={p.pid}
            title={`进程 ${p.pid}${p.parent !== null ? `（${p.parent} 的子进程）` : ''}`}
            x={colX[i]!}
            width={COL}
            regions={tables[i]!}
            threads={p.threads}
            scale={scale}
            hovered={hovered.value}
            onHover={(key) => (hovered.value = key)}
          />
        ))}
      </svg>
      <MemoryLegend />
      <MemoryDetails region={hoveredInfo} totals={sum} />
      <MemoryControls
        processes={shown.map((p) => ({
          pid: p.pid,
          hasHeap: p.regions.some((r) => r.kind === 'heap'),
          hasShm: p.regions.some((r) => r.kind === 'shm'),
          depth: p.threads[0]!.frames.length,
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

export { MemoryLayout };
