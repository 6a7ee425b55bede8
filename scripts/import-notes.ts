/**
 * `npm run import -- <vault-dir> <out-dir> [--missing-images=error|warn] [--force]`
 *
 * Converts every Obsidian note (.md, .txt) under <vault-dir> into an MDX page under <out-dir>
 * (same sub-folders), copies the local images the notes show, and checks that each page
 * compiles with @mdx-js/mdx and contains no code (ESM, JSX, expressions) that would run at
 * build time. Problems print as `file:line: error: …`; the exit code is 1 if any note failed.
 */
import { compile } from '@mdx-js/mdx';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditMdx } from '../src/plugins/import/audit.ts';
import { convertNote, type MissingImages } from '../src/plugins/import/convert.ts';
import { splitFrontMatter, type ImportIssue } from '../src/plugins/import/front-matter.ts';

/** Options of one import run. */
export interface ImportOptions {
  readonly missingImages: MissingImages;
  readonly force: boolean;
  /** Where progress lines go (stdout by default). */
  readonly log?: (line: string) => void;
  /** Where `file:line: …` messages go (stderr by default). */
  readonly report?: (line: string) => void;
}

/** What one import run did. */
export interface ImportResult {
  readonly pages: readonly { note: string; page: string; title: string }[];
  readonly images: number;
  readonly issues: readonly ImportIssue[];
}

/** Note files under a folder, relative paths in a stable order; dot-folders (.obsidian) are skipped. */
export function listNotes(vaultDir: string, sub = ''): string[] {
  return readdirSync(join(vaultDir, sub), { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const path = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return listNotes(vaultDir, path);
      return /\.(md|txt)$/i.test(entry.name) ? [path] : [];
    })
    .sort();
}

/** Imports every note of `vaultDir` into `outDir`; never throws for a bad note, reports it instead. */
export async function importNotes(
  vaultDir: string,
  outDir: string,
  options: ImportOptions,
): Promise<ImportResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const report = options.report ?? ((line: string) => console.error(line));
  const notes = listNotes(vaultDir);
  const pages: { note: string; page: string; title: string }[] = [];
  const issues: ImportIssue[] = [];
  let images = 0;
  for (const [index, note] of notes.entries()) {
    const notePath = join(vaultDir, note);
    const noteDir = dirname(notePath);
    const page = note.replace(/\.(md|txt)$/i, '.mdx');
    const pagePath = join(outDir, page);
    log(`[${index + 1}/${notes.length}] ${note} → ${page}`);
    const converted = convertNote({
      file: notePath,
      source: note,
      text: readFileSync(notePath, 'utf8'),
      imageExists: (from) => existsSync(resolve(noteDir, from)) && statSync(resolve(noteDir, from)).isFile(),
      missingImages: options.missingImages,
    });
    const noteIssues = [...converted.issues];
    if (converted.mdx) noteIssues.push(...(await checkPage(converted.mdx, pagePath)));
    if (existsSync(pagePath) && !options.force) {
      noteIssues.push({
        severity: 'error',
        file: pagePath,
        line: 1,
        message: 'exists already (use --force to overwrite)',
      });
    }
    for (const image of converted.images) {
      const target = join(dirname(pagePath), image.to);
      // The same picture imported again is fine; a different file of the same name is not.
      if (
        existsSync(target) &&
        !options.force &&
        !readFileSync(target).equals(readFileSync(resolve(noteDir, image.from)))
      ) {
        noteIssues.push({
          severity: 'error',
          file: target,
          line: 1,
          message: 'a different image exists already (use --force to overwrite)',
        });
      }
    }
    for (const issue of noteIssues)
      report(`${issue.file}:${issue.line}: ${issue.severity}: ${issue.message}`);
    issues.push(...noteIssues);
    if (noteIssues.some((issue) => issue.severity === 'error')) continue;
    mkdirSync(dirname(pagePath), { recursive: true });
    writeFileSync(pagePath, converted.mdx);
    for (const image of converted.images) {
      const target = join(dirname(pagePath), image.to);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(resolve(noteDir, image.from), target);
      images++;
    }
    pages.push({ note, page, title: converted.title });
  }
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  log(
    `Imported ${pages.length} of ${notes.length} notes into ${outDir} ` +
      `(${images} images copied, ${issues.length - errors} warnings, ${errors} errors)`,
  );
  return { pages, images, issues };
}

/** Checks a page the way the build will read it: no code inside, and @mdx-js/mdx compiles it. */
async function checkPage(mdx: string, pagePath: string): Promise<ImportIssue[]> {
  const found: ImportIssue[] = auditMdx(mdx).map((finding) => ({
    severity: 'error',
    file: pagePath,
    ...finding,
  }));
  if (found.length > 0) return found;
  const split = splitFrontMatter(mdx, pagePath);
  const { body, bodyLineOffset } = split.ok ? split.value : { body: mdx, bodyLineOffset: 0 };
  try {
    await compile(body);
    return [];
  } catch (error) {
    const { line = 1, reason = String(error) } = error as { line?: number; reason?: string };
    return [
      {
        severity: 'error',
        file: pagePath,
        line: line + bodyLineOffset,
        message: `MDX does not compile: ${reason}`,
      },
    ];
  }
}

/** Parses the command line; returns undefined (after printing usage) when it is wrong. */
function parseArgs(args: readonly string[]): [string, string, ImportOptions] | undefined {
  const positional = args.filter((arg) => !arg.startsWith('--'));
  const flags = args.filter((arg) => arg.startsWith('--'));
  const missing = flags.find((flag) => flag.startsWith('--missing-images='))?.split('=')[1] ?? 'error';
  const unknown = flags.filter((flag) => flag !== '--force' && !flag.startsWith('--missing-images='));
  if (positional.length !== 2 || unknown.length > 0 || (missing !== 'error' && missing !== 'warn')) {
    console.error('usage: npm run import -- <vault-dir> <out-dir> [--missing-images=error|warn] [--force]');
    return undefined;
  }
  return [positional[0]!, positional[1]!, { missingImages: missing, force: flags.includes('--force') }];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed) process.exit(2);
  const [vault, out, options] = parsed;
  if (!existsSync(vault) || !statSync(vault).isDirectory()) {
    console.error(`${vault}: not a folder`);
    process.exit(2);
  }
  const result = await importNotes(vault, out, options);
  process.exit(result.issues.some((issue) => issue.severity === 'error') ? 1 : 0);
}
