/** The IPC figure's definition: what useFigure, the registry and the scene check share. */
import type { FigureDefinition } from '../frame/scenes.ts';
import { ipcOptions } from './options.ts';
import { ipcLastStep } from './view-model.ts';

/** Id, title, options and step range of {@link IpcCompare}. */
export const ipcDefinition = {
  id: 'ipc-compare',
  title: '进程间通信方式对比',
  schema: ipcOptions,
  lastStep: ipcLastStep,
} satisfies FigureDefinition<typeof ipcOptions.options>;
