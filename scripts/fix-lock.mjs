#!/usr/bin/env node
/**
 * Drops optional platform dependencies that the lock file cannot satisfy, so `npm ci` accepts it.
 *
 * The registry this project installs from carries some native packages only for the platforms
 * it builds on (e.g. `@astrojs/compiler-binding-*@0.5.1` for linux-x64 alone). npm then writes a
 * lock whose optional edges point at versions that are not in it, and `npm ci` rejects the lock
 * as "Missing: …@ from lock file". Run `node scripts/fix-lock.mjs` after `npm install` changes the
 * lock; it prints each edge it removes.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const path = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;

/** Node's lookup: the nearest `node_modules/<name>` from `parent` upwards. */
function resolve(parent, name) {
  let dir = parent;
  for (;;) {
    const candidate = dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`;
    if (packages[candidate]) return packages[candidate];
    if (!dir) return undefined;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut >= 0 ? dir.slice(0, cut) : '';
  }
}

const removed = [];
for (const [key, entry] of Object.entries(packages)) {
  const optional = entry.optionalDependencies;
  if (!optional) continue;
  for (const [name, spec] of Object.entries(optional)) {
    const target = resolve(key, name);
    const exact = /^\d/.test(spec);
    if (!target || (exact && target.version !== spec)) {
      delete optional[name];
      removed.push(`${key || '(root)'} → ${name}@${spec}`);
    }
  }
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`${path}: removed ${removed.length} unsatisfiable optional edge(s)`);
for (const line of removed) console.log(`  ${line}`);
