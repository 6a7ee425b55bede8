/** The context-switch figure's definition: what useFigure, the registry and the scene check share. */
import type { FigureDefinition } from '../frame/scenes.ts';
import { contextSwitchOptions } from './options.ts';
import { contextSwitchLastStep } from './view-model.ts';

/** Id, title, options and step range of {@link ContextSwitch}. */
export const contextSwitchDefinition = {
  id: 'context-switch',
  title: '上下文切换',
  schema: contextSwitchOptions,
  lastStep: contextSwitchLastStep,
} satisfies FigureDefinition<typeof contextSwitchOptions.options>;
