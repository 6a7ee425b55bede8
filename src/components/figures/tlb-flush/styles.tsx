/**
 * Styles of the TLB figure, as one <style> element (the figures own no
 * stylesheet file). The wipe animation is switched off under prefers-reduced-motion.
 */
import type { JSX } from 'preact';

const CSS = `
.tlb-fig { display: grid; gap: 0.5rem; }
.tlb-fig > * { min-width: 0; }
.tlb-fig svg { display: block; width: 100%; height: auto; }
.tlb-fig__main, .tlb-fig__side { display: grid; gap: 0.5rem; align-content: start; }
.tlb-summary { margin: 0; }
.tlb-fig[data-layout='wide'] .tlb-summary svg { max-width: 34rem; }
:root[data-fit] .tlb-fig { height: 100%; grid-template-columns: minmax(0, 1.6fr) minmax(15rem, 1fr); grid-template-rows: minmax(0, 1fr) auto; }
:root[data-fit] .tlb-fig__main { display: flex; flex-direction: column; min-height: 0; }
:root[data-fit] .tlb-fig__main > svg { flex: 1 1 0; min-height: 0; height: 100%; }
/* The controls stand under the drawing only: the side column (chart, counters) takes both rows, so
   when it is taller the fitter sees the overflow and zooms, instead of the controls covering it. */
:root[data-fit] .tlb-fig .tlb-controls { grid-column: 1; grid-row: 2; }
:root[data-fit] .tlb-fig__side { grid-column: 2; grid-row: 1 / span 2; }
:root[data-fit] .tlb-panels { grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); }
:root[data-fit] .tlb-counters dl { grid-template-columns: auto auto auto auto; }
:root[data-fit] .tlb-legend { font-size: 0.9em; }
:root[data-fit] .tlb-fig[data-layout='wide'] .tlb-summary svg { max-width: none; }
/* A slide with its details folded (chart, controls and secondary counters behind 显示全部细节): the
   grids across the whole width, each policy's counters under them. */
:root[data-fit][data-presenter] .figure-frame:not([data-details], [data-slide='plain']) .tlb-fig { grid-template-columns: minmax(0, 1fr); grid-template-rows: minmax(0, 1fr) auto; }
:root[data-fit][data-presenter] .figure-frame:not([data-details], [data-slide='plain']) .tlb-fig__side { grid-column: 1; grid-row: 2; }
:root[data-fit][data-presenter] .figure-frame:not([data-details], [data-slide='plain']) .tlb-panels { grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr)); }
:root[data-fit][data-presenter] .figure-frame:not([data-details], [data-slide='plain']) .tlb-counters dl { grid-template-columns: auto auto; }
:root[data-fit][data-presenter] .figure-frame:not([data-details], [data-slide='plain']) .tlb-panels[data-count='1'] .tlb-counters dl { grid-template-columns: auto auto auto auto; }
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
.tlb-counters__title { margin: 0 0 0.25rem; font-size: 0.95em; font-weight: 700; }
.tlb-counters dl { display: grid; grid-template-columns: auto auto; gap: 0 0.75rem; margin: 0; font-size: 0.9em; }
.tlb-counters dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
.tlb-controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; font-size: 0.9em; }
.tlb-legend { display: flex; flex-wrap: wrap; gap: 0.25rem 0.9rem; font-size: 0.85em; margin: 0; padding: 0; list-style: none; }
.tlb-legend span { display: inline-block; width: 0.8em; height: 0.8em; margin-right: 0.3em; vertical-align: -0.05em; border: 1px solid currentColor; }
`;

/** The figure's CSS. */
export function TlbStyles(): JSX.Element {
  return <style>{CSS}</style>;
}
