/** Build-time Mermaid: validate the diagram, render it to themed inline SVG, and the remark adapter. */
export { default as remarkMermaid, type MermaidTiming, type RemarkMermaidOptions } from './remark-mermaid.ts';
export { renderMermaid, scopeStyle, prefixIds, MERMAID_THEME, MERMAID_FONT_STACK } from './render.ts';
export { findMermaidProblem, type MermaidProblem } from './validate.ts';
