// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import LinearTranslatePractice from '../../src/components/practice/islands/LinearTranslatePractice.tsx';
import TlbTracePractice from '../../src/components/practice/islands/TlbTracePractice.tsx';
import X86SplitPractice from '../../src/components/practice/islands/X86SplitPractice.tsx';
import IpcCostPractice from '../../src/components/practice/islands/IpcCostPractice.tsx';
import PracticeSheet, {
  readSeedsOption,
  sheetCommand,
  sheetQuery,
} from '../../src/components/practice/PracticeSheet.tsx';
import { summarizeResults } from '../../src/components/practice/PracticeView.tsx';
import { practiceHref, readPracticeParams } from '../../src/components/practice/practice-url.ts';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SEED_RULE } from '../../src/sim/practice/sheet.ts';
import { readMechanisms } from '../../src/sim/practice/kinds/ipc-cost.ts';
import { main } from '../../src/sim/cli.ts';
import type { Problem } from '../../src/sim/practice/model.ts';
import { practiceUsage } from '../../src/sim/practice/cli.ts';
import {
  SHEET_DEFAULTS,
  generateProblem,
  nextSeed,
  problemDigest,
  sheetProblems,
} from '../../src/sim/practice/index.ts';
import { malformedText, rightText, wrongText } from '../sim/practice/answer-text.ts';

beforeEach(() => history.replaceState(null, '', '/switching/tlb-page-tables/'));
afterEach(cleanup);

const root = () => document.querySelector<HTMLElement>('[data-practice]')!;
const hydrated = () => waitFor(() => expect(root().getAttribute('data-hydrated')).toBe('true'));

/** Fills one part as a reader would: typing, or clicking the radio button. */
function fill(id: string, input: 'text' | 'choice', text: string) {
  const li = root().querySelector(`[data-part="${id}"]`)!;
  if (input === 'choice') fireEvent.click(li.querySelector(`input[value="${text}"]`)!);
  else fireEvent.input(li.querySelector('input')!, { target: { value: text } });
}

describe('practice island: server render', () => {
  test('the question, one field per part, the answer key, and the check button waiting for JavaScript', () => {
    const html = renderToString(<LinearTranslatePractice />);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const problem = generateProblem('linear-translate', 1);
    const section = doc.querySelector('[data-practice="linear-translate"]')!;
    expect(section.getAttribute('data-digest')).toBe(problemDigest(problem));
    expect(section.querySelector('h2')!.textContent).toBe(problem.title);
    expect(section.querySelectorAll('input[type="text"]')).toHaveLength(problem.parts.length);
    expect(section.querySelector('button[type="submit"]')!.hasAttribute('disabled')).toBe(true);
    expect(section.querySelector('details')!.textContent).toContain(problem.parts[0]!.answerText);
    expect(section.querySelector('[aria-live="polite"]')).not.toBeNull();
  });

  test('props choose the seed, the level and the heading level', () => {
    const html = renderToString(<X86SplitPractice seed={9} level={3} headingLevel={3} />);
    expect(html).toContain(`data-digest="${problemDigest(generateProblem('x86-split', 9, { level: 3 }))}"`);
    expect(html).toContain('<h3');
    const pipes = renderToString(<IpcCostPractice mechanisms={['pipe']} />);
    expect(pipes).toContain('匿名管道');
  });
});

/** Every `<Practice kind="ipc-cost" mechanisms="…">` of the book, with its page. */
function pagesMechanisms(): [string, string][] {
  const root = resolve('src/content/docs'); // vitest runs from the repository's root
  const out: [string, string][] = [];
  for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.mdx')) continue;
    const text = readFileSync(join(root, file), 'utf8');
    for (const m of text.matchAll(/<Practice\s[^>]*kind="ipc-cost"[^>]*mechanisms="([^"]*)"/g))
      out.push([file, m[1]!]);
  }
  return out;
}

describe("ipc-cost: a page's problem is reproducible from the CLI (issue 20)", () => {
  const pages = pagesMechanisms();
  test('the book has pages with a mechanisms prop', () => {
    expect(pages.length).toBeGreaterThanOrEqual(5);
  });
  test.each(pages)(
    '%s (mechanisms="%s"): the island for seed s = practice ipc-cost --mechanisms … --seed s',
    (_, prop) => {
      const read = readMechanisms(prop);
      if (!read.ok) throw new Error(read.error);
      for (const seed of [0, 1, 2, 3, 4, 5, 77, 4294967295]) {
        const html = renderToString(<IpcCostPractice seed={seed} mechanisms={read.value} />);
        const digest = /data-digest="([0-9a-f]{8})"/.exec(html)?.[1];
        const cli = main([
          'practice',
          'ipc-cost',
          '--mechanisms',
          prop,
          '--seed',
          String(seed),
          '--answer',
          '--json',
        ]);
        expect(cli.code).toBe(0);
        const [problem] = (JSON.parse(cli.stdout) as { problems: Problem[] }).problems;
        expect(digest).toBe(problemDigest(problem!));
        const echo = main(['practice', 'ipc-cost', '--mechanisms', prop, '--seed', String(seed)]).stdout;
        expect(echo).toContain(`--mechanisms ${read.value.join(',')}`);
      }
    },
  );
});

describe('practice island: in the browser', () => {
  test('right answers are all marked right and the live region says so', async () => {
    render(<TlbTracePractice seed={5} level={2} />);
    await hydrated();
    const problem = generateProblem('tlb-trace', 5, { level: 2 });
    for (const part of problem.parts) fill(part.id, 'text', rightText(part));
    fireEvent.submit(root().querySelector('form')!);
    for (const part of problem.parts) {
      expect(root().querySelector(`[data-part="${part.id}"]`)!.getAttribute('data-verdict')).toBe('right');
    }
    expect(root().querySelector('[aria-live="polite"]')!.textContent).toBe(
      `检查完毕：${problem.parts.length} 问中答对 ${problem.parts.length} 问，全部正确。`,
    );
  });

  test('a wrong answer shows the right one and the worked solution; a malformed one says what is expected', async () => {
    render(<LinearTranslatePractice seed={3} />);
    await hydrated();
    const [a, b] = generateProblem('linear-translate', 3).parts;
    fill(a!.id, 'text', wrongText(a!));
    fill(b!.id, 'text', malformedText(b!)!);
    fireEvent.submit(root().querySelector('form')!);
    const partA = root().querySelector(`[data-part="${a!.id}"]`)!;
    expect(partA.getAttribute('data-verdict')).toBe('wrong');
    expect(partA.textContent).toContain(`不对。正确答案：${a!.answerText}。`);
    expect(partA.querySelector('.practice__solution')!.textContent).toContain(a!.solution[0]!);
    expect(partA.querySelector('input')!.getAttribute('aria-invalid')).toBe('true');
    const partB = root().querySelector(`[data-part="${b!.id}"]`)!;
    expect(partB.getAttribute('data-verdict')).toBe('malformed');
    expect(partB.querySelector('.practice__solution')).toBeNull();
    expect(root().querySelector('[aria-live="polite"]')!.textContent).toContain(
      '1 处不对，1 处格式有误，1 处未作答',
    );
  });

  test('a new problem follows nextSeed, clears the answers and writes the seed into the URL', async () => {
    render(<LinearTranslatePractice seed={3} />);
    await hydrated();
    fill(generateProblem('linear-translate', 3).parts[0]!.id, 'text', '1');
    fireEvent.click(root().querySelector('button[type="button"]')!);
    const seed = nextSeed(3);
    expect(root().getAttribute('data-seed')).toBe(String(seed));
    expect(root().querySelector<HTMLInputElement>('input[type="text"]')!.value).toBe('');
    expect(location.search).toBe(`?fig=practice-linear-translate&seed=${seed}&level=1`);
    expect(location.hash).toBe('#practice-linear-translate');
    fireEvent.change(root().querySelector('select')!, { target: { value: '2' } });
    expect(root().getAttribute('data-digest')).toBe(
      problemDigest(generateProblem('linear-translate', seed, { level: 2 })),
    );
  });

  test('the URL picks the problem for its island only; a bad one is reported', async () => {
    history.replaceState(null, '', '/x/?fig=practice-x86-split&seed=9&level=2');
    render(<X86SplitPractice />);
    await waitFor(() => expect(root().getAttribute('data-seed')).toBe('9'));
    expect(root().getAttribute('data-level')).toBe('2');
    cleanup();
    render(<LinearTranslatePractice />);
    await hydrated();
    expect(root().getAttribute('data-seed')).toBe('1');
    cleanup();
    history.replaceState(null, '', '/x/?fig=practice-linear-translate&seed=12x&level=9');
    render(<LinearTranslatePractice />);
    await hydrated();
    expect(root().querySelector('[role="alert"]')!.textContent).toBe(
      '网址参数无效：seed 应为 0 到 4294967295 之间的整数，收到 “12x”；level 应为 1、2、3 之一，收到 “9”。下面是默认的题目。',
    );
  });
});

describe('practice URL and summary helpers', () => {
  test('readPracticeParams and practiceHref round-trip', () => {
    const href = practiceHref('?a=1', 'tlb-trace', 7, 3);
    expect(href).toBe('?a=1&fig=practice-tlb-trace&seed=7&level=3#practice-tlb-trace');
    expect(readPracticeParams(href.split('#')[0]!, 'tlb-trace')).toEqual({
      type: 'problem',
      seed: 7,
      level: 3,
    });
    expect(readPracticeParams('?seed=7', 'tlb-trace')).toEqual({ type: 'none' });
    expect(readPracticeParams('?fig=practice-tlb-trace&seed=4294967296', 'tlb-trace').type).toBe('error');
  });

  test('summarizeResults counts each verdict', () => {
    const r = (verdict: 'right' | 'wrong' | 'malformed' | 'empty') => ({ verdict, message: '' });
    expect(summarizeResults([r('right'), r('right')])).toBe('2 问中答对 2 问，全部正确。');
    expect(summarizeResults([r('right'), r('wrong'), r('empty')])).toBe(
      '3 问中答对 1 问，1 处不对，1 处未作答。',
    );
  });
});

describe('practice sheet', () => {
  test('renders the default sheet on the server, with the key after the problems', () => {
    const html = renderToString(<PracticeSheet />);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const digests = [...doc.querySelectorAll('.practice-sheet__problem')].map((e) =>
      e.getAttribute('data-digest'),
    );
    expect(digests).toEqual(sheetProblems(SHEET_DEFAULTS).map(problemDigest));
    expect(doc.querySelectorAll('.practice-sheet__key .practice-sheet__answers')).toHaveLength(7);
    expect(doc.querySelector('.practice-sheet__meta code')!.textContent).toBe(sheetCommand(SHEET_DEFAULTS));
  });

  test("seeds=0 is the sheet's display option, read apart from the problem parameters", () => {
    expect(readSeedsOption({ n: '3', seeds: '0' })).toEqual({ showSeeds: false, rest: { n: '3' } });
    expect(readSeedsOption({ n: '3' })).toEqual({ showSeeds: true, rest: { n: '3' } });
    expect(readSeedsOption({ seeds: 'no' }).error).toBe(
      'seeds：应为 0（学生页不印种子和命令）或 1，收到「no」',
    );
  });

  test('a blank to write in is described by text inside it, not by aria-label on a span', () => {
    const html = renderToString(<PracticeSheet />);
    expect(html).not.toMatch(/<span[^>]*aria-label/);
    expect(html).toContain('<span class="practice-sheet__sr">答题处（');
  });

  test('words the seed rule with the same text as the CLI help (one source: SEED_RULE)', () => {
    const html = renderToString(<PracticeSheet />);
    expect(html).toContain(SEED_RULE);
    expect(practiceUsage()).toContain(SEED_RULE);
  });

  test('reads the query, joining repeated kinds as the form sends them', async () => {
    expect(sheetQuery('?kinds=a&kinds=b&n=2')).toEqual({ kinds: 'a,b', n: '2' });
    history.replaceState(null, '', '/practice/sheet/?kinds=switch-steps&kinds=ipc-cost&n=3&seed=5');
    render(<PracticeSheet />);
    await waitFor(() => expect(document.querySelectorAll('.practice-sheet__problem')).toHaveLength(3));
    const seen = [...document.querySelectorAll('.practice-sheet__problem')].map(
      (e) => `${e.getAttribute('data-kind')}:${e.getAttribute('data-seed')}`,
    );
    expect(seen).toEqual(['switch-steps:5', 'ipc-cost:6', 'switch-steps:7']);
  });
});
