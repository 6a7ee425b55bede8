/**
 * The static import graph of the book's TypeScript: what a bundle built from an entry file must
 * download before anything runs. `import type` and `export type` are skipped (erased); an import
 * with inline type specifiers only (`import { type A } from`) is followed, since under
 * verbatimModuleSyntax it still loads the module; dynamic `import()` is not followed (it is a
 * separate chunk, loaded on demand).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import ts from 'typescript';

/** What a file imports statically: resolved paths for relative specifiers, bare specifiers as written. */
export function directImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  for (const st of source.statements) {
    let spec: ts.Expression | undefined;
    if (ts.isImportDeclaration(st) && !st.importClause?.isTypeOnly) spec = st.moduleSpecifier;
    else if (ts.isExportDeclaration(st) && !st.isTypeOnly) spec = st.moduleSpecifier;
    if (!spec || !ts.isStringLiteral(spec)) continue;
    const text = spec.text;
    out.push(text.startsWith('.') ? resolve(dirname(file), text) : text);
  }
  return out;
}

/** Whether an import is a file the walk reads (a relative `.ts`/`.tsx` that exists). */
const followed = (target: string): boolean => /\.tsx?$/.test(target) && existsSync(target);

/** The graph reachable from `entryFile`: each file read, with its direct static imports. */
export function staticImportGraph(entryFile: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const todo = [resolve(entryFile)];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (graph.has(file)) continue;
    const imports = directImports(file);
    graph.set(file, imports);
    for (const target of imports) if (followed(target) && !graph.has(target)) todo.push(target);
  }
  return graph;
}

/**
 * Everything `entryFile` loads statically, directly or not: resolved file paths (the `.ts`/`.tsx`
 * files walked, and other relative files such as CSS) and bare specifiers (`zod/mini`, `preact`).
 */
export function staticImports(entryFile: string): Set<string> {
  const all = new Set<string>();
  for (const imports of staticImportGraph(entryFile).values()) for (const target of imports) all.add(target);
  return all;
}

/**
 * One chain of static imports from `entryFile` to an import that `isTarget` picks (entry first,
 * target last), or null: the shortest, so a failing test can say how the target is reached.
 */
export function importChain(entryFile: string, isTarget: (target: string) => boolean): string[] | null {
  const graph = staticImportGraph(entryFile);
  const start = resolve(entryFile);
  const from = new Map<string, string>();
  const queue = [start];
  const seen = new Set(queue);
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i]!;
    for (const target of graph.get(file) ?? []) {
      if (seen.has(target)) continue;
      seen.add(target);
      from.set(target, file);
      if (isTarget(target)) {
        const chain = [target];
        for (let at = from.get(target); at !== undefined; at = from.get(at)) chain.unshift(at);
        return chain;
      }
      if (graph.has(target)) queue.push(target);
    }
  }
  return null;
}
