import { describe, expect, test } from 'vitest';
import { excerptsOf, type PageText } from '../../src/search/excerpts.ts';

/** A page stored as Pagefind stores Chinese: one word per slot, headings followed by a full stop. */
const text: PageText = {
  url: '/basics/linux-threads/',
  title: 'Linux 中的线程',
  words: [
    'Linux ',
    '中',
    '的',
    '线程',
    '. ',
    '开头',
    '。',
    '内核',
    '里',
    '只有',
    '任务',
    '. ',
    '调度',
    '的',
    '是',
    '任务',
    '。',
    '内核',
    '线程',
    '. ',
    '没有',
    '用户',
    '地址',
    '空间',
    '的',
    '内核',
    '线程',
    '。',
  ],
  anchors: [
    { element: 'h1', id: '_top', text: 'Linux 中的线程', location: 0 },
    { element: 'h2', id: '内核里只有任务', text: '内核里只有任务', location: 7 },
    { element: 'h2', id: '内核线程', text: '内核线程', location: 17 },
  ],
};

describe('excerptsOf', () => {
  test('groups the matches by section, most matches first, and skips the heading words in the excerpt', () => {
    const { sections } = excerptsOf(text, [7, 17, 18, 25, 26], ['内核', '线程']);
    expect(sections.map((s) => s.id)).toEqual(['内核线程', '内核里只有任务']);
    expect(sections[0]!.excerpt).toBe('没有用户地址空间的<mark>内核线程</mark>。');
    expect(sections[1]!.excerpt).toBe('调度的是任务。');
  });
  test('the page excerpt shows the words around the first match and says where text was cut', () => {
    const long: PageText = {
      ...text,
      words: [...Array(40).fill('前'), ...text.words, ...Array(40).fill('后')],
    };
    const { excerpt } = excerptsOf(long, [40 + 25], ['内核线程']);
    // Eight words before the match, then on to 36 words: cut on both sides.
    expect(excerpt).toMatch(/^…<mark>内核线程<\/mark>\. 没有用户地址空间的<mark>内核线程<\/mark>。后+…$/);
    expect(excerptsOf(text, [25], ['内核线程']).excerpt.startsWith('…')).toBe(false);
  });
  test('a page found by its names alone shows its text from after its title, not the title again', () => {
    // `spinlock` matches only the page's keys: no word position, so the excerpt starts the page.
    expect(excerptsOf(text, [], ['spinlock']).excerpt).toMatch(/^开头。内核里只有任务\. /);
    // A text that does not start with its title keeps its first words.
    expect(excerptsOf({ ...text, title: '别的标题' }, [], []).excerpt).toMatch(/^Linux 中的线程\. 开头/);
  });
  test('matches before the first heading make no section; the h1 is never a section', () => {
    expect(excerptsOf(text, [3], ['线程']).sections).toEqual([]);
  });
});
