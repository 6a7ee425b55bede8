/**
 * <ContextSwitch />: a stepper through a process switch, a thread switch, an interrupt and a
 * system call, showing at each step which registers, stacks and page-table root change, what is
 * saved and restored, and what the switch costs. A thin view over view-model.ts
 * (src/sim/context-switch).
 */
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { useComputed } from '@preact/signals';
import { FigureFrame, frameProps } from '../frame/FigureFrame.tsx';
import { useFigure } from '../frame/use-figure.ts';
import type { FrameProps } from '../frame/options.ts';
import { CtxControls } from './controls.tsx';
import { CtxCpu } from './cpu.tsx';
import { CtxDetails } from './details.tsx';
import { CtxSteps } from './steps.tsx';
import { CtxStyles } from './styles.tsx';
import { contextSwitchDefinition } from './definition.ts';
import type { ContextSwitchOptions } from './options.ts';
import { contextSwitchIndirect, contextSwitchView } from './view-model.ts';

/** Props of {@link ContextSwitch} as written in MDX (every option of options.ts, plus `title`). */
export type ContextSwitchProps = Partial<ContextSwitchOptions> & FrameProps;

/** The island. */
export default function ContextSwitch(props: ContextSwitchProps): JSX.Element {
  const fig = useFigure({ ...contextSwitchDefinition, props });
  const radioName = `ctx-kind-${useId()}`;
  const view = useComputed(() => contextSwitchView(fig.values.value, fig.player.step.value));
  const indirect = useComputed(() => contextSwitchIndirect(fig.values.value));
  const narration = useComputed(() => view.value.narration);
  const v = view.value;
  return (
    <FigureFrame {...frameProps(fig)} narration={narration} minHeight="22rem">
      <CtxStyles />
      <div class="ctx-fig">
        <CtxControls
          name={radioName}
          kind={v.state.kind}
          pcid={v.state.pcid}
          onKind={(kind) => {
            fig.set({ kind });
            fig.player.reset();
          }}
          onPcid={(pcid) => fig.set({ pcid })}
        />
        <div class="ctx-main">
          <div class="ctx-main__cpu">
            <CtxCpu kind={v.state.kind} cpu={v.current.cpu} changed={v.changed} />
          </div>
          <CtxSteps steps={v.steps} current={v.state.step} onPick={(i) => fig.player.seek(i)} />
        </div>
        <CtxDetails
          step={v.current}
          direct={v.direct}
          indirect={indirect.value}
          cache={v.cache}
          workingSetPages={v.state.workingSetPages}
        />
      </div>
    </FigureFrame>
  );
}

export { ContextSwitch };
