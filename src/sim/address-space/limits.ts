/**
 * The address-space model's documented limits (README, limits of npm run sim). Every state is
 * cloned once per event and kept for the player, so a run costs about events × state size: these
 * bounds keep the worst scenario of 200 events under a couple of seconds and a few hundred MB.
 */
import type { AddressSpaceState } from './model.ts';

/** Most pages of the program image and libraries together (they are mapped resident at start). */
export const MAX_IMAGE_PAGES = 2048;
/** Most processes alive at once. */
export const MAX_PROCESSES = 32;
/** Most resident pages over all processes' page tables (16 MiB of 4 KiB pages). */
export const MAX_RESIDENT_PAGES = 4096;
/** Most physical frames in use or held by the page cache and shm objects. */
export const MAX_FRAMES = 4096;

/** Why a state is beyond the model's limits, in one Chinese sentence, or null when it is within them. */
export function limitBreach(s: AddressSpaceState): string | null {
  if (s.processes.length > MAX_PROCESSES)
    return `进程数 ${s.processes.length} 超过上限 ${MAX_PROCESSES}（同时存在的进程数上限）`;
  let resident = 0;
  for (const p of s.processes) resident += Object.keys(p.ptes).length;
  if (resident > MAX_RESIDENT_PAGES)
    return `所有进程的驻留页合计 ${resident} 页，超过上限 ${MAX_RESIDENT_PAGES}（驻留页上限）`;
  const frames = s.frames.reduce((n, refs) => n + (refs > 0 ? 1 : 0), 0);
  if (frames > MAX_FRAMES) return `使用中的物理页框 ${frames} 个，超过上限 ${MAX_FRAMES}（页框上限）`;
  return null;
}
