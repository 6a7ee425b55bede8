import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { noteSuffix } from '../obsidian/imported.ts';

/** One thing the safety plugins removed from a page, with where it was written. */
export interface SafetyWarning {
  /** The page's path relative to the project, as an editor would open it. */
  readonly file: string;
  /** 1-based line and column in the page source, 0 when the node has no position. */
  readonly line: number;
  readonly column: number;
  /** What was removed and why, e.g. `unsafe URL "javascript:alert(1)" in <a href> removed: …`. */
  readonly message: string;
}

/** Where the safety plugins report: the build log by default, a list in tests. */
export type SafetyReporter = (warning: SafetyWarning) => void;

/** Prints `file:line:column: warning: …` on stderr (the format editors and the importer use), `file: warning: …` without a position. */
export const printWarning: SafetyReporter = (w) => {
  console.warn(`${w.file}${w.line > 0 ? `:${w.line}:${w.column}` : ''}: warning: ${w.message}`);
};

/** The page's path relative to the working directory (the project root during a build). */
export function displayPath(file: VFile): string {
  const path = file.path ?? 'unknown file';
  const cwd = `${file.cwd.replace(/\/$/, '')}/`;
  return path.startsWith(cwd) ? path.slice(cwd.length) : path;
}

/** A warning about `node` of `file`. */
export function warningAt(file: VFile, node: Node | undefined, message: string): SafetyWarning {
  const start = node?.position?.start;
  const line = start?.line ?? 0;
  return {
    file: displayPath(file),
    line,
    column: start?.column ?? 0,
    message: `${message}${noteSuffix(file, line)}`,
  };
}

/** A value as it may appear in a one-line message: quoted, control characters escaped, at most 80 characters. */
export function quote(value: string): string {
  const short = value.length > 80 ? `${value.slice(0, 77)}…` : value;
  return JSON.stringify(short);
}
