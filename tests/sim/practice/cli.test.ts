import { describe, expect, test } from 'vitest';
import { main } from '../../../src/sim/cli.ts';
import { generateProblem, problemText } from '../../../src/sim/practice/index.ts';

/** `npm run sim -- practice …` through the real dispatcher. */
const sim = (...args: string[]) => main(['practice', ...args]);

describe('npm run sim -- practice', () => {
  test('prints the question, and with --answer the answers and worked solutions', () => {
    const q = sim('tlb-trace', '--seed', '7');
    expect(q.code).toBe(0);
    expect(q.stdout).toContain('$ npm run sim -- practice tlb-trace --seed 7 --count 1 --level 1');
    expect(q.stdout).toContain(problemText(generateProblem('tlb-trace', 7), { answer: false, number: 1 }));
    expect(q.stdout).toContain('（加 --answer 查看答案与解答）');
    expect(q.stdout).not.toContain('答案与解答：');
    const a = sim('tlb-trace', '--seed', '7', '--answer');
    expect(a.stdout).toContain(problemText(generateProblem('tlb-trace', 7), { answer: true, number: 1 }));
  });

  test('--count gives consecutive seeds, kinds take turns, --level sets the difficulty', () => {
    const out = JSON.parse(
      sim('linear-translate,x86-split', '--count', '3', '--seed', '10', '--level', '3', '--json', '--answer')
        .stdout,
    );
    expect(out.params).toEqual({ kinds: ['linear-translate', 'x86-split'], n: 3, seed: 10, level: 3 });
    expect(out.problems.map((p: { kind: string; seed: number }) => `${p.kind}:${p.seed}`)).toEqual([
      'linear-translate:10',
      'x86-split:11',
      'linear-translate:12',
    ]);
    expect(out.problems[1]).toEqual(generateProblem('x86-split', 11, { level: 3 }));
  });

  test('--json without --answer leaves the answers out', () => {
    const out = JSON.parse(sim('all', '--json').stdout);
    expect(out.problems).toHaveLength(7);
    const text = JSON.stringify(out);
    expect(text).not.toContain('"answer"');
    expect(text).not.toContain('"solution"');
    expect(text).not.toContain('walkthrough');
  });

  test('--help lists the seven kinds; the main help mentions practice', () => {
    const help = sim('--help').stdout;
    for (const kind of [
      'linear-translate',
      'x86-split',
      'tlb-trace',
      'switch-cr3',
      'ipc-cost',
      'task-stacks',
      'switch-steps',
    ]) {
      expect(help).toContain(kind);
    }
    expect(main(['--help']).stdout).toContain('npm run sim -- practice <题型>');
  });

  test.each([
    [[], '缺少题型'],
    [['--seed', '3'], '缺少题型：第一个参数应是题型，收到选项「--seed」'],
    [['tlb'], '题型：没有题型 「tlb」'],
    [['all', '--seed'], '选项 --seed 后面缺少取值'],
    [['all', '--seed', '-1'], '--seed：应为 0 到 4294967295 之间的整数，收到「-1」'],
    [['all', '--seed', '4294967296'], '--seed：应为 0 到 4294967295 之间的整数'],
    [['all', '--seed', '1e3'], '--seed：应为 0 到 4294967295 之间的整数，收到「1e3」'],
    [['all', '--count', '0'], '--count：应为 1 到 50 之间的整数，收到「0」'],
    [['all', '--count', '51'], '--count：应为 1 到 50 之间的整数'],
    [['all', '--level', '4'], '--level：应为 1、2、3 之一，收到「4」'],
    [['all', '--levle', '2'], '不认识的参数「--levle」'],
  ])('bad arguments %j exit 2 naming the argument', (args, message) => {
    const r = sim(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });
});
