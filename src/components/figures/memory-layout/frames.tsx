/**
 * Physical memory in the memory-layout figure: every frame in use as a small square, and a line
 * from each resident virtual page to its frame. Two processes that map one frame (after fork, or
 * through shared memory) draw two lines to the same square. Lines of the hovered region stand out.
 */
import type { JSX } from 'preact';
import type { PageInfo } from '../../../sim/address-space/index.ts';
import { regionKey } from './column.tsx';
import type { MemoryScale } from './scale.tsx';

/** Who maps a frame, for its colour. */
export type FrameOwner = 'both' | 'left' | 'right' | 'none';

/** Frame colours by owner. */
export const OWNER_COLORS: Record<FrameOwner, string> = {
  both: '#9b4dca',
  left: '#3f74c9',
  right: '#e0832a',
  none: '#8a8a8a',
};

/** Chinese legend text per owner. */
export const OWNER_LABELS: Record<FrameOwner, string> = {
  both: '两个进程共用',
  left: '仅左侧进程',
  right: '仅右侧进程',
  none: '仅页缓存/共享对象持有',
};

/** A column's pages and the x where its lines start. */
export interface FrameSide {
  pid: number;
  edge: number;
  pages: readonly PageInfo[];
}

/** Props of {@link MemoryFrames}. */
export interface MemoryFramesProps {
  x: number;
  y: number;
  /** Reference count per frame number (the model's `frames`). */
  refs: readonly number[];
  sides: readonly FrameSide[];
  scale: MemoryScale;
  hovered: string | null;
  columns?: number;
  /** Baseline of the heading. Default: 12 (top of the drawing). */
  titleY?: number;
  /** Draw the page-to-frame lines (the narrow layout, frames under the columns, has none). Default: true. */
  lines?: boolean;
}

/** The side of one frame's square, with its margin, in SVG units. */
export const FRAME_CELL = 12;

/** The frame grid and the page-to-frame lines. */
export function MemoryFrames(props: MemoryFramesProps): JSX.Element {
  const { x, y, refs, sides, scale, hovered } = props;
  const columns = props.columns ?? 8;
  const used = refs.flatMap((n, pfn) => (n > 0 ? [pfn] : []));
  const at = new Map(
    used.map((pfn, i) => [
      pfn,
      {
        cx: x + (i % columns) * FRAME_CELL + FRAME_CELL / 2,
        cy: y + Math.floor(i / columns) * FRAME_CELL + FRAME_CELL / 2,
      },
    ]),
  );
  const mappedBy = new Map<number, Set<number>>();
  for (const side of sides)
    for (const p of side.pages) mappedBy.set(p.pfn, (mappedBy.get(p.pfn) ?? new Set()).add(side.pid));
  const owner = (pfn: number): FrameOwner => {
    const m = mappedBy.get(pfn);
    if (!m || m.size === 0) return 'none';
    if (m.size > 1) return 'both';
    return m.has(sides[0]!.pid) ? 'left' : 'right';
  };
  // One path per (process, region, owner) instead of one <line> per page: far fewer DOM nodes.
  const links = new Map<string, { d: string; owner: FrameOwner; active: boolean }>();
  for (const side of sides) {
    for (const p of side.pages) {
      const to = at.get(p.pfn)!;
      const o = owner(p.pfn);
      const key = `${regionKey(side.pid, p.region)}|${o}`;
      const link = links.get(key) ?? { d: '', owner: o, active: hovered === regionKey(side.pid, p.region) };
      link.d += `M${side.edge},${scale.y(p.addr + 2048).toFixed(1)}L${to.cx},${to.cy}`;
      links.set(key, link);
    }
  }
  return (
    <g class="memory-frames">
      <text
        x={x + (columns * FRAME_CELL) / 2}
        y={props.titleY ?? 12}
        text-anchor="middle"
        font-size="12"
        font-weight="600"
        style={{ fill: 'currentColor' }}
      >
        物理页框
      </text>
      <g class="memory-links" aria-hidden="true">
        {[...(props.lines === false ? [] : links.entries())].map(([key, link]) => (
          <path
            key={key}
            d={link.d}
            fill="none"
            stroke={link.active ? OWNER_COLORS[link.owner] : 'currentColor'}
            stroke-opacity={link.active ? 0.95 : 0.12}
            stroke-width={link.active ? 1.5 : 0.75}
          />
        ))}
      </g>
      {used.map((pfn) => {
        const c = at.get(pfn)!;
        const o = owner(pfn);
        return (
          <rect
            key={pfn}
            class="memory-frame"
            data-pfn={pfn}
            data-owner={o}
            x={c.cx - FRAME_CELL / 2 + 1}
            y={c.cy - FRAME_CELL / 2 + 1}
            width={FRAME_CELL - 2}
            height={FRAME_CELL - 2}
            fill={OWNER_COLORS[o]}
            fill-opacity={o === 'none' ? 0.25 : 0.85}
          >
            <title>{`页框 ${pfn}：${OWNER_LABELS[o]}，引用计数 ${refs[pfn]}`}</title>
          </rect>
        );
      })}
    </g>
  );
}

/** Height the grid needs for `count` frames. */
export const framesHeight = (count: number, columns = 8): number => Math.ceil(count / columns) * FRAME_CELL;
