/**
 * Web embeds: Obsidian shows `![](https://www.youtube.com/watch?v=…)` as a YouTube player and
 * `![](https://twitter.com/…/status/…)` as the post, with the picture syntax. The site allows no
 * frames (src/plugins/safety), so each becomes a link to the video or post, never a broken
 * picture; any other address stays a picture, as in Obsidian.
 * @see https://help.obsidian.md/Editing+and+formatting/Embed+web+pages
 */
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** What a web embed shows, by host; undefined for an address Obsidian shows as a picture. */
export function webEmbedKind(url: string): 'YouTube' | 'X (Twitter)' | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = parsed.hostname.replace(/^(?:www|m)\./, '');
  if (
    host === 'youtu.be' ||
    (host === 'youtube.com' && /^\/(?:watch|embed|shorts|live)\b/.test(parsed.pathname))
  )
    return 'YouTube';
  if ((host === 'twitter.com' || host === 'x.com') && /\/status\/\d+/.test(parsed.pathname))
    return 'X (Twitter)';
  return undefined;
}

/** `![](youtube or twitter address)` → a link `▶ YouTube: <alt or address>` with the class `note-web-embed`. */
export function transformWebEmbeds(tree: Root): void {
  visit(tree, 'image', (node, index, parent) => {
    const kind = webEmbedKind(node.url);
    if (!kind || !parent || index === undefined) return;
    const link: Link = {
      type: 'link',
      url: node.url,
      children: [
        { type: 'text', value: `${kind === 'YouTube' ? '▶ ' : ''}${kind}: ${node.alt || node.url}` },
      ],
      data: { hProperties: { className: ['note-web-embed'] } },
    };
    parent.children.splice(index, 1, link);
  });
}
