/** The TLB figure's own controls: policy, side-by-side mode, TLB size, access pattern. */
import type { JSX } from 'preact';
import { POLICY_LABELS } from '../../../sim/tlb/describe.ts';
import { SWITCH_POLICIES, TRACE_KINDS, type SwitchPolicy, type TraceKind } from '../../../sim/tlb/model.ts';

/** Chinese names of the access patterns. */
export const TRACE_LABELS: Record<TraceKind, string> = {
  sequential: '顺序扫描',
  strided: '固定步长',
  random: '随机',
  'working-set': '工作集循环',
};

/** Sizes offered for the TLB. */
export const TLB_SIZES = [8, 16, 32, 64] as const;

/** Props of {@link TlbControls}. */
export interface TlbControlsProps {
  policy: SwitchPolicy;
  compare: boolean;
  entries: number;
  trace: TraceKind;
  onChange(
    change: Partial<{ policy: SwitchPolicy; compare: boolean; entries: number; trace: TraceKind }>,
  ): void;
}

/** Selects and a checkbox; every change goes through `onChange`. */
export function TlbControls(p: TlbControlsProps): JSX.Element {
  return (
    // On a slide the controls fold behind 显示全部细节, as the other figures' do.
    <div class="tlb-controls" data-figure-controls data-slide-detail>
      <label>
        切换方式{' '}
        <select
          data-control="policy"
          value={p.policy}
          disabled={p.compare}
          onChange={(e) => p.onChange({ policy: e.currentTarget.value as SwitchPolicy })}
        >
          {SWITCH_POLICIES.map((k) => (
            <option key={k} value={k}>
              {POLICY_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          data-control="compare"
          checked={p.compare}
          onChange={(e) => p.onChange({ compare: e.currentTarget.checked })}
        />{' '}
        三种方式并排比较
      </label>
      <label>
        TLB 条目{' '}
        <select
          data-control="entries"
          value={String(p.entries)}
          onChange={(e) => p.onChange({ entries: Number(e.currentTarget.value) })}
        >
          {TLB_SIZES.map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label>
        访问模式{' '}
        <select
          data-control="trace"
          value={p.trace}
          onChange={(e) => p.onChange({ trace: e.currentTarget.value as TraceKind })}
        >
          {TRACE_KINDS.map((k) => (
            <option key={k} value={k}>
              {TRACE_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
