import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { afterAll, describe, expect, test } from 'vitest';
import { mediaUrl, transformMediaEmbeds } from '../../../src/plugins/obsidian/media-embeds.ts';

const cwd = mkdtempSync(join(tmpdir(), 'media-embeds-'));
const CONTENT = 'src/content/docs';
const folder = join(cwd, CONTENT, 'notes/Linking notes/_attachments');
mkdirSync(folder, { recursive: true });
for (const name of ['demo clip.ogg', 'talk.mp4', 'Document.pdf', 'shot.webm'])
  writeFileSync(join(folder, name), 'x');
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** HTML of an imported page at notes/Linking notes/page.md, published under `base`. */
function render(markdown: string, base = '/'): string {
  const file = new VFile({ value: markdown, path: join(cwd, CONTENT, 'notes/Linking notes/page.md'), cwd });
  const processor = unified()
    .use(remarkParse)
    .use(() => (tree, vfile) => transformMediaEmbeds(tree as never, vfile, { base, contentDir: CONTENT }))
    .use(remarkRehype)
    .use(rehypeStringify);
  return String(processor.processSync(file));
}

// https://help.obsidian.md/embeds ("Embed an audio file", "Embed a PDF") and
// https://help.obsidian.md/file-formats (which endings are audio, video, PDF).
describe('audio, video and PDF embeds → players (https://help.obsidian.md/embeds)', () => {
  test('audio: <audio controls> with a link to the file, the address under /_media/', () => {
    const html = render('![demo clip](<./_attachments/demo clip.ogg>)');
    const url = '/_media/notes/Linking%20notes/_attachments/demo%20clip.ogg';
    expect(html).toBe(
      `<p><span class="note-media note-media--audio"><audio controls preload="metadata" src="${url}" title="demo clip"></audio><a href="${url}">demo clip</a></span></p>`,
    );
  });

  test('video (.mp4, and .webm, which Obsidian lists as both) with `#t=` kept and other fragments dropped', () => {
    expect(render('![talk](./_attachments/talk.mp4#t=30)')).toContain(
      '<video controls preload="metadata" src="/_media/notes/Linking%20notes/_attachments/talk.mp4#t=30"',
    );
    expect(render('![talk](./_attachments/talk.mp4#interface)')).toContain(
      'src="/_media/notes/Linking%20notes/_attachments/talk.mp4" title="talk"',
    );
    expect(render('![shot](./_attachments/shot.webm)')).toContain('<video controls');
  });

  test('PDF: a viewer at `#page=N`, `#height=N` pixels tall, under the site base', () => {
    const html = render('![Document](./_attachments/Document.pdf#page=3&height=400)', '/book');
    expect(html).toContain(
      '<iframe src="/book/_media/notes/Linking%20notes/_attachments/Document.pdf#page=3" title="Document" loading="lazy" height="400"></iframe>',
    );
    expect(render('![Document](./_attachments/Document.pdf)')).toMatch(/<iframe [^>]*height="600"/);
  });

  test('inline in a sentence it stays in the sentence', () => {
    expect(render('听 ![demo clip](<./_attachments/demo clip.ogg>) 这一段')).toMatch(
      /^<p>听 <span class="note-media note-media--audio">.*<\/span> 这一段<\/p>$/,
    );
  });

  test('pictures, web addresses and other files are left alone', () => {
    const html = render('![a](./a.png) ![b](https://example.org/b.mp3) ![c](./_attachments/c.zip)');
    expect(html).toBe(
      '<p><img src="./a.png" alt="a"> <img src="https://example.org/b.mp3" alt="b"> <img src="./_attachments/c.zip" alt="c"></p>',
    );
  });

  test('a missing file fails with the page and line', () => {
    expect(() => render('标题\n\n![gone](./_attachments/gone.mp3)')).toThrow(
      /src\/content\/docs\/notes\/Linking notes\/page\.md:3: media file not found: \.\/_attachments\/gone\.mp3/,
    );
  });

  test('mediaUrl encodes each segment', () => {
    expect(mediaUrl('/', 'a b/c#d.ogg')).toBe('/_media/a%20b/c%23d.ogg');
  });
});
