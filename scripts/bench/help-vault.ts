/**
 * A large real vault for the benchmark: copies of a real vault (the Obsidian help vault, `en/`, whose
 * path is given at run time: OBSIDIAN_HELP_VAULT) with every note and alias renamed per copy and
 * every link rewritten to match, so each copy links inside itself exactly as the original does.
 * Copy k puts its notes under `Copy k/` and names them `<name> k`; pictures and other files are
 * copied once, at the vault's root, and every copy embeds them by name as the original does.
 * The last copy may be partial (its first notes in path order), so any note count can be made:
 * links into its missing notes stay unresolved, as in any vault.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

/** Every file below `dir` (dot-folders skipped), relative, with `/`, sorted. */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full).replace(/\\/g, '/'));
    }
  };
  walk(dir);
  return out.sort();
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/;
const key = (name: string): string => name.normalize('NFC').toLowerCase().trim();

/** The note names and aliases of a vault, by key; a note's path without `.md` too. */
function namesOf(vault: string, notes: readonly string[]): { names: Set<string>; paths: Set<string> } {
  const names = new Set<string>();
  const paths = new Set<string>();
  for (const note of notes) {
    const path = note.replace(/\.md$/i, '');
    paths.add(key(path));
    names.add(key(path.split('/').at(-1) ?? path));
    const yaml = FRONT_MATTER.exec(readFileSync(join(vault, note), 'utf8'))?.[1];
    if (!yaml) continue;
    try {
      const data = parseYaml(yaml) as { aliases?: unknown } | null;
      const aliases = data?.aliases;
      for (const alias of Array.isArray(aliases) ? aliases : aliases ? [aliases] : [])
        if (typeof alias === 'string') names.add(key(alias));
    } catch {
      // a note with broken YAML keeps it: the importer reports it
    }
  }
  return { names, paths };
}

/** A link target renamed for copy k, or unchanged when it names no note (a picture, a web page). */
function renameTarget(target: string, k: number, known: { names: Set<string>; paths: Set<string> }): string {
  const [path = '', ...rest] = target.split('#');
  const hash = rest.length > 0 ? `#${rest.join('#')}` : '';
  const bare = path.replace(/\.md$/i, '');
  if (bare === '') return target;
  const ext = path.length > bare.length ? path.slice(bare.length) : '';
  if (bare.includes('/')) {
    if (!known.paths.has(key(bare))) return target;
    return `Copy ${k}/${bare} ${k}${ext}${hash}`;
  }
  return known.names.has(key(bare)) ? `${bare} ${k}${ext}${hash}` : target;
}

/** The note's text for copy k: aliases renamed, wiki links, embeds and Markdown links to notes rewritten. */
export function rewriteNote(
  text: string,
  k: number,
  known: { names: Set<string>; paths: Set<string> },
): string {
  let out = text;
  const fm = FRONT_MATTER.exec(text);
  if (fm) {
    try {
      const data = parseYaml(fm[1] ?? '') as Record<string, unknown> | null;
      if (data && data.aliases !== undefined) {
        const aliases = Array.isArray(data.aliases) ? data.aliases : [data.aliases];
        data.aliases = aliases.map((alias) => (typeof alias === 'string' ? `${alias} ${k}` : alias));
        out = `---\n${stringifyYaml(data).trimEnd()}\n---${fm[2]}${text.slice(fm[0].length)}`;
      }
    } catch {
      // left as it is
    }
  }
  // [[target]], [[target|label]], ![[target#h]]: the target is everything up to | or ].
  out = out.replace(/(!?\[\[)([^\]|\n]+)/g, (_, open: string, target: string) => {
    // In a table the label's bar is escaped: `[[Note\|label]]`.
    const escaped = target.endsWith('\\') ? '\\' : '';
    return `${open}${renameTarget(escaped ? target.slice(0, -1) : target, k, known)}${escaped}`;
  });
  // [label](Some%20note.md#h) and [label](<Some note.md>)
  out = out.replace(
    /\]\((<?)([^)>\s]+\.md(?:#[^)>\s]*)?)(>?)\)/gi,
    (whole, lt: string, href: string, gt: string) => {
      let decoded: string;
      try {
        decoded = decodeURIComponent(href);
      } catch {
        return whole;
      }
      const renamed = renameTarget(decoded, k, known);
      if (renamed === decoded) return whole;
      return `](${lt}${lt ? renamed : encodeURI(renamed)}${gt})`;
    },
  );
  return out;
}

/** What was made. */
export interface HelpVaultCopy {
  readonly notes: number;
  readonly attachments: number;
  readonly copies: number;
}

/** Writes a vault of `notes` notes made from copies of `source` into `dir`. */
export function copyHelpVault(source: string, dir: string, notes: number): HelpVaultCopy {
  const files = listFiles(source);
  const noteFiles = files.filter((file) => /\.md$/i.test(file));
  const others = files.filter((file) => !/\.md$/i.test(file));
  if (noteFiles.length === 0) throw new Error(`${source}: no notes (.md files)`);
  const known = namesOf(source, noteFiles);
  for (const file of others) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(source, file), join(dir, file));
  }
  let written = 0;
  let k = 0;
  while (written < notes) {
    k += 1;
    for (const note of noteFiles) {
      if (written >= notes) break;
      const renamed = `Copy ${k}/${note.replace(/\.md$/i, '')} ${k}.md`;
      const text = rewriteNote(readFileSync(join(source, note), 'utf8'), k, known);
      mkdirSync(dirname(join(dir, renamed)), { recursive: true });
      writeFileSync(join(dir, renamed), text);
      written += 1;
    }
  }
  return { notes: written, attachments: others.length, copies: k };
}
