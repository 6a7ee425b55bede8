/** Styles of the memory-layout figure, as one <style> element (the figure owns no stylesheet file). */
import type { JSX } from 'preact';

const CSS = `
.memory-fig { display: grid; gap: 0.25rem; }
.memory-fig > * { min-width: 0; }
.memory-fig__main > svg { display: block; width: 100%; height: auto; }
:root[data-fit] .memory-fig { height: 100%; grid-template-columns: minmax(0, 1fr) minmax(13rem, 0.5fr); gap: 0.75rem; }
:root[data-fit] .memory-fig__main { min-height: 0; }
:root[data-fit] .memory-fig__main > svg { height: 100%; max-width: none !important; }
:root[data-fit] .memory-fig__side { overflow: visible; align-self: start; }
/* A slide with its details folded: the legend above, the drawing across the whole width. */
:root[data-fit][data-presenter] .figure-frame:not([data-details], [data-slide='plain']) .memory-fig { grid-template-columns: minmax(0, 1fr); grid-template-rows: auto minmax(0, 1fr); }
:root[data-fit][data-presenter] .figure-frame:not([data-details], [data-slide='plain']) .memory-fig__side { order: -1; }
`;

/** The figure's CSS. */
export function MemoryStyles(): JSX.Element {
  return <style>{CSS}</style>;
}
