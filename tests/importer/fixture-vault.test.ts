import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { importVault } from '../../src/importer/run.ts';

const VAULT = fileURLToPath(new URL('../fixtures/vault/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'fixture-vault-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const out = join(work, 'a');
const result = importVault(VAULT, out);
const page = (path: string): string => readFileSync(join(out, path), 'utf8');
const frontMatter = (path: string): Record<string, unknown> =>
  parse(/^---\n([\s\S]*?)---\n/.exec(page(path))![1]!) as Record<string, unknown>;

/** Every file below a folder, relative paths with their bytes. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (sub: string): void => {
    for (const name of readdirSync(join(dir, sub))) {
      const path = join(sub, name);
      if (statSync(join(dir, path)).isDirectory()) walk(path);
      else files.set(relative('', path), readFileSync(join(dir, path)).toString('base64'));
    }
  };
  walk('');
  return files;
}

describe('the fixture vault (tests/fixtures/vault)', () => {
  test('imports with no error; each warning names its note and line', () => {
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(result.issues.map((i) => `${i.file}:${i.line}: ${i.message.split(/[;(]/)[0]}`)).toEqual([
      'Broken front matter.md:3: malformed front matter: Flow sequence in block collection must be sufficiently indented and end with a ]',
      // Named at the embed that closes the loop, once for each page the loop is shown on.
      'Cycle A.md:3: embed cycle: Cycle B.md → Cycle A.md → Cycle B.md',
      'Cycle B.md:3: embed cycle: Cycle A.md → Cycle B.md → Cycle A.md',
      'Cycle B.md:3: embed cycle: Embeds.md → Cycle A.md → Cycle B.md → Cycle A.md',
      'Embeds.md:26: embedded file "data.csv" is not a picture, audio, video or PDF',
      'Mermaid.md:10: Mermaid diagram drawn in the browser ',
      'binary.md:1: not a text note ',
      '欢迎.md:22: link "还没写的笔记" matches no file in the vault',
    ]);
    expect(result.skipped).toEqual(['binary.md']);
    expect(result.pages).toHaveLength(19);
  });

  test('the same vault gives byte-identical output', () => {
    importVault(VAULT, join(work, 'b'));
    expect(tree(join(work, 'b'))).toEqual(tree(out));
  });

  test('%%comments%% never reach the page; the title H1 is not repeated (https://help.obsidian.md/syntax#Comments)', () => {
    expect(page('欢迎.md')).not.toMatch(/%%|注释|# 欢迎/);
    expect(page('Formatting.md')).toContain('const s = "%%不是注释%%";');
  });

  test('links become the wiki links the site resolves, by path from the page; a note not yet written stays an unresolved link (https://help.obsidian.md/links)', () => {
    const text = page('欢迎.md');
    expect(text).toContain('[[./callouts|Callouts]]');
    expect(text).toContain('[[./aliases|别名测试]]');
    expect(text).toContain('[[./folder/settings|folder/Settings]]');
    expect(text).toContain('[[./headings#second-section|Headings › Second section]]');
    expect(text).toContain('[[./block-refs#^summary|Block refs › ^summary]]');
    expect(text).toContain('[带标题的](<./headings.md#first-section>)');
    expect(text).toContain('一个尚不存在的笔记：[[./还没写的笔记|还没写的笔记]]。');
    expect(page('folder/Settings.md')).toContain('[[../欢迎|欢迎]]');
    expect(page('Formatting.md')).toContain('[[./headings\\|表格里的链接]]');
  });

  test('inline footnotes become GFM footnotes; inline and property tags join `tags`', () => {
    expect(page('欢迎.md')).toContain('行内脚注[^inline-1]');
    expect(page('欢迎.md')).toMatch(
      /\n\[\^inline-1\]: 这是一个行内脚注，里面有 \[\[\.\/callouts\|Callouts\]\] 链接。\n$/,
    );
    expect(frontMatter('欢迎.md').tags).toEqual(['示例', 'obsidian', '入门', '嵌套/标签']);
  });

  test('embeds: notes, headings and blocks transcluded; pictures copied next to the page with sizes kept', () => {
    const text = page('Embeds.md');
    expect(text).toContain(
      '> [!embed] [[./headings#second-section|Headings › Second section]]\n> ## Second section',
    );
    expect(text).toContain(
      '> [!embed] [[./block-refs#^summary|Block refs › ^summary]]\n> 这一段是整篇笔记的摘要',
    );
    const section = text.slice(text.indexOf('[[./headings#second-section'), text.indexOf('嵌入一个块'));
    expect(section).toContain('第二节的列表项二');
    expect(section).not.toContain('Third section');
    expect(text).toContain('![diagram|300](<./_attachments/diagram.svg>)');
    expect(text).toContain('![photo|300x200](<./_attachments/photo.png>)');
    expect(text).toContain('![一张照片](<./_attachments/photo.png>)');
    expect(page('深层/子目录/深处的笔记.md')).toContain('![photo|120](<./_attachments/photo.png>)');
    expect(readFileSync(join(out, '深层/子目录/_attachments/photo.png'))).toEqual(
      readFileSync(join(VAULT, 'attachments/photo.png')),
    );
  });

  // https://help.obsidian.md/embeds: "Embed an audio file", "Embed a PDF" (`#height=400`): each gets a
  // player, in a box of its own on its line, inline in a sentence; the file is copied beside the page.
  test('audio and PDF embeds: written as media the build draws as players, files copied', () => {
    const text = page('Embeds.md');
    expect(text).toContain('> [!embed] bell.wav\n>\n> ![bell](<./_attachments/bell.wav>)');
    expect(text).toContain(
      '> [!embed] handout.pdf\n>\n> ![handout](<./_attachments/handout.pdf#height=400>)',
    );
    expect(text).toContain('句中的音频 ![bell](<./_attachments/bell.wav>) 也能播放。');
    expect(readFileSync(join(out, '_attachments/bell.wav'))).toEqual(
      readFileSync(join(VAULT, 'attachments/bell.wav')),
    );
    expect(readFileSync(join(out, '_attachments/handout.pdf'))).toEqual(
      readFileSync(join(VAULT, 'attachments/handout.pdf')),
    );
  });

  test('hostile text stays text: the page is Markdown, and note keys never reach Starlight', () => {
    const data = frontMatter('Hostile.md');
    expect(data.title).toBe('标题</title><script>alert(1)</script>');
    for (const key of [
      'head',
      'banner',
      'hero',
      'template',
      'prev',
      'next',
      'sidebar',
      'pagefind',
      'draft',
      'slug',
    ]) {
      expect(data, key).not.toHaveProperty(key);
    }
    expect(page('Hostile.md')).toContain(
      "\n{alert(13)}\n\nimport x from 'y'\n\nexport default function f() {}\n",
    );
    expect(result.pages.every(({ page: p }) => p.endsWith('.md'))).toBe(true);
  });

  test('malformed front matter: the body is imported and the YAML shown as text', () => {
    expect(page('Broken front matter.md')).toContain(
      '~~~~yaml title="front matter"\ntitle: 坏掉的 front matter\ntags: [没有闭合\n~~~~',
    );
    expect(page('Broken front matter.md')).toContain('正文照常导入');
  });

  test('a diagram the build cannot draw is marked for the browser renderer', () => {
    expect(page('Mermaid.md')).toContain('```mermaid client\npie title');
    expect(page('Mermaid.md')).toContain('```mermaid\nflowchart LR');
    expect(frontMatter('Mermaid.md').obsidian).toMatchObject({ mermaid: 'client' });
    expect(result.mermaidClient).toEqual(['Mermaid.md']);
  });
});
