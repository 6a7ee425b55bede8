/**
 * Horizontal bars on a logarithmic scale, one group per measure (virtual, resident, creation time),
 * one bar per way of running the tasks; a dashed line marks a limit (128 TiB of user space, the RAM).
 */
import type { JSX } from 'preact';

/** One bar: its label, value and the text shown beside it. */
export interface TaskBar {
  /** Kind id, for tests and styling. */
  kind: string;
  /** Label on the left. */
  label: string;
  /** The value (0 draws no bar). */
  value: number;
  /** Formatted value. */
  text: string;
  /** Drawn in the warning colour (over a limit). */
  over: boolean;
}

/** One group of bars with an optional limit line. */
export interface TaskBarGroup {
  /** Measure id. */
  id: string;
  /** Title of the group. */
  title: string;
  /** The bars. */
  bars: TaskBar[];
  /** A limit to mark, with its label. */
  limit?: { value: number; label: string } | undefined;
}

const WIDTH = 720;
const LABEL_W = 170;
const VALUE_W = 90;
const BAR_H = 16;
const GAP = 5;
const TITLE_H = 24;

/** Height of the drawing for the groups. */
export function taskBarsHeight(groups: readonly TaskBarGroup[]): number {
  return groups.reduce((h, g) => h + TITLE_H + g.bars.length * (BAR_H + GAP) + 14, 6);
}

/** Log-scale position in [0, 1] of `v` between `lo` and `hi`. */
export function logPosition(v: number, lo: number, hi: number): number {
  if (v <= 0) return 0;
  const t = (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo));
  return Math.max(0, Math.min(1, t));
}

/** The decade range covering every positive value of a group and its limit. */
export function decadeRange(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return [1, 10];
  const lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)) + 1e-9);
  return [lo, hi > lo ? hi : lo * 10];
}

/** The SVG with all groups. */
export function TaskBars(p: { groups: readonly TaskBarGroup[]; label: string }): JSX.Element {
  const height = taskBarsHeight(p.groups);
  const barW = WIDTH - LABEL_W - VALUE_W;
  let y = 6;
  return (
    <svg
      data-figure-main
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={p.label}
      class="task-bars"
    >
      {p.groups.map((g) => {
        const [lo, hi] = decadeRange([...g.bars.map((b) => b.value), ...(g.limit ? [g.limit.value] : [])]);
        const top = y;
        y += TITLE_H + g.bars.length * (BAR_H + GAP) + 14;
        const limitX = g.limit ? LABEL_W + barW * logPosition(g.limit.value, lo, hi) : null;
        return (
          <g key={g.id} data-group={g.id}>
            <text x={0} y={top + 16} class="task-title">
              {g.title}
              <tspan class="task-small">（对数刻度）</tspan>
            </text>
            {g.limit && limitX !== null && (
              <g class="task-limit">
                <line
                  x1={limitX}
                  x2={limitX}
                  y1={top + TITLE_H - 4}
                  y2={top + TITLE_H + g.bars.length * (BAR_H + GAP)}
                />
                <text x={limitX} y={top + TITLE_H - 7} text-anchor="middle" class="task-small">
                  {g.limit.label}
                </text>
              </g>
            )}
            {g.bars.map((b, i) => {
              const by = top + TITLE_H + i * (BAR_H + GAP);
              const w = barW * logPosition(b.value, lo, hi);
              return (
                <g key={b.kind} data-bar={b.kind} data-over={b.over ? 'true' : 'false'}>
                  <text x={LABEL_W - 8} y={by + 12} text-anchor="end" class="task-small">
                    {b.label}
                  </text>
                  <rect
                    x={LABEL_W}
                    y={by}
                    width={Math.max(w, b.value > 0 ? 1 : 0)}
                    height={BAR_H}
                    rx={2}
                    class={b.over ? 'task-bar task-bar--over' : 'task-bar'}
                  />
                  <text x={LABEL_W + w + 6} y={by + 12} class="task-value">
                    {b.text}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
