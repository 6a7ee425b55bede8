import { describe, expect, test } from 'vitest';
import { extractPreview, SECTION_CHARS } from '../../../src/integrations/previews/extract.ts';
import { previewFile } from '../../../src/integrations/previews/index.ts';
import { builtPage, heading } from '../page-fixture.ts';

const page = builtPage({
  title: 'TLB 与页表',
  description: '页表如何翻译地址，TLB 如何缓存翻译结果。',
  body: `<p>开头。</p><figure class="frame not-content"><figcaption class="header"></figcaption><pre><code>code</code></pre></figure>
${heading(2, '页表', '页表：从虚拟地址到物理地址')}<p>内存按固定大小的页管理。</p><ul><li>第一点</li></ul><pre>不算</pre>
<astro-island><figure class="figure-frame" data-figure="tlb-flush" aria-labelledby="figure-tlb-title"><figcaption id="figure-tlb-title">TLB 与地址空间切换</figcaption></figure></astro-island>
${heading(3, '长', '很长的一节')}<p>${'字'.repeat(400)}</p>${heading(2, '空', '只有代码')}<pre>x</pre>`,
});

describe('extractPreview', () => {
  const preview = extractPreview(page);
  test('gives the title, the description and the first figure (code blocks are not figures)', () => {
    expect(preview.title).toBe('TLB 与页表');
    expect(preview.description).toBe('页表如何翻译地址，TLB 如何缓存翻译结果。');
    expect(preview.figure).toBe('TLB 与地址空间切换');
  });
  test('gives each section its opening paragraphs and lists, up to the next heading', () => {
    expect(preview.sections['页表']).toEqual({
      title: '页表：从虚拟地址到物理地址',
      text: '内存按固定大小的页管理。 第一点',
    });
    expect(preview.sections['空']!.text).toBe('');
  });
  test('clips a long opening', () => {
    const text = preview.sections['长']!.text;
    expect([...text]).toHaveLength(SECTION_CHARS);
    expect(text.endsWith('…')).toBe(true);
  });
});

describe('previewFile', () => {
  test('maps a page path to its JSON file', () => {
    expect(previewFile('/basics/x/')).toBe('previews/basics/x.json');
    expect(previewFile('/')).toBe('previews/index.json');
  });
});
