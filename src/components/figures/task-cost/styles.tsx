/** Styles of the TaskCost figure, as one <style> element (the figure owns no stylesheet file). */
import type { JSX } from 'preact';

const CSS = `
.task-fig { display: grid; gap: 0.75rem; grid-template-columns: minmax(0, 1fr); }
.task-fig > * { min-width: 0; }
.task-fig__main, .task-fig__side { display: grid; gap: 0.75rem; min-width: 0; align-content: start; }
:root[data-fit] .task-fig { height: 100%; grid-template-columns: minmax(0, 1.2fr) minmax(0, 1fr); grid-template-rows: auto minmax(0, 1fr); }
:root[data-fit] .task-controls { grid-column: 1 / -1; }
:root[data-fit] .task-fig__main { min-height: 0; }
:root[data-fit] .task-fig__side { grid-auto-rows: max-content; }
:root[data-fit] .task-fig__main svg { height: 100%; }
:root[data-fit] .task-small, :root[data-fit] .task-value { font-size: 16px; }
:root[data-fit] .task-title { font-size: 18px; }
/* On a slide the side column sets the zoom: tighter rows keep its text at 14 px or more at 1280×720, presenter mode too. */
:root[data-fit] .task-table th, :root[data-fit] .task-table td { padding: 0.1rem 0.3rem; }
:root[data-fit] .task-table th, :root[data-fit] .task-table summary { white-space: nowrap; }
/* The side column is at least as wide as the table's unbroken rows; the drawing, which scales, takes the rest. */
:root[data-fit] .task-fig { grid-template-columns: minmax(0, 1.2fr) minmax(min-content, 1fr); }
:root[data-fit] .task-table-wrap { overflow-x: visible; }
:root[data-fit] .task-libco { line-height: 1.35; }
:root[data-fit] .task-libco p { margin: 0.15rem 0; }
.task-fig svg { width: 100%; height: auto; }
.task-fig svg text { fill: currentColor; }
.task-controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center; font-size: 0.9em; }
.task-controls input[type='number'] { width: 9em; }
.task-controls input[type='range'] { width: 14rem; max-width: 100%; vertical-align: middle; }
.task-controls select { max-width: 100%; }
.task-title { font-size: 14px; font-weight: 700; }
.task-small { font-size: 12px; font-weight: 400; }
.task-value { font-size: 12px; paint-order: stroke; stroke: var(--ff-bg, #fff); stroke-width: 4px; stroke-linejoin: round; }
.task-bar { fill: var(--ff-accent, #4d5ef5); opacity: 0.8; }
.task-bar--over { fill: #b35900; }
.task-limit line { stroke: #b35900; stroke-width: 1.5; stroke-dasharray: 4 3; }
.task-table-wrap { overflow-x: auto; }
.task-table { border-collapse: collapse; font-size: 0.85em; width: 100%; }
.task-table caption { text-align: left; font-size: 1em; padding-bottom: 0.3rem; }
.task-table th, .task-table td { border: 1px solid var(--ff-line, #c0c2c7); padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
.task-table td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.task-table th:last-child, .task-table td:last-child { white-space: nowrap; }
.task-table ul { margin: 0.25rem 0 0; padding-left: 1.2em; font-weight: 400; }
.task-libco { border-left: 3px solid var(--ff-accent, #4d5ef5); padding: 0.3rem 0.75rem; background: var(--ff-panel, #eef0f4); font-size: 0.9em; }
.task-libco-title { font-size: 0.95em; }
.task-libco p { margin: 0.25rem 0; }
`;

/** The TaskCost figure's stylesheet. */
export function TaskStyles(): JSX.Element {
  return <style>{CSS}</style>;
}
