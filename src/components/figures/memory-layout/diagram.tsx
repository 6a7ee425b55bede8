/**
 * The SVG of the memory-layout figure: the kernel half on top, an address axis, one column per
 * process on a shared broken scale (so a forked child lines up with its parent) and the physical
 * frames between them, with a line from every resident page to its frame.
 */
import type { JSX } from 'preact';
import { useContext } from 'preact/hooks';
import { SlideFolded } from '../frame/slide-detail.ts';
import * as layoutConstants from '../../../sim/address-space/constants.ts';
import type { AddressSpaceState, Process } from '../../../sim/address-space/model.ts';
import { pageMap, type RegionInfo } from '../../../sim/address-space/queries.ts';
import { formatAddr } from '../../../sim/units.ts';
import { MemoryColumn } from './column.tsx';
import { framesHeight, MemoryFrames } from './frames.tsx';
import { buildScale, MemoryGaps } from './scale.tsx';

const AXIS = 124;
const COL = 270;
const FRAMES_W = 96;
const KERNEL_Y = 20;
/** Axis labels closer than this (SVG units) to the previous one are left out. */
const LABEL_SPACING = 12;

/** Props of {@link MemoryDiagram}: plain values from the island. */
export interface MemoryDiagramProps {
  state: AddressSpaceState;
  /** The processes to draw (one or two). */
  processes: readonly Process[];
  /** Their region tables, in the same order. */
  tables: readonly (readonly RegionInfo[])[];
  hovered: string | null;
  onHover(key: string | null): void;
  /** The width available in pixels (null on the server): below {@link NARROW_PX} the narrow layout. */
  width?: number | null | undefined;
}

/** Below this many pixels: columns stacked, no address axis, frames underneath, one unit per pixel. */
export const NARROW_PX = 560;

/** The diagram. */
export function MemoryDiagram(props: MemoryDiagramProps): JSX.Element {
  const { state, processes: shown, tables, hovered, onHover } = props;
  // On a slide the address axis folds away (显示全部细节 brings it back): the columns get its width.
  const folded = useContext(SlideFolded);
  if (props.width != null && props.width < NARROW_PX) return <NarrowDiagram {...props} width={props.width} />;
  const ranges = [
    ...tables.flat(),
    { start: 0, end: 0 },
    { start: layoutConstants.USER_END, end: layoutConstants.USER_END },
  ];
  const scale = buildScale(ranges, KERNEL_Y + 24);
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
  const edges = [...new Set(tables[0]?.flatMap((r) => [r.start, r.end]) ?? [])].sort((a, b) => b - a);
  let lastLabel = -Infinity;
  const axis = [layoutConstants.USER_END, ...edges, 0].flatMap((addr) => {
    const y = scale.y(addr);
    if (y - lastLabel < LABEL_SPACING) return [];
    lastLabel = y;
    return [{ addr, y }];
  });
  return (
    <svg
      data-figure-main
      viewBox={`${folded ? AXIS : 0} 0 ${folded ? width - AXIS : width} ${height}`}
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
        <text x={AXIS + 10} y={KERNEL_Y + 14} font-size="11" style={{ fill: 'currentColor' }}>
          内核空间 {layoutConstants.KERNEL_HALF.start} 起（所有进程共用，用户态不可访问）
        </text>
      </g>
      <g class="memory-axis" aria-hidden="true" font-family="ui-monospace, monospace" font-size="11">
        {folded
          ? null
          : axis.map((a) => (
              <text key={a.addr} x={AXIS - 2} y={a.y + 3} text-anchor="end" style={{ fill: 'currentColor' }}>
                {formatAddr(a.addr)}
              </text>
            ))}
      </g>
      {shown.map((p, i) => (
        <MemoryGaps key={`gap-${p.pid}`} scale={scale} x={colX[i]!} width={COL} fontSize={11} />
      ))}
      <MemoryFrames
        x={framesX}
        y={framesY}
        refs={state.frames}
        sides={sides}
        scale={scale}
        hovered={hovered}
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
          hovered={hovered}
          onHover={onHover}
          fontSize={11}
        />
      ))}
    </svg>
  );
}

/** The phone layout: each process a full-width column, stacked, and the frame grid underneath. */
function NarrowDiagram(props: MemoryDiagramProps & { width: number }): JSX.Element {
  const { state, processes: shown, tables, hovered, onHover } = props;
  const width = Math.max(280, Math.floor(props.width));
  const ranges = [
    ...tables.flat(),
    { start: 0, end: 0 },
    { start: layoutConstants.USER_END, end: layoutConstants.USER_END },
  ];
  const scale = buildScale(ranges, 24);
  const col = width - 10;
  const perColumn = scale.height + 10;
  const framesTop = shown.length * perColumn + 24;
  const columns = Math.floor(col / 12);
  const used = state.frames.filter((n) => n > 0).length;
  const height = framesTop + framesHeight(used, columns) + 10;
  const sides = shown.map((p) => ({ pid: p.pid, edge: 0, pages: pageMap(state, p.pid) }));
  return (
    <svg data-figure-main viewBox={`0 0 ${width} ${height}`} role="group" aria-label="虚拟地址空间与物理页框">
      <title>虚拟地址空间布局：高地址在上</title>
      {shown.map((p, i) => (
        <g key={p.pid} transform={`translate(0,${i * perColumn})`}>
          <MemoryGaps scale={scale} x={4} width={col} fontSize={12} />
          <MemoryColumn
            pid={p.pid}
            title={`进程 ${p.pid}${p.parent !== null ? `（${p.parent} 的子进程）` : ''}`}
            x={4}
            width={col}
            regions={tables[i]!}
            threads={p.threads}
            scale={scale}
            hovered={hovered}
            onHover={onHover}
            fontSize={12}
          />
        </g>
      ))}
      <MemoryFrames
        x={4}
        y={framesTop}
        refs={state.frames}
        sides={sides}
        scale={scale}
        hovered={hovered}
        columns={columns}
        titleY={framesTop - 8}
        lines={false}
      />
    </svg>
  );
}
