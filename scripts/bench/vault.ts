/**
 * A synthetic Obsidian vault for the import benchmark: `notes` notes in 20 folders, ten links per
 * note (to notes, headings and blocks, by name and by path), one picture per four notes, callouts,
 * math, a note embed in one note of ten. Seeded: the same size gives the same vault.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A tiny seeded generator (mulberry32), so vaults are reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 1×1 PNG (the benchmark measures the pipeline, not image encoding). */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** What was generated. */
export interface GeneratedVault {
  readonly notes: number;
  readonly links: number;
  readonly attachments: number;
}

/** Writes a vault of `notes` notes into `dir` (which should be empty). */
export function generateVault(dir: string, notes: number, seed = 1): GeneratedVault {
  const next = random(seed);
  const pick = (n: number): number => Math.floor(next() * n);
  const name = (i: number): string => `笔记 ${String(i).padStart(4, '0')}`;
  const folder = (i: number): string => `主题 ${i % 20}`;
  const attachments = Math.floor(notes / 4);
  mkdirSync(join(dir, '附件'), { recursive: true });
  for (let a = 0; a < attachments; a++) writeFileSync(join(dir, '附件', `图 ${a}.png`), PNG);
  let links = 0;
  for (let i = 0; i < notes; i++) {
    const lines = [
      '---',
      `tags: [主题${i % 20}, 练习]`,
      ...(i % 7 === 0 ? [`aliases: [别名 ${i}]`] : []),
      `status: 草稿`,
      '---',
      `进程是资源分配的单位，线程是调度的单位；这是第 ${i} 篇笔记。 ^intro`,
      '',
    ];
    for (let s = 1; s <= 3; s++) {
      lines.push(`## 第 ${s} 节`, '');
      const targets = [pick(notes), pick(notes), pick(notes)];
      lines.push(
        `第 ${s} 节讲 [[${name(targets[0]!)}]]、[[${folder(targets[1]!)}/${name(targets[1]!)}|路径链接]] ` +
          `和 [[${name(targets[2]!)}#第 ${1 + pick(3)} 节]]，==重点== 在 $O(n)$ 的开销。#标签${s}`,
        '',
      );
      links += 3;
    }
    lines.push(`- 列表项 [[${name(pick(notes))}#^intro]]`, '- 第二项', '');
    lines.push('> [!tip] 提示', `> 见 [[${name(pick(notes))}]]。`, '');
    lines.push('```c', 'int main(void) { return fork(); }', '```', '');
    links += 2;
    if (i % 4 === 0 && i / 4 < attachments) lines.push(`![[图 ${i / 4}.png|300]]`, '');
    if (i % 10 === 0) lines.push(`![[${name(pick(notes))}#第 1 节]]`, '');
    lines.push(
      `结尾段落，再链接 [[${name(pick(notes))}]] 与 [[${name(pick(notes))}]] 和 [[${name(pick(notes))}]]。`,
    );
    links += 3;
    mkdirSync(join(dir, folder(i)), { recursive: true });
    writeFileSync(join(dir, folder(i), `${name(i)}.md`), `${lines.join('\n')}\n`);
  }
  return { notes, links, attachments };
}
