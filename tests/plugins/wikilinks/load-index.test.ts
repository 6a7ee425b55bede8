import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { listPageFiles, loadPageIndex } from '../../../src/plugins/wikilinks/load-index.ts';

let dir = '';

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wikilinks-'));
  mkdirSync(join(dir, 'basics'));
  mkdirSync(join(dir, '_drafts'));
  writeFileSync(join(dir, 'index.mdx'), '---\ntitle: 首页\n---\n见 [[甲]]。\n');
  writeFileSync(join(dir, 'basics', 'a.md'), '---\ntitle: 甲\n---\n## 小节\n');
  writeFileSync(join(dir, '_drafts', 'b.mdx'), '---\ntitle: 草稿\n---\n');
  writeFileSync(join(dir, 'basics', 'notes.txt'), '[[甲]]');
  vi.useFakeTimers({ toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe('loadPageIndex', () => {
  test('lists .md and .mdx pages, skipping folders that start with _', () => {
    expect(listPageFiles(dir)).toEqual(['basics/a.md', 'index.mdx']);
  });

  test('builds the index once and reuses it while no page changes', () => {
    const first = loadPageIndex(dir);
    expect(first.pages.map((page) => page.title)).toEqual(['甲', '首页']);
    vi.advanceTimersByTime(5000);
    expect(loadPageIndex(dir)).toBe(first);
  });

  test('rebuilds after a page is added or edited, once the recheck interval has passed', () => {
    const first = loadPageIndex(dir);
    writeFileSync(join(dir, 'basics', 'c.mdx'), '---\ntitle: 丙\n---\n');
    expect(loadPageIndex(dir)).toBe(first);
    vi.advanceTimersByTime(1500);
    const second = loadPageIndex(dir);
    expect(second).not.toBe(first);
    expect(second.pages.map((page) => page.title)).toEqual(['甲', '丙', '首页']);
  });

  test('checks for changes less often when a check is slow, so checking never dominates a long build', () => {
    const first = loadPageIndex(dir);
    vi.advanceTimersByTime(1500);
    // The next check (listing and stat-ing every page) takes 100 ms: the index is then trusted 20 × as long.
    const start = Date.now();
    vi.spyOn(Date, 'now')
      .mockReturnValueOnce(start)
      .mockReturnValueOnce(start + 100);
    expect(loadPageIndex(dir)).toBe(first);
    vi.restoreAllMocks();
    writeFileSync(join(dir, 'basics', 'c.mdx'), '---\ntitle: 丙\n---\n');
    vi.advanceTimersByTime(1500);
    expect(loadPageIndex(dir)).toBe(first);
    vi.advanceTimersByTime(600);
    expect(loadPageIndex(dir).pages.map((page) => page.title)).toEqual(['甲', '丙', '首页']);
  });
});
