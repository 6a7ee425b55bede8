/** A problem found while importing, located at a 1-based line of a vault file. */
export interface ImportIssue {
  readonly severity: 'error' | 'warning';
  /** The file's path inside the vault, with `/`. */
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Collects issues; `file:line: severity: message` is their one printed form. */
export class IssueLog {
  readonly issues: ImportIssue[] = [];
  /** `file:line:message` of each issue: a note embedded on several pages reports its problem once. */
  private readonly seen = new Set<string>();

  private add(issue: ImportIssue): void {
    const key = `${issue.file}:${issue.line}:${issue.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.issues.push(issue);
  }

  /** Whether some problem is already reported at `file:line`. */
  has(file: string, line: number): boolean {
    return this.issues.some((issue) => issue.file === file && issue.line === line);
  }

  /** Adds an error (the import exits 1; the page is still written with what could be kept). */
  error(file: string, line: number, message: string): void {
    this.add({ severity: 'error', file, line, message });
  }

  /** Adds a warning (an error under `--strict`). */
  warn(file: string, line: number, message: string): void {
    this.add({ severity: 'warning', file, line, message });
  }
}

/** The printed form of an issue, its file shown under `root` (the vault folder as given). */
export function formatIssue(issue: ImportIssue, root: string): string {
  if (!issue.file) return `${issue.severity}: ${issue.message}`;
  const path = root ? `${root.replace(/\/+$/, '')}/${issue.file}` : issue.file;
  return `${path}:${issue.line}: ${issue.severity}: ${issue.message}`;
}

/**
 * The kind of an issue, for the summary: its message with quoted names replaced by `…`, cut before
 * its details (after `;`, in parentheses, a list of files).
 * @example issueKind('link "Foo" matches no file in the vault; shown as text') // 'link "…" matches no file in the vault'
 */
export function issueKind(issue: ImportIssue): string {
  return `${issue.severity}: ${issue.message
    .replace(/"[^"]*"/g, '"…"')
    .split(/;| \(|: (?=\S[^"]*\.md\b)/)[0]!
    .replace(/\^[\w-]+/g, '^…')
    .replace(/ [\w./-]+\.md(?: → [\w./ -]+\.md)+/g, ' …')
    .trim()}`;
}

/** Issues grouped by kind, most frequent first (then by name), each group in file and line order. */
export function summariseIssues(issues: readonly ImportIssue[]): { kind: string; issues: ImportIssue[] }[] {
  const groups = new Map<string, ImportIssue[]>();
  for (const issue of issues) {
    const kind = issueKind(issue);
    groups.set(kind, [...(groups.get(kind) ?? []), issue]);
  }
  return [...groups]
    .map(([kind, list]) => ({ kind, issues: list }))
    .sort((a, b) => b.issues.length - a.issues.length || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}
