/**
 * Mermaid diagrams are checked at import time with the site's build-time renderer
 * (beautiful-mermaid). One it cannot lay out is still drawn, by the official Mermaid in the
 * reader's browser, on that page only (fence `mermaid client`, src/plugins/mermaid), and the
 * report says so: a diagram Obsidian draws never fails the build.
 */
import { renderMermaid } from '../plugins/mermaid/render.ts';
import { findMermaidProblem } from '../plugins/mermaid/validate.ts';
import type { VaultContext } from './context.ts';
import type { Note } from './note.ts';

/** Whether the build can draw the diagram; when not, a warning names the note line and why. */
export function checkMermaid(source: string, context: VaultContext, note: Note, line: number): boolean {
  const problem = findMermaidProblem(source);
  let reason = problem ? `line ${problem.line}: ${problem.message}` : undefined;
  if (!reason) {
    try {
      renderMermaid(source, { id: 'import-check', label: 'check' });
    } catch (error) {
      reason = (error as Error).message.split('\n')[0];
    }
  }
  if (!reason) return true;
  context.log.warn(
    note.path,
    line,
    `Mermaid diagram drawn in the browser (the build-time renderer cannot: ${reason})`,
  );
  return false;
}
