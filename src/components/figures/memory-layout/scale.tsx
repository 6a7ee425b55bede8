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

/** The heights a scale gives mapped ranges, gaps, and the margin above and below. */
export interface ScaleSizes {
  band(bytes: number): number;
  gap: number;
  margin: number;
}

/** The book's scale: sizes read at a glance, every gap with room for its zig-zag and label. */
export const PAGE_SIZES: ScaleSizes = { band: bandHeight, gap: GAP_HEIGHT, margin: GAP_HEIGHT };

/**
 * A slide's scale (presenter mode, details folded): each range one label high, growing by half a
 * unit per doubling up to 20, and gaps one line high with the label inside the break, so the whole
 * address space fits a short frame with its labels at a size a class can read.
 */
export const SLIDE_SIZES: ScaleSizes = {
  band: (bytes) => Math.min(20, 14 + 0.5 * Math.log2(Math.max(1, bytes / PAGE))),
  gap: 14,
  margin: 4,
};

/** Builds the scale from the regions of every column (so two processes line up), starting at `top`. */
export function buildScale(
  ranges: readonly { start: number; end: number }[],
  top: number,
  sizes: ScaleSizes = PAGE_SIZES,
): MemoryScale {
  const edges = [...new Set(ranges.flatMap((r) => [r.start, r.end]))].sort((a, b) => b - a);
  const bands: ScaleBand[] = [];
  let y = top + sizes.margin;
  for (let i = 0; i + 1 < edges.length; i++) {
    const end = edges[i]!;
    const start = edges[i + 1]!;
    const mapped = ranges.some((r) => r.start <= start && start < r.end);
    // The lowest gap (up from address 0) and the highest are the margins when they are unmapped.
    const h = mapped ? sizes.band(end - start) : sizes.gap;
    bands.push({ start, end, top: y, bottom: y + h, mapped });
    y += h;
  }
  const height = y + sizes.margin;
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
  /** The label inside the break, on its line (a slide's one-line gaps), instead of under it. */
  inline?: boolean;
}): JSX.Element {
  const { scale, x, width } = props;
  const fs = props.fontSize ?? 9;
  return (
    <g class="memory-gaps" aria-hidden="true">
      {scale.bands
        .filter((b) => !b.mapped)
        .map((b) => {
          const label = `空洞 ${formatApproxSize(b.end - b.start)}`;
          const mid = props.inline ? (b.top + b.bottom) / 2 : b.top + 6;
          // Inline: the zig-zag stops either side of the label (its width estimated: CJK one em, Latin 0.62).
          const half = props.inline
            ? ([...label].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 1 : 0.62), 0) * fs) / 2 + 4
            : 0;
          // The zig-zag's points, in runs: one run, or two either side of an inline label.
          const pieces: string[][] = [[]];
          for (let i = 0; i <= 12; i++) {
            const px = x + (i * width) / 12;
            if (Math.abs(px - x - width / 2) < half) {
              if (pieces.at(-1)!.length > 0) pieces.push([]);
            } else pieces.at(-1)!.push(`${px},${mid + (i % 2 ? 3 : -3)}`);
          }
          return (
            <g key={b.start}>
              {pieces
                .filter((run) => run.length > 1)
                .map((run) => (
                  <polyline
                    key={run[0]}
                    points={run.join(' ')}
                    fill="none"
                    style={{ stroke: 'var(--ff-muted, #545861)' }}
                    stroke-width="1"
                  />
                ))}
              <text
                x={x + width / 2}
                y={props.inline ? mid + fs * 0.35 : b.bottom - 4}
                text-anchor="middle"
                font-size={fs}
                style={{ fill: 'var(--ff-muted, #545861)' }}
              >
                {label}
              </text>
            </g>
          );
        })}
    </g>
  );
}
