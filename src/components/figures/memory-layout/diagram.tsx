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
import { FRAME_CELL, framesHeight, MemoryFrames } from './frames.tsx';
import { buildScale, MemoryGaps, PAGE_SIZES, SLIDE_SIZES } from './scale.tsx';

const AXIS = 124;
const KERNEL_Y = 20;
/**
 * The geometry of the wide diagram: on a page, and on a slide with its details folded (no address
 * axis, one-line bands and gaps, narrower columns and frame grid: about 600 × 420 units for two
 * processes, so an 800×450 frame draws the labels at 10 px or more and a 1280×720 slide at 14).
 */
const GEOMETRY = {
  page: { col: 270, frameColumns: 8, spacing: 30, sizes: PAGE_SIZES },
  slide: { col: 250, frameColumns: 4, spacing: 20, sizes: SLIDE_SIZES },
};
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
/** The same on a slide with its details folded, whose drawing is made to be zoomed out. */
const NARROW_SLIDE_PX = 360;

/** The diagram. */
export function MemoryDiagram(props: MemoryDiagramProps): JSX.Element {
  const { state, processes: shown, tables, hovered, onHover } = props;
  // On a slide the address axis folds away (显示全部细节 brings it back): the columns get its width.
  const folded = useContext(SlideFolded);
  // A slide keeps the wide drawing (fit.ts zooms it) unless its frame is as narrow as a phone.
  const narrow = folded ? NARROW_SLIDE_PX : NARROW_PX;
  if (props.width != null && props.width < narrow) return <NarrowDiagram {...props} width={props.width} />;
  const ranges = [
    ...tables.flat(),
    { start: 0, end: 0 },
    { start: layoutConstants.USER_END, end: layoutConstants.USER_END },
  ];
  const g = folded ? GEOMETRY.slide : GEOMETRY.page;
  const col = g.col;
  const framesW = g.frameColumns * FRAME_CELL;
  const scale = buildScale(ranges, KERNEL_Y + 24, g.sizes);
  const framesX = AXIS + col + g.spacing;
  const colX = [AXIS + 4, framesX + framesW + g.spacing];
  const pad = folded ? 4 : 10;
  // Folded, the drawing starts at the columns' stack-pointer arrows (7 units left of them).
  const left = folded ? AXIS - 4 : 0;
  const width = (shown.length > 1 ? colX[1]! + col : framesX + framesW) + pad;
  const framesY = scale.y(layoutConstants.USER_END) + 4;
  const used = state.frames.filter((n) => n > 0).length;
  const height = Math.max(scale.height, framesY + framesHeight(used, g.frameColumns)) + (folded ? 2 : 10);
  const sides = shown.map((p, i) => ({
    pid: p.pid,
    edge: i === 0 ? colX[0]! + col : colX[1]!,
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
      viewBox={`${left} 0 ${width - left} ${height}`}
      role="group"
      aria-label="虚拟地址空间与物理页框"
      style={{ maxWidth: `${width * 1.6}px` }}
    >
      <title>虚拟地址空间布局：高地址在上</title>
      <g class="memory-kernel" aria-label="内核空间">
        <rect
          x={AXIS + 4}
          y={KERNEL_Y}
          width={width - AXIS - 4 - pad}
          height={20}
          fill="#8a8a8a"
          fill-opacity="0.25"
          stroke="#8a8a8a"
        />
        <text x={AXIS + 10} y={KERNEL_Y + 14} font-size="11" style={{ fill: 'currentColor' }}>
          内核空间 {layoutConstants.KERNEL_HALF.start} 起
          {folded ? '，所有进程共用' : '（所有进程共用，用户态不可访问）'}
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
        <MemoryGaps
          key={`gap-${p.pid}`}
          scale={scale}
          x={colX[i]!}
          width={col}
          fontSize={11}
          inline={folded}
        />
      ))}
      <MemoryFrames
        x={framesX}
        y={framesY}
        refs={state.frames}
        sides={sides}
        scale={scale}
        hovered={hovered}
        columns={g.frameColumns}
      />
      {shown.map((p, i) => (
        <MemoryColumn
          key={p.pid}
          pid={p.pid}
          title={`进程 ${p.pid}${p.parent !== null ? `（${p.parent} 的子进程）` : ''}`}
          x={colX[i]!}
          width={col}
          regions={tables[i]!}
          threads={p.threads}
          scale={scale}
          hovered={hovered}
          onHover={onHover}
          fontSize={11}
          slide={folded}
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
