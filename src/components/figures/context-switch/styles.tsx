/** Styles of the context-switch figure, as one <style> element (the figure owns no stylesheet file). */
import type { JSX } from 'preact';

const CSS = `
.ctx-fig { display: grid; gap: 0.5rem; }
.ctx-controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; font-size: 0.9em; }
.ctx-main { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; align-items: flex-start; }
.ctx-main__cpu { flex: 1 1 18rem; max-width: 30rem; min-width: 0; }
.ctx-steps { flex: 1 1 14rem; margin: 0; padding-left: 1.6em; font-size: 0.9em; }
.ctx-steps li[data-current] { font-weight: 700; color: var(--ff-accent, #4d5ef5); }
.ctx-steps li[data-skipped] { text-decoration: line-through; }
.ctx-cpu { width: 100%; border-collapse: collapse; font-size: 0.9em; }
.ctx-cpu th, .ctx-cpu td { border: 1px solid var(--ff-line, #c0c2c7); padding: 0.2rem 0.4rem; text-align: left; }
.ctx-cpu td[data-changed] { background: var(--ff-panel, #eef0f4); font-weight: 700; }
.ctx-grid { display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); }
.ctx-grid__title { margin: 0 0 0.25rem; font-size: 0.9em; font-weight: 700; }
.ctx-grid ul { margin: 0; padding-left: 1.2em; font-size: 0.9em; }
:root[data-fit] .ctx-fig { grid-template-columns: minmax(0, 1.15fr) minmax(0, 0.8fr) minmax(0, 1fr); align-content: start; gap: 0.75rem; }
:root[data-fit] .ctx-main { display: contents; }
:root[data-fit] .ctx-steps, :root[data-fit] .ctx-steps button { font-size: 1em; }
:root[data-fit] .ctx-controls { grid-column: 1 / -1; font-size: 1em; }
:root[data-fit] .ctx-grid ul { font-size: 0.88em; line-height: 1.3; }
:root[data-fit] .ctx-grid__title { font-size: 1em; }
/* Kernel function names are long and unbroken: in a frame they wrap rather than run out of it. */
:root[data-fit] .ctx-grid code, :root[data-fit] .ctx-grid__title { overflow-wrap: anywhere; }
:root[data-fit] .ctx-grid { grid-template-columns: minmax(0, 1fr); gap: 0.4rem; }
:root[data-fit] .ctx-main__cpu { max-width: none; }
:root[data-fit] .ctx-main__cpu svg { max-width: none !important; }
/* A slide with its details folded (the costs, and the controls: the scene chose the switch): the
   CPU, which the steps change, takes the left column from top to bottom; the steps and what the
   current one saves and restores share the right one. */
:root[data-fit][data-presenter] .figure-frame:not([data-details], [data-slide='plain']) .ctx-fig { grid-template-columns: minmax(0, 1.4fr) minmax(0, 1fr); }
:root[data-fit][data-presenter] .figure-frame:not([data-details], [data-slide='plain']) .ctx-main__cpu { grid-row: 1 / span 2; }
:root[data-fit][data-presenter] .figure-frame:not([data-details], [data-slide='plain']) .ctx-grid { grid-column: 2; }
`;

/** The figure's CSS. */
export function CtxStyles(): JSX.Element {
  return <style>{CSS}</style>;
}
