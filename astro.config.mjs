// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import starlight from '@astrojs/starlight';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import rehypeKatex from 'rehype-katex';
import starlightLinksValidator from 'starlight-links-validator';
import { BOOK_CONTENT_DIR, cacheDirFor, contentDir, starlightTestContent } from './src/lib/content-dir.mjs';
import { bookAfterBuild } from './src/integrations/after-build.ts';
import { siteOptions } from './src/lib/site-options.mjs';
import { SITE_LANGS, vaultSite } from './src/lib/vault-site.mjs';
import { katexAssets } from './src/plugins/math/katex-assets.ts';
import { mediaAssets } from './src/plugins/obsidian/media-assets.ts';
import { mediaUrl } from './src/plugins/obsidian/media-embeds.ts';
import { mermaidClientAssets } from './src/plugins/mermaid/client-assets.ts';
import { bookRehypePlugins, bookRemarkPlugins } from './src/plugins/index.ts';
import { starlightSafety } from './src/plugins/safety/starlight-plugin.ts';
import { withWikilinkOptions } from './src/plugins/wikilinks/remark-wikilinks.ts';

// Deployment settings come from the environment so one build works on any host:
// SITE_URL (absolute origin, enables the sitemap) and BASE_PATH (served under a sub-path).
const { site, base } = siteOptions(process.env);
// A vault published as a site of its own (`npm run import -- <vault> <out> --site …` writes vault-site.json):
// its title, its interface language and its pages only, instead of the book (src/lib/vault-site.mjs).
const vault = vaultSite(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // OUT_DIR lets the test run build a second copy under a sub-path without overwriting dist/.
  outDir: process.env.OUT_DIR || './dist',
  // A test build of other pages (BOOK_CONTENT_DIR, src/lib/content-dir.mjs) keeps its own content
  // cache, so no page of it can linger in the book's next build.
  // One cache per folder: a cache left by another folder's build names pages that are not there.
  cacheDir: cacheDirFor(contentDir(process.env)),
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                // Preact, its hooks and @preact/signals in one file: every island page loads all
                // three (each island uses hooks and signals), and one file compresses smaller than
                // three (`npm run perf`, tests/browser/practice-budget.test.ts). Not Astro's Preact
                // client: its dependencies (Vite's preload helper) would follow it into the group, and
                // every text page loads that helper for the search box.
                groups: [
                  { name: 'preact', test: /node_modules[\\/](?:preact|@preact[\\/]signals(?:-core)?)[\\/]/ },
                ],
              },
            },
          },
        },
      },
    },
  },
  markdown: {
    // Wiki links resolve to URLs under the same base the site is served from. In the book's own pages an
    // unresolved link fails the build (WIKILINKS_ON_UNRESOLVED=warn makes it a warning, for drafts); in
    // imported notes it is shown as Obsidian shows it and reported as `file:line:column: warning`
    // (WIKILINKS_ON_UNRESOLVED=error fails those too).
    processor: unified({
      // SmartyPants guesses quote direction from Latin letters; remarkCjkQuotes pairs them instead.
      smartypants: false,
      remarkPlugins: withWikilinkOptions(bookRemarkPlugins, {
        base,
        onUnresolved: process.env.WIKILINKS_ON_UNRESOLVED === 'warn' ? 'warn' : 'error',
        onUnresolvedInNotes: process.env.WIKILINKS_ON_UNRESOLVED === 'error' ? 'error' : 'warn',
        // Same as `smartypants` above, so the index computes other pages' heading ids as the site does.
        smartypants: false,
      }),
      // Raw HTML through an allow-list, then every link and image URL through a protocol allow-list
      // (src/plugins/safety). @astrojs/mdx inherits this processor, so MDX pages get them too.
      // Then math, drawn to HTML + MathML at build time: no client JavaScript (CSS and fonts: src/plugins/math).
      rehypePlugins: [...bookRehypePlugins, [rehypeKatex, { throwOnError: false, strict: 'ignore' }]],
    }),
  },
  integrations: [
    starlight({
      // Fails the build on a broken internal link or #anchor in the content (the site checks cover the rest).
      // Relative links are allowed: the home page's hero buttons use them so they work under any BASE_PATH.
      // starlightSafety: front-matter strings reach the page as text (<title>, hero, banner, head, sidebar).
      // starlightTestContent: only for a test build of other pages (scripts/build-fixtures.mjs).
      // The validator reads page ids from src/content/docs only, so a test build of another folder
      // (BOOK_CONTENT_DIR) goes without it; tests/site checks the links of those builds instead.
      plugins: [
        ...(contentDir(process.env) === BOOK_CONTENT_DIR
          ? [
              starlightLinksValidator({
                errorOnRelativeLinks: false,
                // The files of audio, video and PDF embeds are not pages (src/plugins/obsidian/media-assets.ts).
                exclude: ({ link }) => link.startsWith(mediaUrl(base, '')),
              }),
            ]
          : []),
        starlightSafety(),
        starlightTestContent(process.env),
      ],
      title: vault?.title ?? '进程与线程',
      description: vault ? vault.title : '一本带交互图的在线书：从地址空间、上下文切换、TLB 到进程间通信。',
      defaultLocale: 'root',
      locales: { root: vault ? SITE_LANGS[vault.lang] : SITE_LANGS.zh },
      lastUpdated: false,
      // The book builds its own search index (src/integrations/search-index) and search box.
      pagefind: false,
      pagination: true,
      tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
      customCss: [
        './src/styles/book.css',
        './src/styles/mermaid.css',
        './src/styles/obsidian.css',
        './src/styles/print.css',
        './src/styles/rendering.css',
      ],
      // Every page ends with its backlinks, then Starlight's own footer.
      components: {
        Footer: './src/components/overrides/Footer.astro',
        PageTitle: './src/components/overrides/PageTitle.astro',
        Search: './src/components/search/SiteSearch.astro',
      },
      // A page opened at an anchor (a scene link, a copied figure link, a section link) lays out all
      // of its text at once, so the browser's jump to the anchor lands on it (src/styles/rendering.css).
      head: [
        {
          tag: 'script',
          content: "if (location.hash) document.documentElement.setAttribute('data-opened-at-anchor', '');",
        },
      ],
      // KaTeX's stylesheet on pages with math only (src/plugins/math). Each page's sidebar keeps its own
      // branch of the imported notes, the rest one link away on /all-notes/ (src/plugins/notes-sidebar).
      routeMiddleware: [
        './src/plugins/math/route-middleware.ts',
        './src/plugins/notes-sidebar/route-middleware.ts',
      ],
      // A vault site lists its own notes and folders (Starlight's default sidebar); the book its parts.
      sidebar: vault
        ? undefined
        : [
            {
              label: '开始',
              items: [
                { label: '关于本书', link: '/' },
                { label: '交互图一览', link: '/figures/' },
                { label: '标签', link: '/tags/' },
                { label: '全书打印版', link: '/print/' },
              ],
            },
            // Before part one: what the chapters use from the first page on (privilege levels, system calls, paging).
            { label: '预备知识', items: [{ autogenerate: { directory: 'prelude' } }] },
            { label: '第一部分 基本概念', items: [{ autogenerate: { directory: 'basics' } }] },
            { label: '第二部分 切换与地址转换', items: [{ autogenerate: { directory: 'switching' } }] },
            { label: '第三部分 通信与同步', items: [{ autogenerate: { directory: 'communication' } }] },
            { label: '第四部分 设计与实践', items: [{ autogenerate: { directory: 'design' } }] },
            { label: '第五部分 学习与练习', items: [{ autogenerate: { directory: 'study' } }] },
            // An imported Obsidian vault (`npm run import -- <vault> src/content/docs/notes`), folders as groups.
            ...(existsSync(join(contentDir(process.env), 'notes'))
              ? [{ label: '笔记', collapsed: true, items: [{ autogenerate: { directory: 'notes' } }] }]
              : []),
          ],
    }),
    mdx(),
    mermaidClientAssets(),
    katexAssets(),
    // Audio, video and PDF files embedded in imported notes, published under /_media/ (src/plugins/obsidian).
    mediaAssets(contentDir(process.env)),
    // Search index, link previews and the printed book, from the built pages (src/integrations/after-build.ts).
    bookAfterBuild(),
    preact({ include: ['src/components/**/*.tsx'] }),
  ],
});
