/** The context-switch figure's controls: which switch, and whether PCID is on. */
import type { JSX } from 'preact';
import { SWITCH_KINDS, type SwitchKind } from '../../../sim/context-switch/model.ts';
import { SWITCH_KIND_LABELS } from '../../../sim/context-switch/step.ts';

/** Props of {@link CtxControls}. */
export interface CtxControlsProps {
  kind: SwitchKind;
  pcid: boolean;
  onKind(kind: SwitchKind): void;
  onPcid(pcid: boolean): void;
  /** Name of the radio group (unique per figure on the page). */
  name: string;
}

/** A radio group and a checkbox. */
export function CtxControls(p: CtxControlsProps): JSX.Element {
  return (
    // On a slide the controls fold behind 显示全部细节, as the other figures' do.
    <div class="ctx-controls" data-figure-controls data-slide-detail role="group" aria-label="切换类型">
      {SWITCH_KINDS.map((k) => (
        <label key={k}>
          <input
            type="radio"
            name={p.name}
            value={k}
            data-control="kind"
            checked={p.kind === k}
            onChange={() => p.onKind(k)}
          />{' '}
          {SWITCH_KIND_LABELS[k]}
        </label>
      ))}
      <label>
        <input
          type="checkbox"
          data-control="pcid"
          checked={p.pcid}
          disabled={p.kind !== 'process'}
          onChange={(e) => p.onPcid(e.currentTarget.checked)}
        />{' '}
        PCID
      </label>
    </div>
  );
}
