/** The memory-layout figure's definition: what useFigure, the registry and the scene check share. */
import type { FigureDefinition } from '../frame/scenes.ts';
import { memoryOptions } from './options.ts';
import { memoryLastStep } from './view-model.ts';

/** Id, title, options and step range of {@link MemoryLayout}. */
export const memoryDefinition = {
  id: 'memory-layout',
  title: '虚拟地址空间布局',
  schema: memoryOptions,
  lastStep: memoryLastStep,
} satisfies FigureDefinition<typeof memoryOptions.options>;
