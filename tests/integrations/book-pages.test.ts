import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readBookPages } from '../../src/integrations/book-pages.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A docs folder holding `files` (path → source). */
function docs(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'book-pages-'));
  dirs.push(dir);
  for (const [file, source] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), source);
  }
  return dir;
}

describe('readBookPages', () => {
  test('reads front matter with the Markdown core splitter: CRLF, a BOM and a `...` fence', () => {
    const dir = docs({
      'index.mdx': '\uFEFF---\r\ntitle: 首页\r\n---\r\n正文',
      'basics/线程.md': '---\ntitle: 线程\naliases: [thread]\ntags: [os]\npageKind: glossary\n...\n正文',
    });
    expect(readBookPages(dir, '/book')).toEqual([
      {
        file: 'basics/线程.md',
        url: '/book/basics/线程/',
        path: '/basics/线程/',
        html: 'basics/线程/index.html',
        title: '线程',
        aliases: ['thread'],
        tags: ['os'],
        kind: 'glossary',
        print: true,
      },
      expect.objectContaining({ file: 'index.mdx', url: '/book/', path: '/', title: '首页' }),
    ]);
  });

  test('a page without front matter is named in the error', () => {
    const dir = docs({ 'a.md': '# 无标题' });
    expect(() => readBookPages(dir, '/')).toThrow(`${dir}/a.md：没有 front matter`);
  });

  test('malformed YAML is named with its file line', () => {
    const dir = docs({ 'a.md': '---\ntitle: a\ntags: [os\n---\n' });
    expect(() => readBookPages(dir, '/')).toThrow(new RegExp(`${dir}/a\\.md:\\d+：malformed front matter`));
  });
});
