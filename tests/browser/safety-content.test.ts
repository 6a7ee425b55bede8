/**
 * No page content can run code in the reader's browser: hostile links, images, raw HTML, an MDX
 * page and an imported note of the fixture site (tests/fixtures, built by scripts/build-fixtures.mjs)
 * in Chromium; harmless raw HTML renders as elements. Screenshots: test-results/screenshots/safety-*.png.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browserAvailable, launchBrowser, serveFixtures, type StaticSite } from './harness.ts';
import { visitHostile } from './hostile-visit.ts';

const run = browserAvailable();

describe.runIf(run)('hostile page content in Chromium', () => {
  let browser: Browser;
  let site: StaticSite;

  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveFixtures();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const visit = (path: string, screenshot: string, checks: Parameters<typeof visitHostile>[4]) =>
    visitHostile(browser, site, path, screenshot, checks);

  test('javascript:, data: and vbscript: links and images in every spelling are plain text; allowed links stay links', async () => {
    await visit('hostile/links/', 'links', async ({ page }) => {
      const content = page.locator('.sl-markdown-content');
      for (const label of [
        '小写脚本链接',
        '混写脚本链接',
        '字符引用脚本链接',
        '冒号引用脚本链接',
        "javascript:alert('md-autolink')",
        '引用式脚本链接',
        '数据链接',
        'VB 链接',
        'HTML 制表符脚本链接',
        'HTML 字符引用脚本链接',
        'HTML 前导空格脚本链接',
        'HTML 换行脚本链接',
        'HTML 控制字符脚本链接',
        'HTML VB 链接',
        'HTML 数据链接',
        '数据图片替代文字',
        'VB 图片替代文字',
        '脚本图片替代文字',
        'HTML 脚本图片替代文字',
        'HTML 数据图片替代文字',
      ]) {
        const shown = content.getByText(label, { exact: false }).first();
        expect(await shown.isVisible(), label).toBe(true);
        expect(await shown.evaluate((el) => el.closest('a') === null), `${label} is not a link`).toBe(true);
        await shown.click(); // plain text: clicking runs and loads nothing
      }
      expect(new URL(page.url()).pathname).toBe('/hostile/links/');
      // A tab inside <…> is percent-encoded by Markdown: `java%09script:` has no scheme, it is a
      // relative link to a page that does not exist, and following it runs nothing.
      const tab = content.getByText('制表符脚本链接', { exact: true });
      expect(await tab.getAttribute('href')).toBe("java%09script:alert('md-tab')");
      await tab.click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).origin).toBe(new URL(site.url).origin);
      await page.goBack();
      const allowed = await content
        .locator('a')
        .evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
      expect(allowed).toEqual(
        expect.arrayContaining([
          ['外部网站', 'https://example.org/'],
          ['邮件', 'mailto:author@example.org'],
          ['相对链接', '../head-title/'],
        ]),
      );
      expect(await content.locator('img[src]').count()).toBe(0); // the srcset-only image keeps no URL at all
    });
  });

  test('harmless raw HTML renders as elements; scripts, handlers, frames, forms and remote styles are gone', async () => {
    await visit('hostile/raw-html/', 'raw-html', async ({ page }) => {
      const content = page.locator('.sl-markdown-content');
      for (const [selector, shown] of [
        ['kbd', 'Ctrl'],
        ['sub', '2'],
        ['sup', '2'],
        ['span.x', '带类名的文字'],
        ['mark', '高亮的文字'],
        ['abbr[title="Process Control Block"]', 'PCB'],
        ['u', '下划线文字'],
        ['details > summary', '展开看细节'],
        ['td', '原始表格单元格'],
        ['aside.starlight-aside--tip kbd', 'Tab'],
      ] as const) {
        expect(await content.locator(selector).first().innerText(), selector).toBe(shown);
      }
      expect(
        await content
          .locator('span[style]')
          .first()
          .evaluate((el) => getComputedStyle(el).color),
      ).toBe('rgb(200, 0, 0)');
      expect(await content.locator('svg rect').count()).toBeGreaterThan(0);
      expect(await content.getByText('<kbd>').count()).toBe(0); // harmless HTML is never shown as source
      for (const shown of [
        '脚本前的文字',
        '提交按钮文字',
        'SVG 链接文字',
        '样式里有 url 的文字',
        '想盖住整页的文字',
        "{alert('expression')}",
        "import fs from 'node:fs'",
      ])
        expect(await content.getByText(shown, { exact: false }).first().isVisible(), shown).toBe(true);
      expect(
        await content
          .locator('script, style, noscript, textarea, math, video, input:not([type="checkbox"])')
          .count(),
      ).toBe(0);
      expect(await content.locator('[style*="url"], [fill*="url"], [style*="fixed"]').count()).toBe(0);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundImage)).toBe('none');
      await content.getByText('onclick 链接文字').click();
      await content.getByText('ontoggle 折叠').click();
    });
  });

  test('a hand-written MDX page gets the same head escaping and URL allow-list', async () => {
    await visit('hostile/mdx-page/', 'mdx-page', async ({ page }) => {
      expect(await page.title()).toBe(`MDX 页面</title><script>alert('mdx-title')</script> | 进程与线程`);
      const content = page.locator('.sl-markdown-content');
      expect(await content.getByText('MDX 脚本链接').evaluate((el) => el.closest('a'))).toBeNull();
      for (const label of ['MDX JSX 制表符链接', 'MDX JSX 混写链接']) {
        const link = content.getByText(label);
        expect(await link.evaluate((el) => el.closest('a')?.hasAttribute('href') ?? false), label).toBe(
          false,
        );
        await link.click();
      }
      expect(await content.locator('span.x').innerText()).toBe('MDX 带 onclick 的文字');
      await content.locator('span.x').click();
      expect(await content.locator('kbd').innerText()).toBe('MDX 键盘');
      expect(await content.locator('img').getAttribute('src')).toBeNull();
    });
  });

  test('a hostile note from the vault, imported with npm run import, is only text', async () => {
    await visit('vault/敌意笔记/', 'vault-note', async ({ page }) => {
      expect(await page.title()).toBe(`笔记标题</title><script>alert('note-title')</script> | 进程与线程`);
      const content = page.locator('.sl-markdown-content');
      for (const shown of [
        "import fs from 'node:fs'",
        'fs.writeFileSync(',
        "throw new Error('expression threw at build time')",
      ])
        expect(await content.getByText(shown, { exact: false }).first().isVisible(), shown).toBe(true);
      for (const label of ['笔记脚本链接', '笔记混写链接']) {
        expect(await content.getByText(label).evaluate((el) => el.closest('a')), label).toBeNull();
        await content.getByText(label).click();
      }
    });
  });
});
