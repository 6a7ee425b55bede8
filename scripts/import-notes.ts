/**
 * `npm run import -- <vault> <out-dir> [--dry-run] [--strict] [--report file.json] [--force] [--watch]
 *                   [--site --title <title> [--lang en|zh] [--home <note>]]`
 *
 * With `--site` the vault is published as a site of its own (src/importer/site.ts); without it, as pages
 * of the book (and a previous `--site` is undone).
 *
 * Turns an Obsidian vault into pages of the book (src/importer). Problems are summarised by kind,
 * each with its count and first locations as `file:line: severity: message`; `--report` writes
 * them all. Exit codes: 0 the pages were written (or, with --dry-run, would be), whatever the
 * notes' problems; 1 the vault cannot be read; 2 bad arguments (an output folder that may not
 * be replaced included); with --strict, 1 on any problem. A terminal gets a progress bar; a pipe
 * or CI log gets one plain line per note.
 * `--watch` imports again after every change of the vault, writing only the pages that changed
 * (src/importer/watch.ts), one line per batch, until Ctrl-C.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatIssue, summariseIssues, type ImportIssue } from '../src/importer/issues.ts';
import { importVault, type ImportResult } from '../src/importer/run.ts';
import { batchLine, watchVault } from '../src/importer/watch.ts';
import { publishAsSite, removeSiteConfig, type SiteRequest } from '../src/importer/site.ts';

const USAGE =
  'usage: npm run import -- <vault> <out-dir> [--dry-run] [--strict] [--report file.json] [--force] [--watch]\n' +
  '                          [--site --title <title> [--lang en|zh] [--home <note>]]';
/** The project root, where the build looks for vault-site.json. */
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The command line read, or the reason it is wrong. */
export function readArgs(args: readonly string[]):
  | {
      vault: string;
      out: string;
      dryRun: boolean;
      strict: boolean;
      force: boolean;
      report: string | undefined;
      watch: boolean;
      site: SiteRequest | undefined;
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
        watch: { type: 'boolean', default: false },
        site: { type: 'boolean', default: false },
        title: { type: 'string' },
        lang: { type: 'string' },
        home: { type: 'string' },
      },
    });
    if (positionals.length !== 2)
      return { problem: `expected <vault> and <out-dir>, got ${positionals.length} paths` };
    const [vault, out] = positionals as [string, string];
    if (!existsSync(vault) || !statSync(vault).isDirectory()) return { problem: `${vault}: not a folder` };
    if (values.report === '') return { problem: '--report needs a file name' };
    if (values.watch && values['dry-run'])
      return { problem: '--watch writes pages; it cannot be a --dry-run' };
    const siteOnly = (['title', 'lang', 'home'] as const).filter((name) => values[name] !== undefined);
    if (!values.site && siteOnly.length > 0)
      return { problem: `--${siteOnly[0]} needs --site (publish the vault as a site of its own)` };
    if (values.site && !values.title?.trim()) return { problem: '--site needs --title "<site title>"' };
    const lang = values.lang ?? 'en';
    if (lang !== 'en' && lang !== 'zh') return { problem: `--lang must be en or zh, not ${lang}` };
    return {
      vault,
      out,
      dryRun: values['dry-run'],
      strict: values.strict,
      force: values.force,
      report: values.report,
      watch: values.watch,
      site: values.site ? { title: values.title!.trim(), lang, home: values.home } : undefined,
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

/** How many locations of each kind of problem the summary prints. */
const SHOWN_PER_KIND = 3;

/** The summary of the problems: one block per kind, its count and its first locations. */
export function summaryLines(
  issues: readonly ImportIssue[],
  vault: string,
  report: string | undefined,
): string[] {
  if (issues.length === 0) return [];
  const lines: string[] = [];
  for (const { kind, issues: list } of summariseIssues(issues)) {
    lines.push(`${String(list.length).padStart(5)} × ${kind}`);
    for (const issue of list.slice(0, SHOWN_PER_KIND)) lines.push(`        ${formatIssue(issue, vault)}`);
    if (list.length > SHOWN_PER_KIND) lines.push(`        … and ${list.length - SHOWN_PER_KIND} more`);
  }
  lines.push(
    report
      ? `All ${issues.length} problems are listed in ${report}.`
      : 'Add --report file.json for the full list.',
  );
  return lines;
}

/** The exit code of a run: see the file's doc comment. */
export function exitCodeOf(result: ImportResult, dryRun: boolean, strict: boolean): 0 | 1 | 2 {
  if (!dryRun && !result.written) return 2;
  return strict && result.issues.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = readArgs(process.argv.slice(2));
  if ('problem' in args) {
    console.error(`${args.problem}\n${USAGE}`);
    process.exit(2);
  }
  if (args.watch) {
    let first = true;
    const watcher = watchVault(args.vault, args.out, {
      force: args.force,
      site: args.site,
      onBatch: (batch) => {
        // The first import reports like a plain run; later ones only what the changed notes and pages say.
        if (first) {
          for (const line of summaryLines(batch.result.issues, args.vault, undefined)) console.error(line);
          if (!batch.result.written) process.exit(exitCodeOf(batch.result, false, false));
        }
        // `--site` under watch too: the config follows the vault (a renamed home note), written only when it changes.
        if (batch.result.written) publishOrRemoveSite(args, batch.result, first);
        if (!first) {
          const touched = new Set([...batch.events, ...batch.converted]);
          for (const issue of batch.result.issues)
            if (touched.has(issue.file)) console.error(formatIssue(issue, args.vault));
        }
        const what = first ? `Imported ${batch.result.pages.length} notes into ${args.out}: ` : '';
        console.log(`${what}${batchLine(batch)}${first ? '; watching for changes (Ctrl-C stops)' : ''}`);
        first = false;
      },
      onError: (error) =>
        console.error(`import failed: ${(error as Error).message}; waiting for the next change`),
    });
    process.on('SIGINT', () => {
      watcher.close();
      process.exit(0);
    });
  } else {
    runOnce(args);
  }
}

/** Arguments that were read without a problem. */
type Args = Exclude<ReturnType<typeof readArgs>, { problem: string }>;

function runOnce(args: Args): void {
  const tty = process.stderr.isTTY === true;
  let result: ImportResult;
  try {
    result = importVault(args.vault, args.out, {
      dryRun: args.dryRun,
      force: args.force,
      site: args.site,
      progress: (done, total, note, page) => {
        if (tty) process.stderr.write(bar(done, total, note) + (done === total ? '\n' : ''));
        else console.log(`[${done}/${total}] ${note} → ${page}`);
      },
    });
  } catch (error) {
    // Notes that cannot be read are skipped and reported; this is the vault itself failing (a folder
    // that cannot be listed), or the output that cannot be written.
    console.error(`${args.vault}: the import failed: ${(error as Error).message}`);
    process.exit(1);
  }
  for (const line of summaryLines(result.issues, args.vault, args.report)) console.error(line);
  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = result.issues.length - errors;
  console.log(
    `${args.dryRun ? 'Dry run: would import' : result.written ? 'Imported' : 'Nothing written: would import'} ` +
      `${result.pages.length} of ${result.notes} notes into ${args.out} ` +
      `(${result.attachments} pictures, ${result.mermaidClient.length} pages with browser-drawn Mermaid, ` +
      `${result.skipped.length} skipped, ${warnings} warnings, ${errors} errors)`,
  );
  if (args.report) writeFileSync(args.report, reportJson(result, args.vault, args.out));
  if (!args.dryRun && result.written && result.pages.length > 0) publishOrRemoveSite(args, result);
  process.exit(exitCodeOf(result, args.dryRun, args.strict));
}

/** After an import that wrote pages: `--site` writes vault-site.json, an import into the book removes it. */
function publishOrRemoveSite(args: Args, result: ImportResult, say = true): void {
  if (args.site) {
    try {
      const home = publishAsSite(ROOT, resolve(args.out), result.pages, args.site);
      if (say)
        console.log(
          `Site "${args.site.title}" (${args.site.lang}): vault-site.json written; the home page is ` +
            `${home?.note ?? '(none)'}`,
        );
    } catch (error) {
      console.error((error as Error).message);
      process.exit(2);
    }
  } else if (removeSiteConfig(ROOT) && say) {
    console.log('vault-site.json removed: the next build is the book again');
  }
}
