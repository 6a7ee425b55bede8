/**
 * The TLB lesson at a glance: misses accumulated over the whole trace for the three policies,
 * one line each, with the current step marked. Every point is a model metric (see view-model.ts).
 */
import type { JSX } from 'preact';
import type { SwitchPolicy } from '../../../sim/tlb/index.ts';
import type { SummarySeries } from './view-model.ts';

/** Colour and dash of each policy's line (the dash tells them apart without colour). */
export const POLICY_STYLE: Record<SwitchPolicy, { color: string; dash?: string }> = {
  'thread-switch': { color: '#1a7f37' },
  'process-switch': { color: '#d6455d', dash: '6 3' },
  'process-switch-pcid': { color: '#4d5ef5', dash: '2 3' },
};

/** Props of {@link TlbSummaryChart}. */
export interface TlbSummaryChartProps {
  series: readonly SummarySeries[];
  /** The step shown (a marker line). */
  step: number;
  /** Width in SVG units (one unit per pixel in the narrow layout). */
  width: number;
  fontSize: number;
  /** The sentence under the chart. */
  caption: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The chart: x = accesses, y = misses so far. */
export function TlbSummaryChart(p: TlbSummaryChartProps): JSX.Element {
  const fs = p.fontSize;
  const steps = Math.max(1, p.series[0]!.misses.length - 1);
  const max = Math.max(1, ...p.series.map((s) => s.misses[s.misses.length - 1]!));
  const left = fs * 2.2;
  const top = fs * 1.6;
  const plotW = p.width - left - 8;
  const plotH = fs * 7;
  const legendY = top + plotH + fs * 2.4;
  // Narrow screens: the numbers go on a second line under each policy's name.
  const twoLines = p.width < fs * 34;
  const rowH = fs * (twoLines ? 2.6 : 1.4);
  const height = legendY + p.series.length * rowH;
  const x = (k: number) => left + (k / steps) * plotW;
  const y = (v: number) => top + plotH - (v / max) * plotH;
  return (
    // On a slide the chart folds behind 显示全部细节; each grid's counters keep its misses in view.
    <figure class="tlb-summary" data-tlb-summary="" data-slide-detail>
      <svg viewBox={`0 0 ${p.width} ${height}`} role="img" aria-label={p.caption} font-size={fs}>
        <text x={0} y={fs} font-weight="700">
          累计未命中（整串访问）
        </text>
        <line
          x1={left}
          x2={left + plotW}
          y1={top + plotH}
          y2={top + plotH}
          stroke="currentColor"
          stroke-opacity={0.5}
        />
        <line x1={left} x2={left} y1={top} y2={top + plotH} stroke="currentColor" stroke-opacity={0.5} />
        <text x={left - 4} y={top + fs * 0.4} text-anchor="end">
          {max}
        </text>
        <text x={left - 4} y={top + plotH} text-anchor="end">
          0
        </text>
        <text x={left + plotW} y={top + plotH + fs * 1.2} text-anchor="end">
          第 {steps} 次访问
        </text>
        {p.series.map((s) => (
          <polyline
            key={s.policy}
            data-policy={s.policy}
            points={s.misses.map((v, k) => `${x(k).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
            fill="none"
            stroke={POLICY_STYLE[s.policy].color}
            stroke-width={2}
            stroke-dasharray={POLICY_STYLE[s.policy].dash}
          />
        ))}
        <line
          x1={x(p.step)}
          x2={x(p.step)}
          y1={top - 2}
          y2={top + plotH}
          stroke="var(--ff-accent, #4d5ef5)"
          stroke-width={1.5}
          data-marker={p.step}
        />
        {p.series.map((s, i) => (
          <g key={s.policy} transform={`translate(0,${legendY + i * rowH})`}>
            <line
              x1={0}
              x2={fs * 1.6}
              y1={-fs * 0.35}
              y2={-fs * 0.35}
              stroke={POLICY_STYLE[s.policy].color}
              stroke-width={2.5}
              stroke-dasharray={POLICY_STYLE[s.policy].dash}
            />
            <text x={fs * 2} y={0} data-summary={s.policy}>
              {s.label}
              <tspan x={twoLines ? fs * 2 : undefined} dy={twoLines ? fs * 1.2 : 0}>
                {twoLines ? '' : '：'}
                {s.misses[s.misses.length - 1]} 次未命中，命中率 {pct(s.hitRate)}
              </tspan>
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
