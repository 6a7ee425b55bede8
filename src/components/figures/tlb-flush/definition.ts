/** The TLB figure's definition: what useFigure, the registry and the scene check share. */
import type { FigureDefinition } from '../frame/scenes.ts';
import { checkTlbOptions, tlbOptions } from './options.ts';
import { tlbLastStep } from './view-model.ts';

/** Id, title, options, step range and combination check of {@link TlbFlush}. */
export const tlbDefinition = {
  id: 'tlb-flush',
  title: 'TLB 与地址空间切换',
  schema: tlbOptions,
  lastStep: tlbLastStep,
  check: checkTlbOptions,
} satisfies FigureDefinition<typeof tlbOptions.options>;
