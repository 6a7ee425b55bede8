/** What the current step saves and restores, where it happens in Linux, and the switch's costs. */
import type { JSX } from 'preact';
import type { CostFigure, CtxStep, IndirectCost } from '../../../sim/context-switch/index.ts';

const LAYER_TEXT = {
  'user-level': '用户级上下文',
  register: '寄存器上下文',
  'system-level': '系统级上下文',
} as const;

/** Props of {@link CtxDetails}. */
export interface CtxDetailsProps {
  step: CtxStep;
  direct: readonly CostFigure[];
  indirect: IndirectCost;
  /** The cache rule of thumb, when it applies. */
  cache: CostFigure | null;
  workingSetPages: number;
}

const us = (ns: [number, number]) =>
  ns[0] === ns[1]
    ? `${(ns[0] / 1000).toFixed(1)} µs`
    : `${(ns[0] / 1000).toFixed(1)}–${(ns[1] / 1000).toFixed(1)} µs`;

/** Three panels: saved, restored, costs. */
export function CtxDetails({ step, direct, indirect, cache, workingSetPages }: CtxDetailsProps): JSX.Element {
  return (
    <div class="ctx-grid">
      <section data-panel="saves">
        <p class="ctx-grid__title">
          保存{step.layer ? `（${LAYER_TEXT[step.layer]}）` : ''} · <code>{step.where}</code>
        </p>
        <ul>{step.saves.length > 0 ? step.saves.map((s) => <li key={s}>{s}</li>) : <li>这一步不保存</li>}</ul>
      </section>
      <section data-panel="restores">
        <p class="ctx-grid__title">恢复 / 装入</p>
        <ul>
          {step.restores.length > 0 ? step.restores.map((s) => <li key={s}>{s}</li>) : <li>这一步不装入</li>}
        </ul>
      </section>
      <section data-panel="costs" data-slide-detail>
        <p class="ctx-grid__title">代价</p>
        <ul>
          {direct.map((d) => (
            <li key={d.label} data-cost="direct">
              直接：{d.label} {us(d.ns)}（{d.source}）
            </li>
          ))}
          <li data-cost="indirect">
            间接（TLB 模型，工作集 {workingSetPages} 页）：每次多 {indirect.extraWalksPerEvent.toFixed(1)}{' '}
            次页表遍历，约 {(indirect.ns / 1000).toFixed(2)} µs。{indirect.note}
          </li>
          {cache && (
            <li data-cost="cache">
              {cache.label}：{us(cache.ns)}（{cache.source}）
            </li>
          )}
        </ul>
      </section>
    </div>
  );
}
