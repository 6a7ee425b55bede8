/** Small helpers shared by the address-space tests. */
import {
  checkAddressSpace,
  initAddressSpace,
  stepAddressSpace,
  type AddressSpaceConfigInput,
  type AddressSpaceEvent,
  type AddressSpaceState,
  type TraceEntry,
} from '../../../src/sim/address-space/index.ts';
import { makeConfig } from '../../../src/sim/address-space/schema.ts';

/** Runs events from a fresh state, asserting the invariants after every step. */
export function play(
  events: AddressSpaceEvent[],
  config: AddressSpaceConfigInput = {},
  seed = 1,
): { state: AddressSpaceState; traces: TraceEntry[][] } {
  let state = initAddressSpace(makeConfig(config), seed);
  const traces: TraceEntry[][] = [];
  for (const e of events) {
    const [next, trace] = stepAddressSpace(state, e);
    const problems = checkAddressSpace(next);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    state = next;
    traces.push(trace);
  }
  return { state, traces };
}

/** A process's region by name, or a readable failure. */
export function region(state: AddressSpaceState, pid: number, name: string) {
  const p = state.processes.find((x) => x.pid === pid);
  const r = p?.regions.find((x) => x.name === name);
  if (!r) throw new Error(`进程 ${pid} 没有区域 ${name}`);
  return r;
}

/** Frames with a non-zero reference count. */
export const framesInUse = (s: AddressSpaceState): number => s.frames.filter((n) => n > 0).length;
