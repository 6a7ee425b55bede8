/** Styles of the IPC figure, as one <style> element (the figure owns no stylesheet file). */
import type { JSX } from 'preact';

const CSS = `
.ipc-fig { display: grid; gap: 0.75rem; grid-template-columns: minmax(0, 1fr); }
.ipc-fig > * { min-width: 0; }
.ipc-fig svg { width: 100%; height: auto; }
.ipc-fig__table, .ipc-fig__transfer { display: grid; gap: 0.75rem; min-width: 0; }
.ipc-transfer-wrap { overflow-x: auto; min-width: 0; }
.ipc-view { display: none; gap: 0.375rem; }
:root[data-fit] .ipc-view { display: flex; }
:root[data-fit] .ipc-fig[data-view='both'] .ipc-fig__table,
.ipc-fig[data-view='transfer'] .ipc-fig__table,
.ipc-fig[data-view='table'] .ipc-fig__transfer { display: none; }
:root[data-fit] .ipc-fig { height: 100%; grid-template-rows: auto minmax(0, 1fr); }
:root[data-fit] .ipc-fig__transfer { grid-template-rows: auto minmax(0, 1fr); height: 100%; min-height: 0; }
:root[data-fit] .ipc-transfer-wrap { min-height: 0; }
:root[data-fit] .ipc-transfer-wrap svg { display: block; height: 100%; min-height: 0; }
.ipc-fig svg text { fill: currentColor; }
.ipc-controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; font-size: 0.9em; }
.ipc-controls fieldset { min-width: 0; max-width: 100%; box-sizing: border-box; display: flex; flex-wrap: wrap; gap: 0.4rem 0.9rem; align-items: center; margin: 0; padding: 0.3rem 0.6rem; border: 1px solid var(--ff-line, #c0c2c7); border-radius: 0.3rem; }
.ipc-controls input[type='number'] { width: 8em; }
.ipc-controls input, .ipc-controls select, .ipc-picker input, .ipc-picker select { max-width: 100%; box-sizing: border-box; }
.ipc-table-wrap { overflow-x: auto; }
/* In a frame the table never scrolls out of sight: the fitter sees its full width and zooms to it. */
:root[data-fit] .ipc-table-wrap { overflow: visible; }
.ipc-table { border-collapse: collapse; font-size: 0.85em; width: 100%; }
.ipc-table caption { text-align: left; font-size: 1em; padding-bottom: 0.3rem; }
.ipc-table th, .ipc-table td { border: 1px solid var(--ff-line, #c0c2c7); padding: 0.2rem 0.35rem; text-align: left; white-space: nowrap; }
.ipc-table td.num { text-align: right; font-variant-numeric: tabular-nums; }
.ipc-table thead th { padding: 0; background: var(--ff-panel, #eef0f4); }
.ipc-table thead button { all: unset; box-sizing: border-box; display: block; width: 100%; padding: 0.25rem 0.35rem; cursor: pointer; font-weight: 700; }
.ipc-table thead button:focus-visible { outline: 2px solid var(--ff-accent, #4d5ef5); }
.ipc-picker { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; font-size: 0.9em; }
.ipc-box { fill: var(--ff-panel, #eef0f4); stroke: var(--ff-line, #c0c2c7); stroke-width: 1.5; }
.ipc-box--kernel { fill: none; stroke: var(--ff-accent, #4d5ef5); }
.ipc-box--blocked { stroke-dasharray: 6 4; stroke: #b35900; }
.ipc-title { font-size: 14px; font-weight: 700; }
.ipc-small { font-size: 12px; }
.ipc-blocked { font-size: 12px; font-weight: 700; fill: #b35900 !important; }
.ipc-bar-bg { fill: none; stroke: var(--ff-line, #c0c2c7); }
.ipc-bar { fill: var(--ff-accent, #4d5ef5); opacity: 0.75; }
.ipc-bar--writer { fill: #8a8f99; }
.ipc-bar--reader { fill: #1a7f37; }
.ipc-arrow line { stroke: var(--ff-line, #c0c2c7); stroke-width: 3; }
.ipc-arrow path { fill: var(--ff-line, #c0c2c7); }
.ipc-arrow--active line { stroke: var(--ff-accent, #4d5ef5); }
.ipc-arrow--active path { fill: var(--ff-accent, #4d5ef5); }
`;

/** The IPC figure's stylesheet. */
export function IpcStyles(): JSX.Element {
  return <style>{CSS}</style>;
}
