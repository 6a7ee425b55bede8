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

const BAR_H = 16;
const GAP = 5;
const TITLE_H = 24;

/** Below this many pixels the labels go above their bars and one SVG unit is one pixel. */
export const NARROW_PX = 560;

/** The drawing's geometry for a width in pixels (null: the wide layout, as on the server). */
export function barGeometry(px: number | null | undefined) {
  if (px != null && px < NARROW_PX) {
    return { width: Math.max(280, Math.floor(px)), labelW: 0, valueW: 84, labelH: 16, titleH: TITLE_H + 16 };
  }
  return { width: 720, labelW: 200, valueW: 90, labelH: 0, titleH: TITLE_H };
}

/** Height of one bar's row. */
const rowH = (g: ReturnType<typeof barGeometry>) => g.labelH + BAR_H + GAP;

/** Height of the drawing for the groups. */
export function taskBarsHeight(groups: readonly TaskBarGroup[], px: number | null = null): number {
  const g = barGeometry(px);
  return groups.reduce((h, group) => h + g.titleH + group.bars.length * rowH(g) + 14, 6);
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
export function TaskBars(p: {
  groups: readonly TaskBarGroup[];
  label: string;
  /** The width available in pixels (null on the server). */
  width?: number | null | undefined;
}): JSX.Element {
  const geo = barGeometry(p.width);
  const { labelW: LABEL_W, titleH: TITLE_H } = geo;
  const narrow = geo.labelH > 0;
  const height = taskBarsHeight(p.groups, p.width ?? null);
  const barW = geo.width - LABEL_W - geo.valueW;
  const ROW = rowH(geo);
  let y = 6;
  return (
    <svg
      data-figure-main
      viewBox={`0 0 ${geo.width} ${height}`}
      role="img"
      aria-label={p.label}
      class="task-bars"
    >
      {p.groups.map((g) => {
        const [lo, hi] = decadeRange([...g.bars.map((b) => b.value), ...(g.limit ? [g.limit.value] : [])]);
        const top = y;
        y += TITLE_H + g.bars.length * ROW + 14;
        const limitX = g.limit ? LABEL_W + barW * logPosition(g.limit.value, lo, hi) : null;
        return (
          <g key={g.id} data-group={g.id}>
            <text x={0} y={top + 16} class="task-title">
              {g.title}
              <tspan class="task-small" x={narrow ? 0 : undefined} dy={narrow ? 16 : 0}>
                （对数刻度）
              </tspan>
            </text>
            {g.limit && limitX !== null && (
              <g class="task-limit">
                <line
                  x1={limitX}
                  x2={limitX}
                  y1={top + TITLE_H - 4}
                  y2={top + TITLE_H + g.bars.length * ROW}
                />
                <text
                  x={limitX}
                  y={narrow ? top + TITLE_H + g.bars.length * ROW + 10 : top + TITLE_H - 7}
                  text-anchor={narrow ? 'end' : 'middle'}
                  class="task-small"
                >
                  {g.limit.label}
                </text>
              </g>
            )}
            {g.bars.map((b, i) => {
              const by = top + TITLE_H + i * ROW + geo.labelH;
              const w = barW * logPosition(b.value, lo, hi);
              return (
                <g key={b.kind} data-bar={b.kind} data-over={b.over ? 'true' : 'false'}>
                  <text
                    x={narrow ? 0 : LABEL_W - 8}
                    y={narrow ? by - 4 : by + 12}
                    text-anchor={narrow ? 'start' : 'end'}
                    class="task-small"
                  >
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
