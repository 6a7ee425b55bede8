/**
 * The book restates its source notes in its own words (README, "Where the book comes from"):
 * no sentence of a chapter may copy 18 or more characters of a note verbatim, quotations aside.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { sharedMaterial } from '../shared-material.ts';
import { bookProse, copiedRuns } from './copied-runs.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOCS = join(ROOT, 'src/content/docs');

/** Every MDX page of the book, as paths relative to the repository. */
function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pages(join(dir, e.name)) : e.name.endsWith('.mdx') ? [join(dir, e.name)] : [],
  );
}

describe('copiedRuns', () => {
  const note = '进程隔离强、通信重、可靠性高；线程共享多、通信轻、性能高但风险大。';

  test('finds a run copied from a note, whatever the punctuation', () => {
    const prose = bookProse('概括地说：进程隔离强，通信重，可靠性高，线程共享多、通信轻。');
    expect(copiedRuns(prose, [note])).toEqual([{ line: 1, run: '进程隔离强通信重可靠性高线程共享多通信轻' }]);
  });

  test('accepts the same idea in other words', () => {
    const prose = bookProse('进程之间隔离得好、交换数据要付出代价；线程共享一切，快，但一处出错全体遭殃。');
    expect(copiedRuns(prose, [note])).toEqual([]);
  });

  test('skips quotations, code, front-matter names and numbered exercise headings', () => {
    const page = [
      '---',
      'title: 进程隔离强、通信重、可靠性高；线程共享多、通信轻、性能高但风险大',
      '---',
      '常见说法是「进程隔离强、通信重、可靠性高；线程共享多、通信轻、性能高但风险大」。',
      '`进程隔离强、通信重、可靠性高；线程共享多、通信轻、性能高但风险大`',
      '### 3. 进程隔离强、通信重、可靠性高；线程共享多、通信轻、性能高但风险大？',
      '```',
      '进程隔离强、通信重、可靠性高；线程共享多、通信轻、性能高但风险大',
      '```',
    ].join('\n');
    expect(copiedRuns(bookProse(page), [note])).toEqual([]);
  });

  test('ignores long shared identifiers with few Chinese characters', () => {
    const prose = bookProse('进程间通信（IPC，Inter-Process Communication）');
    expect(copiedRuns(prose, ['进程间通信（IPC，Inter-Process Communication）是……'])).toEqual([]);
  });
});

const NOTES = sharedMaterial('notes', 'the check that no chapter copies a note verbatim');

describe.skipIf(NOTES === undefined)('the book, against the raw notes', () => {
  test('no page copies 18 or more characters of a note outside quotations', () => {
    const dir = NOTES ?? '';
    const notes = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    const copies = pages(DOCS).flatMap((file) =>
      copiedRuns(bookProse(readFileSync(file, 'utf8')), notes).map(
        (c) => `${relative(ROOT, file)}:${c.line} ${c.run}`,
      ),
    );
    expect(copies).toEqual([]);
  });
});
