/**
 * Styles of the TLB and context-switch figures, as one <style> element (the figures own no
 * stylesheet file). The wipe animation is switched off under prefers-reduced-motion.
 */
import type { JSX } from 'preact';

const CSS = `
.tlb-fig { display: grid; gap: 0.5rem; }
.tlb-fig svg { width: 100%; height: auto; }
.tlb-fig text { fill: currentColor; }
.tlb-cell-new { stroke: var(--ff-accent, #4d5ef5); stroke-width: 2.5; }
.tlb-cell-hit { stroke: #1a7f37; stroke-width: 2.5; }
.tlb-wipe { animation: tlb-wipe 900ms ease-in forwards; }
@keyframes tlb-wipe { from { opacity: 0.9; } to { opacity: 0; } }
@media (prefers-reduced-motion: reduce) {
  .tlb-wipe { animation: none; opacity: 0.25; }
}
.tlb-panels { display: grid; gap: 0.5rem; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); }
.tlb-counters { margin: 0; padding: 0.4rem 0.6rem; border: 1px solid var(--ff-line, #c0c2c7); border-radius: 0.3rem; }
.tlb-counters__title { margin: 0 0 0.25rem; font-size: 0.9rem; font-weight: 700; }
.tlb-counters dl { display: grid; grid-template-columns: auto auto; gap: 0 0.75rem; margin: 0; font-size: 0.85rem; }
.tlb-counters dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
.tlb-controls, .ctx-controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; font-size: 0.85rem; }
.tlb-legend { display: flex; flex-wrap: wrap; gap: 0.25rem 0.9rem; font-size: 0.8rem; margin: 0; padding: 0; list-style: none; }
.tlb-legend span { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; vertical-align: -0.05em; border: 1px solid currentColor; }
.ctx-main { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; align-items: flex-start; }
.ctx-main__cpu { flex: 1 1 18rem; max-width: 30rem; }
.ctx-steps { flex: 1 1 14rem; margin: 0; padding-left: 1.6em; font-size: 0.85rem; }
.ctx-steps li[data-current] { font-weight: 700; color: var(--ff-accent, #4d5ef5); }
.ctx-steps li[data-skipped] { text-decoration: line-through; }
.ctx-cpu { width: 100%; border-collapse: collapse; font-size: 0.85rem; }
.ctx-cpu th, .ctx-cpu td { border: 1px solid var(--ff-line, #c0c2c7); padding: 0.2rem 0.4rem; text-align: left; }
.ctx-cpu td[data-changed] { background: var(--ff-panel, #eef0f4); font-weight: 700; }
.ctx-grid { display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); }
.ctx-grid__title { margin: 0 0 0.25rem; font-size: 0.9rem; font-weight: 700; }
.ctx-grid ul { margin: 0; padding-left: 1.2em; font-size: 0.85rem; }
`;

/** The figures' CSS. */
export function TlbStyles(): JSX.Element {
  return <style>{CSS}</style>;
}
