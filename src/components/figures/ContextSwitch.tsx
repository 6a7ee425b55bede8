/**
 * <ContextSwitch />: a stepper through a process switch, a thread switch, an interrupt and a
 * system call, showing at each step which registers, stacks and page-table root change, what is
 * saved and restored, and what the switch costs. A thin view over src/sim/context-switch.
 */
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { useComputed, useSignal } from '@preact/signals';
import { z } from 'zod/mini';
import {
  contextSwitchScenarioSchema,
  contextSwitchSteps,
  describeContextSwitch,
  diffCpu,
  cacheRuleOfThumb,
  directCosts,
  indirectTlbCost,
  SWITCH_KINDS,
} from '../../sim/context-switch/index.ts';
import type { ContextSwitchState } from '../../sim/context-switch/index.ts';
import { parseScenario } from '../../sim/scenario.ts';
import { FigureFrame } from './parts/FigureFrame.tsx';
import { usePlayer } from './parts/use-player.ts';
import { useFigureUrlState } from './parts/use-figure-url-state.ts';
import { CtxControls } from './parts/ctx-controls.tsx';
import { CtxCpu } from './parts/ctx-cpu.tsx';
import { CtxDetails } from './parts/ctx-details.tsx';
import { CtxSteps } from './parts/ctx-steps.tsx';
import { TlbStyles } from './parts/tlb-styles.tsx';

const FIGURE_ID = 'context-switch';

/** Props from MDX: the model's scenario plus a title; validated at run time. */
export const contextSwitchPropsSchema = z.object({
  ...contextSwitchScenarioSchema.shape,
  /** Title above the figure. */
  title: z._default(z.string().check(z.minLength(1)), '上下文切换'),
});

/** Props of {@link ContextSwitch} as written in MDX. */
export type ContextSwitchProps = z.input<typeof contextSwitchPropsSchema>;

const urlSchema = z.object({
  kind: z.optional(z.enum(SWITCH_KINDS)),
  pcid: z.optional(z.enum(['0', '1'])),
  step: z.optional(z.string()),
});

const DEFAULTS = contextSwitchPropsSchema.parse({});

/** The island. */
export default function ContextSwitch(props: ContextSwitchProps): JSX.Element {
  const parsed = parseScenario(contextSwitchPropsSchema, props, 'MDX 属性');
  const init = parsed.ok ? parsed.value : DEFAULTS;
  const radioName = `ctx-kind-${useId()}`;
  const kind = useSignal(init.kind);
  const pcid = useSignal(init.pcid);
  const steps = useComputed(() => contextSwitchSteps(kind.value, pcid.value));
  const last = useComputed(() => steps.value.length - 1);
  const player = usePlayer(last, { initialStep: init.step });
  const state = useComputed<ContextSwitchState>(() => ({
    kind: kind.value,
    pcid: pcid.value,
    step: Math.min(player.step.value, last.value),
    workingSetPages: init.workingSetPages,
  }));
  // Depends on the kind and PCID only, so stepping does not rerun the TLB model.
  const indirect = useComputed(() =>
    indirectTlbCost({ kind: kind.value, pcid: pcid.value, workingSetPages: init.workingSetPages }),
  );

  const urlError = useFigureUrlState(
    FIGURE_ID,
    urlSchema,
    (v) => {
      if (v.kind) kind.value = v.kind;
      if (v.pcid) pcid.value = v.pcid === '1';
    },
    { player, last: () => contextSwitchSteps(kind.peek(), pcid.peek()).length - 1 },
  );

  const narration = useComputed(() => describeContextSwitch(state.value));
  const s = state.value;
  const list = steps.value;
  const current = list[s.step]!;
  const changed = s.step > 0 ? diffCpu(list[s.step - 1]!.cpu, current.cpu) : [];
  const error = parsed.ok ? urlError.value : parsed.error.message;

  return (
    <FigureFrame
      id={FIGURE_ID}
      title={init.title}
      narration={narration}
      error={error}
      player={player}
      params={() => ({ kind: kind.peek(), pcid: pcid.peek() ? '1' : '0' })}
      minHeight="22rem"
    >
      <TlbStyles />
      <div class="tlb-fig">
        <CtxControls
          name={radioName}
          kind={s.kind}
          pcid={s.pcid}
          onKind={(k) => {
            kind.value = k;
            player.reset();
          }}
          onPcid={(v) => (pcid.value = v)}
        />
        <div class="ctx-main">
          <div class="ctx-main__cpu">
            <CtxCpu kind={s.kind} cpu={current.cpu} changed={changed} />
          </div>
          <CtxSteps steps={list} current={s.step} onPick={(i) => player.seek(i)} />
        </div>
        <CtxDetails
          step={current}
          direct={directCosts(s.kind)}
          indirect={indirect.value}
          cache={cacheRuleOfThumb(s.kind)}
          workingSetPages={s.workingSetPages}
        />
      </div>
    </FigureFrame>
  );
}

export { ContextSwitch };
