/**
 * What the TLB figure draws, derived from a recorded run of the model: grid cells for one step
 * and timeline cells for the whole run. Pure functions; nothing here is kept beside the state.
 */
import { taskPid } from '../../../sim/tlb/step.ts';
import { regionBase } from '../../../sim/tlb/trace.ts';
import type { TlbEvent, TlbRun, TlbScenario, TlbSimState } from '../../../sim/tlb/index.ts';
import type { GridCell } from './grid.tsx';
import type { TimelineCell } from './timeline.tsx';

/** The process owning a page: found from the task regions, 'kernel' for the kernel half. */
export function ownerOf(sc: TlbScenario, vpn: number): number | 'kernel' {
  for (let i = 0; i < sc.tasks; i++) {
    const first = regionBase(sc, i) / 4096;
    if (vpn >= first && vpn < first + sc.trace.pages) return taskPid(sc, i);
  }
  return 'kernel';
}

/** Grid cells of the state after `step` accesses, marking what that step filled, hit or wiped. */
export function gridCells(run: TlbRun, step: number): GridCell[] {
  const s = run.states[step]!;
  const prev = step > 0 ? run.states[step - 1]! : null;
  const ev: TlbEvent[] = step > 0 ? run.events[step - 1]! : [];
  // The slots this step's flush emptied, as the simulator lists them.
  const emptied = new Set(ev.flatMap((e) => (e.type === 'flush' ? e.slots : [])));
  const tagged = s.scenario.policy === 'process-switch-pcid';
  return s.tlb.valid.map((v, slot) => {
    const mark = ev.some((e) => e.type === 'fill' && e.slot === slot)
      ? 'new'
      : ev.some((e) => e.type === 'hit' && e.slot === slot)
        ? 'hit'
        : null;
    const entry =
      v === 1
        ? {
            vpn: s.tlb.vpn[slot]!,
            owner: ownerOf(s.scenario, s.tlb.vpn[slot]!),
            tag: tagged && s.tlb.global[slot] === 0 ? s.tlb.asid[slot]! + 1 : null,
          }
        : null;
    const wiped =
      prev !== null && emptied.has(slot)
        ? { vpn: prev.tlb.vpn[slot]!, owner: ownerOf(s.scenario, prev.tlb.vpn[slot]!) }
        : null;
    return { slot, entry, mark, wiped };
  });
}

/** Timeline cells of a whole run. */
export function timelineCells(run: TlbRun): TimelineCell[] {
  return run.events.map((ev, k) => {
    const before: TlbSimState = run.states[k]!;
    const after = run.states[k + 1]!;
    const access = ev.find((e) => e.type === 'hit' || e.type === 'miss');
    const sw = ev.find((e) => e.type === 'switch');
    const kernel = access !== undefined && ownerOf(after.scenario, access.vpn) === 'kernel';
    return {
      owner: kernel ? 'kernel' : after.tasks[after.current]!.pid,
      hit: access?.type === 'hit',
      switchKind: sw?.type === 'switch' ? sw.kind : null,
      flushed: ev.some((e) => e.type === 'flush') && before.metrics.flushes < after.metrics.flushes,
    };
  });
}
