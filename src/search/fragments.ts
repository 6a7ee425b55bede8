/**
 * Loads a page's stored text (its Pagefind fragment) once per page and keeps it: the file is gzip JSON
 * after a `pagefind_dcd` marker (as in src/integrations/search-index/long-words.ts), with the page's
 * words separated by zero-width spaces. Runs in the search worker.
 */
import type { PageText } from './excerpts.ts';

const MARKER = 'pagefind_dcd';
const cache = new Map<string, Promise<PageText>>();

interface Fragment {
  url: string;
  content: string;
  meta: { title?: string };
  anchors: PageText['anchors'];
}

async function gunzip(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A host may have served the file with Content-Encoding already undone; otherwise inflate it here.
  const plain =
    bytes[0] === 0x1f && bytes[1] === 0x8b
      ? new Uint8Array(
          await new Response(
            new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip')),
          ).arrayBuffer(),
        )
      : bytes;
  const text = new TextDecoder().decode(plain);
  if (!text.startsWith(MARKER)) throw new Error(`${response.url}：不是 Pagefind 1.x 的 fragment 文件`);
  return text.slice(MARKER.length);
}

/** The stored text of page `id` (a fragment hash) under `base`'s `pagefind/`; URLs get the base. */
export function loadPageText(id: string, base: string): Promise<PageText> {
  let entry = cache.get(id);
  if (!entry) {
    entry = fetch(`${base}pagefind/fragment/${id}.pf_fragment`)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.url}：HTTP ${response.status}`);
        return gunzip(response);
      })
      .then((json) => {
        const fragment = JSON.parse(json) as Fragment;
        return {
          url: `${base}${fragment.url.replace(/^\/+/, '')}`,
          title: fragment.meta.title ?? fragment.url,
          // Chinese pages separate words with zero-width spaces; other languages only with spaces.
          words: fragment.content.includes('\u200b')
            ? fragment.content.split('\u200b')
            : fragment.content.split(' ').map((word) => `${word} `),
          anchors: fragment.anchors,
        };
      });
    entry.catch(() => cache.delete(id));
    cache.set(id, entry);
  }
  return entry;
}
