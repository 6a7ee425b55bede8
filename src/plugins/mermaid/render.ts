import { renderMermaidSVG, type RenderOptions } from 'beautiful-mermaid';

/**
 * Diagram colours as Starlight's theme variables, so one SVG follows the light and dark
 * themes (`data-theme`) without re-rendering; the other colours are mixed from these.
 */
export const MERMAID_THEME: RenderOptions = {
  bg: 'var(--sl-color-bg)',
  fg: 'var(--sl-color-white)',
  accent: 'var(--sl-color-text-accent)',
  line: 'var(--sl-color-gray-3)',
  // Edge labels and messages use Starlight's secondary text colour, which keeps body-text contrast.
  muted: 'var(--sl-color-gray-2)',
  transparent: true,
};

/** System fonts only, Chinese ones before the generic fallback, so no font is fetched from a host. */
export const MERMAID_FONT_STACK =
  'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", ' +
  '"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif';

/** Escapes text for an HTML/SVG attribute value in double quotes. */
function escapeAttribute(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * Rewrites the SVG's own `<style>` so it cannot reach outside the diagram: the font import
 * is dropped, the font stack made local, and every selector scoped to `#id`.
 * @example scopeStyle('svg { --x: 1; } text { font-family: Inter; }', 'm1')
 * // '#m1 { --x: 1; } #m1 text { font-family: <MERMAID_FONT_STACK>; }'
 */
export function scopeStyle(css: string, id: string): string {
  return (
    css
      .replace(/@import\s+url\([^)]*\)\s*;?/g, '')
      .replace(/font-family:[^;}]*(?=[;}])/g, (decl) =>
        decl.includes('monospace') ? decl : `font-family: ${MERMAID_FONT_STACK}`,
      )
      // ([^{}@]+)\{: the selector list of a rule (never inside a declaration block, never an at-rule).
      .replace(/([^{}@]+)\{/g, (_rule, selectors: string) => {
        const scoped = selectors
          .split(',')
          .map((selector) => selector.trim())
          .map((selector) => (selector === 'svg' ? `#${id}` : `#${id} ${selector.replace(/^svg\s+/, '')}`));
        return `\n  ${scoped.join(', ')} {`;
      })
  );
}

/**
 * Gives every `id` in the SVG the prefix `<id>-` (and every `url(#…)`/`href="#…"` that uses it),
 * so two diagrams on one page do not share arrowhead markers.
 */
export function prefixIds(svg: string, id: string): string {
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  if (ids.size === 0) return svg;
  // \sid="…" | url(#…) | href="#…": the three ways an SVG names or uses an id.
  return svg.replace(
    /(\sid=")([^"]+)(")|(url\(#)([^)]+)(\))|(href="#)([^"]+)(")/g,
    (whole, ...groups: string[]) => {
      for (const at of [0, 3, 6]) {
        const name = groups[at + 1];
        if (name !== undefined) return ids.has(name) ? `${groups[at]}${id}-${name}${groups[at + 2]}` : whole;
      }
      return whole;
    },
  );
}

/**
 * Renders one diagram to an accessible, self-contained inline SVG inside
 * `<div class="book-mermaid">`; throws (from beautiful-mermaid) when the diagram is invalid.
 * @example renderMermaid('flowchart LR\n  A[父进程] --> B[子进程]', { id: 'mermaid-1', label: '创建' })
 * // '<div class="book-mermaid"><svg id="mermaid-1" role="img" aria-label="创建" …>…</svg></div>'
 */
export function renderMermaid(source: string, { id, label }: { id: string; label: string }): string {
  const raw = renderMermaidSVG(source, MERMAID_THEME);
  const styled = raw.replace(
    /<style>([\s\S]*?)<\/style>/g,
    (_m, css: string) => `<style>${scopeStyle(css, id)}</style>`,
  );
  const svg = prefixIds(styled, id).replace(
    /^<svg\b/,
    `<svg id="${escapeAttribute(id)}" role="img" aria-label="${escapeAttribute(label)}"`,
  );
  return `<div class="book-mermaid">${svg}</div>`;
}
