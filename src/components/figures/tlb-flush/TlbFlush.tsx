/**
 * <TlbFlush />: threads of two processes take turns on one CPU; the TLB is drawn as a grid
 * coloured by address space. Without PCID a process switch wipes the user entries, a thread
 * switch keeps them, and with PCID they stay tagged; a chart beside it shows the misses of the
 * three policies over the whole trace. A thin view over view-model.ts, which reads src/sim/tlb.
 */
import type { JSX } from 'preact';
import { useComputed } from '@preact/signals';
import { FigureFrame, frameProps } from '../frame/FigureFrame.tsx';
import { useFigure } from '../frame/use-figure.ts';
import type { FrameProps } from '../frame/options.ts';
import { useWidth } from '../frame/use-width.ts';
import { useFitMode } from '../frame/use-fit-mode.ts';
import { SlideAware } from '../frame/slide-detail.ts';
import { checkTlbOptions, tlbOptions, type TlbOptions } from './options.ts';
import {
  recordRuns,
  summarySeries,
  tlbLastStep,
  tlbLayout,
  tlbNarration,
  tlbProcesses,
  tlbStepView,
} from './view-model.ts';
import { TlbControls } from './controls.tsx';
import { TlbCounters } from './counters.tsx';
import { gridLabelWidth, KERNEL_COLOR, ownerColor, TlbGrid, tlbGridHeight } from './grid.tsx';
import { timelineHeight, TlbTimeline } from './timeline.tsx';
import { TlbSummaryChart } from './summary-chart.tsx';
import { TlbStyles } from './styles.tsx';
import { POLICY_LABELS } from '../../../sim/tlb/describe.ts';

/** Props of {@link TlbFlush} as written in MDX (every option of options.ts, plus `title`). */
export type TlbFlushProps = Partial<TlbOptions> & FrameProps;

/** The island. */
export default function TlbFlush(props: TlbFlushProps): JSX.Element {
  const fig = useFigure({
    id: 'tlb-flush',
    title: 'TLB 与地址空间切换',
    schema: tlbOptions,
    props,
    lastStep: tlbLastStep,
    check: checkTlbOptions,
  });
  const [ref, width] = useWidth<HTMLDivElement>();
  const [mainRef, mainWidth] = useWidth<HTMLDivElement>();
  const fit = useFitMode();
  const runs = useComputed(() => recordRuns(fig.values.value));
  const summary = useComputed(() => summarySeries(runs.value));
  const narration = useComputed(() => tlbNarration(fig.values.value, runs.value, fig.player.step.value));

  const o = fig.values.value;
  const step = fig.player.step.value;
  const view = tlbStepView(o, runs.value, step);

  return (
    <FigureFrame {...frameProps(fig)} narration={narration} minHeight="22rem">
      <TlbStyles />
      <SlideAware
        render={(folded) => {
          const layout = tlbLayout(fit.value ? mainWidth.value : width.value, fit.value, folded);
          const fs = layout.fontSize;
          const columns = layout.stacked ? 1 : view.shown.length;
          const colW = (layout.width - 10) / columns;
          const cellWidth = Math.max(14, Math.min(120, (colW - gridLabelWidth(fs) - 8) / view.ways - 3));
          const gridTop = 4 + timelineHeight(fs) + 8;
          const gridH = tlbGridHeight(view.sets, fs) + 10;
          const rows = layout.stacked ? view.shown.length : 1;
          const height = gridTop + rows * gridH;
          return (
            <div class="tlb-fig" ref={ref} data-layout={layout.stacked ? 'narrow' : 'wide'}>
              <div class="tlb-fig__main" ref={mainRef}>
                <svg
                  data-figure-main
                  viewBox={`0 0 ${layout.width} ${height}`}
                  preserveAspectRatio="xMinYMin meet"
                  role="group"
                  aria-label="TLB 条目与访问时间线"
                >
                  <title>TLB 与地址空间切换</title>
                  <TlbTimeline
                    x={5}
                    y={4}
                    width={layout.width - 10}
                    cells={view.timeline}
                    step={step}
                    label={view.timelineLabel}
                    fontSize={fs}
                  />
                  {view.shown.map(({ policy, cells }, i) => (
                    <TlbGrid
                      key={policy}
                      x={5 + (layout.stacked ? 0 : i * colW)}
                      y={gridTop + (layout.stacked ? i * gridH : 0)}
                      sets={view.sets}
                      ways={view.ways}
                      cells={cells}
                      cellWidth={cellWidth}
                      fontSize={fs}
                      title={
                        // Side by side on a slide, the shape is said once, in the legend.
                        folded && view.shown.length > 1
                          ? POLICY_LABELS[policy]
                          : `${POLICY_LABELS[policy]} · ${view.sets} 组 × ${view.ways} 路`
                      }
                    />
                  ))}
                </svg>
                <ul class="tlb-legend">
                  {tlbProcesses(runs.value).map((pid) => (
                    <li key={pid}>
                      <span style={{ background: ownerColor(pid) }} />
                      进程 {pid} 的页
                    </li>
                  ))}
                  <li>
                    <span style={{ background: KERNEL_COLOR }} />
                    内核全局页
                  </li>
                  {folded && view.shown.length > 1 && (
                    <li>
                      每个 TLB {view.sets} 组 × {view.ways} 路
                    </li>
                  )}
                  <li data-slide-detail>
                    格内：所属（P=进程，K=内核）、页号末 3 位
                    {o.policy === 'process-switch-pcid' || o.compare ? '、·PCID' : ''}
                  </li>
                  <li data-slide-detail>
                    时间线每格一次访问：高格命中，矮格未命中；竖线为切换，红线表示刷新了 TLB
                  </li>
                </ul>
              </div>
              <div class="tlb-fig__side">
                <TlbSummaryChart
                  series={summary.value.series}
                  caption={summary.value.caption}
                  step={step}
                  width={layout.stacked ? layout.width : fit.value ? 420 : 460}
                  fontSize={fs}
                />
                <div class="tlb-panels" data-count={view.shown.length}>
                  {view.shown.map(({ policy, metrics, summary: s }) => (
                    <TlbCounters key={policy} title={POLICY_LABELS[policy]} metrics={metrics} summary={s} />
                  ))}
                </div>
              </div>
              <TlbControls
                policy={o.policy}
                compare={o.compare}
                entries={o.entries}
                trace={o.trace}
                onChange={(c) => {
                  const next = { ...fig.values.peek(), ...c };
                  // A TLB size the ways do not divide becomes fully associative rather than an error.
                  fig.set(checkTlbOptions(next, '控件') === null ? c : { ...c, ways: 'full' });
                }}
              />
            </div>
          );
        }}
      />
    </FigureFrame>
  );
}

export { TlbFlush };
