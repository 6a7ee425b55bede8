/** A built page in Starlight's markup, small enough to read in a test. */
export function builtPage(options: {
  title: string;
  body: string;
  description?: string;
  sidebar?: string;
  head?: string;
}): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${options.title}</title>
<meta name="description" content="${options.description ?? ''}">${options.head ?? ''}</head><body>
<nav id="starlight__sidebar">${options.sidebar ?? ''}</nav>
<main data-pagefind-body><div class="content-panel"><h1 id="_top">${options.title}</h1></div>
<div class="content-panel"><div class="sl-markdown-content">${options.body}</div>
<div data-pagefind-ignore><section class="backlinks"><h2 id="backlinks-heading">反向链接</h2><a href="/x/">别的页</a></section>
<div class="pagination-links"><a href="/y/" rel="next">下一页</a></div></div></div></main></body></html>`;
}

/** A heading as Starlight renders it: wrapped with its anchor link. */
export function heading(level: 2 | 3, id: string, text: string): string {
  return `<div class="sl-heading-wrapper level-h${level}"><h${level} id="${id}">${text}</h${level}><a class="sl-anchor-link" href="#${id}"><span class="sr-only">「${text}」一节的链接</span></a></div>`;
}
