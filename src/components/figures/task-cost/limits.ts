/** The task-cost figure's choices, shared by its options and its controls. */
import { KiB, MiB } from '../../../sim/units.ts';

/** Thread stack sizes offered: the 8 MiB default and smaller `ulimit -s` / pthread_attr_setstacksize choices. */
export const STACK_CHOICES: readonly number[] = [8 * MiB, 2 * MiB, 512 * KiB, 64 * KiB];
