/**
 * The index's long Han words (three characters or more: `上下文`, `守护进程`), read back from the
 * fragments Pagefind writes. Their inner pairs are not in the index, so the query cutter must keep
 * them whole (see src/search/index-terms.ts). A fragment is gzip JSON after a `pagefind_dcd` marker;
 * its `content` holds the page text with a zero-width space between the words Pagefind indexed.
 */
import { gunzipSync } from 'node:zlib';

/** One output file of Pagefind's Node API (`index.getFiles()`). */
export interface PagefindFile {
  readonly path: string;
  readonly content: Uint8Array;
}

const MARKER = 'pagefind_dcd';
const LONG_HAN = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{3,}$/u;

/** Decodes one fragment file; throws with the file's name if it is not what Pagefind 1.x writes. */
export function readFragment(file: PagefindFile): { url: string; content: string } {
  const raw = gunzipSync(file.content);
  const text = raw.subarray(MARKER.length).toString('utf8');
  if (raw.subarray(0, MARKER.length).toString('latin1') !== MARKER) {
    throw new Error(`${file.path}：不是 Pagefind 1.x 的 fragment 文件（缺少 ${MARKER} 标记）`);
  }
  const data = JSON.parse(text) as { url?: unknown; content?: unknown };
  if (typeof data.url !== 'string' || typeof data.content !== 'string') {
    throw new Error(`${file.path}：fragment 缺少 url 或 content 字段`);
  }
  return { url: data.url, content: data.content };
}

/** The long Han words in the fragments among `files`, sorted. */
export function longWordsOf(files: readonly PagefindFile[]): string[] {
  const words = new Set<string>();
  for (const file of files) {
    if (!file.path.endsWith('.pf_fragment')) continue;
    for (const word of readFragment(file).content.split(/[\u200b\s]+/u)) {
      if (LONG_HAN.test(word)) words.add(word);
    }
  }
  return [...words].sort();
}
