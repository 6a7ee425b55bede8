/**
 * The broken, logarithmic vertical scale of the memory-layout figure: every mapped range gets a
 * height that grows with the log of its size, and every unmapped gap (up to ~128 TiB) is drawn as
 * a short break, so a 4 KiB guard page and an 8 MiB stack are both visible. High addresses on top.
 */
import type { JSX } from 'preact';
import { formatApproxSize } from '../../../sim/address-space/describe.ts';

/** One piece of the scale: an address range and where it is drawn. */
export interface ScaleBand {
  start: number;
  end: number;
  /** Top and bottom y of the band (top = higher address). */
  top: number;
  bottom: number;
  /** Whether some region covers it; otherwise it is a gap drawn as a break. */
  mapped: boolean;
}

/** The scale: its bands (top to bottom), the total height, and the address-to-y function. */
export interface MemoryScale {
  bands: ScaleBand[];
  height: number;
  y(addr: number): number;
}

const PAGE = 4096;
/** Height of a gap between mappings, in SVG units. */
export const GAP_HEIGHT = 24;

/** Height of a mapped range: 14 for one page, +4 per doubling, at most 60. */
export function bandHeight(bytes: number): number {
  return Math.min(60, 14 + 4 * Math.log2(Math.max(1, bytes / PAGE)));
}

/** Builds the scale from the regions of every column (so two processes line up), starting at `top`. */
export function buildScale(ranges: readonly { start: number; end: number }[], top: number): MemoryScale {
  const edges = [...new Set(ranges.flatMap((r) => [r.start, r.end]))].sort((a, b) => b - a);
  const bands: ScaleBand[] = [];
  let y = top + GAP_HEIGHT;
  for (let i = 0; i + 1 < edges.length; i++) {
    const end = edges[i]!;
    const start = edges[i + 1]!;
    const mapped = ranges.some((r) => r.start <= start && start < r.end);
    const h = mapped ? bandHeight(end - start) : GAP_HEIGHT;
    bands.push({ start, end, top: y, bottom: y + h, mapped });
    y += h;
  }
  const height = y + GAP_HEIGHT;
  return {
    bands,
    height,
    y(addr: number): number {
      const band = bands.find((b) => b.start <= addr && addr <= b.end);
      if (!band) return bands.length > 0 && addr > bands[0]!.end ? top : height;
      return band.bottom - ((addr - band.start) / (band.end - band.start || 1)) * (band.bottom - band.top);
    },
  };
}

/** Zig-zag break marks across the given x range for every unmapped gap, labelled with its size. */
export function MemoryGaps(props: {
  scale: MemoryScale;
  x: number;
  width: number;
  /** Label size in SVG units. Default: 9. */
  fontSize?: number;
}): JSX.Element {
  const { scale, x, width } = props;
  return (
    <g class="memory-gaps" aria-hidden="true">
      {scale.bands
        .filter((b) => !b.mapped)
        .map((b) => {
          const mid = b.top + 6;
          const zig = Array.from(
            { length: 13 },
            (_, i) => `${x + (i * width) / 12},${mid + (i % 2 ? 3 : -3)}`,
          ).join(' ');
          return (
            <g key={b.start}>
              <polyline
                points={zig}
                fill="none"
                style={{ stroke: 'var(--ff-muted, #545861)' }}
                stroke-width="1"
              />
              <text
                x={x + width / 2}
                y={b.bottom - 4}
                text-anchor="middle"
                font-size={props.fontSize ?? 9}
                style={{ fill: 'var(--ff-muted, #545861)' }}
              >
                空洞 {formatApproxSize(b.end - b.start)}
              </text>
            </g>
          );
        })}
    </g>
  );
}
