/**
 * The timeline of accesses: one column per access, coloured by the running process (grey in the
 * kernel), full height for a hit and half height for a miss; a line marks each task switch
 * (solid red when it flushed the TLB), and a marker shows the current step.
 */
import type { JSX } from 'preact';
import { KERNEL_COLOR, ownerColor } from './grid.tsx';

/** One access on the timeline. */
export interface TimelineCell {
  owner: number | 'kernel';
  hit: boolean;
  /** A switch happened just before this access. */
  switchKind: 'thread' | 'process' | null;
  flushed: boolean;
}

/** Props of {@link TlbTimeline}. */
export interface TlbTimelineProps {
  x: number;
  y: number;
  width: number;
  cells: TimelineCell[];
  /** Accesses done (the marker sits after this many). */
  step: number;
  /** Which run the hits and flushes are from, when several are shown. */
  label?: string | undefined;
  /** Font size of the heading, in SVG units. */
  fontSize: number;
}

/** Height the timeline needs for a font size. */
export const timelineHeight = (fontSize: number): number => fontSize * 1.3 + 36;

/** The timeline. */
export function TlbTimeline(p: TlbTimelineProps): JSX.Element {
  const w = p.width / Math.max(1, p.cells.length);
  const h = 24;
  const t = p.fontSize * 1.3 - 10;
  return (
    <g transform={`translate(${p.x},${p.y + t})`} data-timeline="">
      <text x={0} y={8} font-size={p.fontSize}>
        {p.label ? `时间线 · ${p.label}` : '时间线'}
      </text>
      {p.cells.map((c, k) => (
        <g key={k} opacity={k < p.step ? 1 : 0.25}>
          <rect
            x={k * w}
            y={14 + (c.hit ? 0 : h / 2)}
            width={Math.max(1, w - 1)}
            height={c.hit ? h : h / 2}
            fill={c.owner === 'kernel' ? KERNEL_COLOR : ownerColor(c.owner)}
          />
          {c.switchKind && (
            <line
              x1={k * w - 0.5}
              x2={k * w - 0.5}
              y1={12}
              y2={14 + h + 2}
              stroke={c.flushed ? '#d6455d' : 'currentColor'}
              stroke-width={c.flushed ? 2 : 1}
              stroke-dasharray={c.switchKind === 'thread' ? '2 2' : undefined}
            />
          )}
        </g>
      ))}
      <path
        d={`M${p.step * w} ${14 + h + 2} l-4 6 h8 z`}
        fill="var(--ff-accent, #4d5ef5)"
        data-marker={p.step}
      />
    </g>
  );
}
