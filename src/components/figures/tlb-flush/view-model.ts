/**
 * What the TLB figure shows, computed from the model without a DOM: the scenario for the options,
 * the recorded runs of the three policies on the same trace, the grid and timeline of a step, the
 * summary series over the whole trace, the narration and the drawing's layout for a width.
 */
import { summarizeTlbMetrics } from '../../../sim/tlb/cost.ts';
import { POLICY_LABELS } from '../../../sim/tlb/describe.ts';
import {
  SWITCH_POLICIES,
  tlbScenarioWith,
  type SwitchPolicy,
  type TlbScenario,
} from '../../../sim/tlb/model.ts';
import { initTlbSim, recordTlbRun, taskPid, type TlbRun } from '../../../sim/tlb/step.ts';
import { describeTlbComparison, narrateTlb } from '../../../sim/tlb/narration.ts';
import { gridCells, timelineCells } from './cells.ts';
import type { TlbOptions } from './options.ts';

/**
 * The figure's scenario: each task scans 3 pages, 4 accesses a page, 12 accesses a slice; a
 * system call every 10 accesses touches 2 global kernel pages.
 */
export function figureScenario(o: TlbOptions, policy: SwitchPolicy = o.policy): TlbScenario {
  return tlbScenarioWith({
    policy,
    tasks: o.tasks,
    threadsPerProcess: o.threadsPerProcess,
    timeSlice: 12,
    accesses: o.steps,
    syscallEvery: 10,
    kernelAccesses: 2,
    kernelPages: 2,
    tlb: { entries: o.entries, ways: o.ways },
    trace: { kind: o.trace, pages: 3, step: 1024, stride: 4096, hotPages: 2 },
    seed: o.seed,
  });
}

/** One policy's recorded run. */
export interface PolicyRun {
  policy: SwitchPolicy;
  run: TlbRun;
}

/** The three policies' runs on the same trace (the summary chart needs all three in any mode). */
export function recordRuns(o: TlbOptions): PolicyRun[] {
  return SWITCH_POLICIES.map((policy) => ({
    policy,
    run: recordTlbRun(initTlbSim(figureScenario(o, policy)), o.steps),
  }));
}

/** The runs drawn as grids: all three when comparing, else the chosen policy's. */
export function shownRuns(o: TlbOptions, runs: readonly PolicyRun[]): PolicyRun[] {
  return o.compare ? [...runs] : runs.filter((r) => r.policy === o.policy);
}

/** The last step of the player. */
export const tlbLastStep = (o: TlbOptions): number => o.steps;

/** The narration at `step`: the shown run's events (the first run when comparing). */
export function tlbNarration(o: TlbOptions, runs: readonly PolicyRun[], step: number): string {
  return narrateTlb(o, shownRuns(o, runs)[0]!.run.events, step);
}

/** One line of the summary chart: misses after each access, and the totals at the end. */
export interface SummarySeries {
  policy: SwitchPolicy;
  label: string;
  /** Misses after k accesses, k = 0..steps. */
  misses: number[];
  hitRate: number;
  cycles: number;
}

/** The summary chart's data: every number read from the runs' metrics. */
export function summarySeries(runs: readonly PolicyRun[]): { series: SummarySeries[]; caption: string } {
  const series = runs.map(({ policy, run }) => {
    const end = run.states[run.states.length - 1]!.metrics;
    const s = summarizeTlbMetrics(end);
    return {
      policy,
      label: POLICY_LABELS[policy],
      misses: run.states.map((st) => st.metrics.misses),
      hitRate: s.hitRate,
      cycles: s.cycles,
    };
  });
  const caption = describeTlbComparison(
    runs.map(({ policy, run }) => ({ policy, metrics: run.states[run.states.length - 1]!.metrics })),
  );
  return { series, caption };
}

/** The processes whose pages can appear, for the legend. */
export function tlbProcesses(runs: readonly PolicyRun[]): number[] {
  const pids = runs.flatMap(({ run }) => {
    const sc = run.states[0]!.scenario;
    return Array.from({ length: sc.tasks }, (_, i) => taskPid(sc, i));
  });
  return [...new Set(pids)];
}

/** Below this many pixels the drawing switches to its narrow layout (grids stacked). */
export const NARROW_PX = 560;

/** The drawing's geometry for a width in pixels (null on the server: the wide layout). */
export interface TlbLayout {
  width: number;
  /** Grids side by side (wide) or stacked (narrow). */
  stacked: boolean;
  fontSize: number;
}

/** The same on a slide with its details folded (no chart beside the grids): three grids fit 360 px. */
export const NARROW_SLIDE_PX = 360;

/**
 * Chooses the layout: one SVG unit per pixel below {@link NARROW_PX} and when fitted to a frame
 * (`fit`), so labels keep their size; otherwise 720 units wide, as rendered on the server. On a
 * slide (`slide`: fitted, details folded) the grids stay side by side down to {@link NARROW_SLIDE_PX}.
 */
export function tlbLayout(px: number | null, fit = false, slide = false): TlbLayout {
  if (px !== null && px < (fit && slide ? NARROW_SLIDE_PX : NARROW_PX))
    return { width: Math.max(280, Math.floor(px)), stacked: true, fontSize: 12 };
  if (px !== null && fit) return { width: Math.floor(px), stacked: false, fontSize: 15 };
  return { width: 720, stacked: false, fontSize: 13 };
}

/** The grid cells and timeline of a step, for each shown run. */
export function tlbStepView(o: TlbOptions, runs: readonly PolicyRun[], step: number) {
  const shown = shownRuns(o, runs);
  const timelineRun = (o.compare ? runs.find((r) => r.policy === 'process-switch') : shown[0])!;
  return {
    shown: shown.map(({ policy, run }) => ({
      policy,
      cells: gridCells(run, step),
      metrics: run.states[step]!.metrics,
      summary: summarizeTlbMetrics(run.states[step]!.metrics),
    })),
    timeline: timelineCells(timelineRun.run),
    timelineLabel: o.compare ? POLICY_LABELS['process-switch'] : undefined,
    sets: shown[0]!.run.states[0]!.tlb.sets,
    ways: shown[0]!.run.states[0]!.tlb.ways,
  };
}
