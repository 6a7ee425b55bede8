/**
 * `npm run import -- <vault> <out-dir> [--dry-run] [--strict] [--report file.json] [--force]`
 *
 * Turns an Obsidian vault into pages of the book (src/importer). Problems print as
 * `file:line: severity: message`. Exit codes: 0 done; 1 an error (or, with --strict, a warning);
 * 2 bad arguments. A terminal gets a progress bar; a pipe or CI log gets one plain line per note.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatIssue } from '../src/importer/issues.ts';
import { importVault, type ImportResult } from '../src/importer/run.ts';

const USAGE =
  'usage: npm run import -- <vault> <out-dir> [--dry-run] [--strict] [--report file.json] [--force]';

/** The command line read, or the reason it is wrong. */
export function readArgs(args: readonly string[]):
  | {
      vault: string;
      out: string;
      dryRun: boolean;
      strict: boolean;
      force: boolean;
      report: string | undefined;
    }
  | { problem: string } {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        report: { type: 'string' },
      },
    });
    if (positionals.length !== 2)
      return { problem: `expected <vault> and <out-dir>, got ${positionals.length} paths` };
    const [vault, out] = positionals as [string, string];
    if (!existsSync(vault) || !statSync(vault).isDirectory()) return { problem: `${vault}: not a folder` };
    if (values.report === '') return { problem: '--report needs a file name' };
    return {
      vault,
      out,
      dryRun: values['dry-run'],
      strict: values.strict,
      force: values.force,
      report: values.report,
    };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

/** A one-line bar for a terminal: `[#####     ] 120/2000 folder/note.md`. */
function bar(done: number, total: number, note: string): string {
  const width = 24;
  const filled = Math.round((done / total) * width);
  const columns = process.stderr.columns ?? 80;
  return `\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} ${note}`
    .slice(0, columns)
    .padEnd(columns);
}

/** The report written by `--report`: everything the run found, in a stable order, no times. */
export function reportJson(result: ImportResult, vault: string, out: string): string {
  return `${JSON.stringify({ vault, out, ...result }, null, 2)}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = readArgs(process.argv.slice(2));
  if ('problem' in args) {
    console.error(`${args.problem}\n${USAGE}`);
    process.exit(2);
  }
  const tty = process.stderr.isTTY === true;
  const result = importVault(args.vault, args.out, {
    dryRun: args.dryRun,
    force: args.force,
    progress: (done, total, note, page) => {
      if (tty) process.stderr.write(bar(done, total, note) + (done === total ? '\n' : ''));
      else console.log(`[${done}/${total}] ${note} → ${page}`);
    },
  });
  for (const issue of result.issues) console.error(formatIssue(issue, args.vault));
  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = result.issues.length - errors;
  console.log(
    `${args.dryRun ? 'Dry run: would import' : 'Imported'} ${result.pages.length} of ${result.notes} notes into ${args.out} ` +
      `(${result.attachments} pictures, ${result.mermaidClient.length} pages with browser-drawn Mermaid, ` +
      `${result.skipped.length} skipped, ${warnings} warnings, ${errors} errors)`,
  );
  if (args.report) writeFileSync(args.report, reportJson(result, args.vault, args.out));
  process.exit(errors > 0 || (args.strict && warnings > 0) ? 1 : 0);
}
