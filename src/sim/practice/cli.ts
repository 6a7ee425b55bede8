/**
 * `npm run sim -- practice <kind> [--seed N] [--count N] [--level L] [--answer] [--json]`: practice
 * problems on the command line, the same ones the sheet prints (`/practice/sheet/?kinds=…&n=…&seed=…`).
 * The question comes first and `--answer` adds answers and worked solutions; a bad argument gets one
 * sentence naming it and exit code 2.
 *
 * @example
 * npm run sim -- practice tlb-trace --seed 7 --answer
 * npm run sim -- practice all --count 14 --level 2 --json
 */
import type { CliResult } from '../cli-types.ts';
import { GENERATORS } from './registry.ts';
import { readOptions } from '../cli-args.ts';
import { BYTES_RULE } from './answers.ts';
import { SEED_RANGE } from '../seed.ts';
import { LEVELS, LEVEL_NAMES, PRACTICE_KINDS, type Problem } from './model.ts';
import { MAX_SHEET_PROBLEMS, SEED_RULE, parseSheetParams, sheetOptions, sheetProblems } from './sheet.ts';
import { MECHANISM_IDS } from '../ipc/mechanisms.ts';
import { problemText } from './text.ts';

/** The subcommand's help. */
export function practiceUsage(): string {
  const width = Math.max(...PRACTICE_KINDS.map((k) => k.length));
  return [
    '用法：npm run sim -- practice <题型> [--seed N] [--count N] [--level L] [--mechanisms 列表] [--answer] [--json]',
    '',
    '题型（逗号分隔可以选几种，all 为全部七种，轮流出题）：',
    ...PRACTICE_KINDS.map((k) => `  ${k.padEnd(width)}  ${GENERATORS[k].summary}`),
    '',
    '选项：',
    `  --seed N    第一题的种子 seed，${SEED_RANGE}（缺省 1）；${SEED_RULE}`,
    `  --count N   题数，1 到 ${MAX_SHEET_PROBLEMS}（缺省：每种题型一题）`,
    `  --level L   难度：${LEVELS.map((l) => `${l} ${LEVEL_NAMES[l]}`).join('，')}（缺省 1）`,
    `  --mechanisms 列表  只对 ipc-cost：从这些通信方式里抽题，逗号分隔，写法同页面上的 <Practice mechanisms="…">（缺省全部）：${MECHANISM_IDS.join(',')}`,
    '  --answer    同时给出答案和解答（缺省只出题）',
    '  --json      输出 JSON',
    '',
    `答案的写法：${BYTES_RULE}。`,
    '',
    '同样的题目可以在网页上打印：/practice/sheet/?kinds=<题型>&n=<题数>&seed=<种子>&level=<难度>',
  ].join('\n');
}

const fail = (message: string): CliResult => ({
  code: 2,
  stdout: '',
  stderr: `${message}\n运行 npm run sim -- practice --help 查看用法。\n`,
});

/** The problem without its answers, for `--json` without `--answer`. */
function questionOnly(p: Problem): unknown {
  return {
    ...p,
    walkthrough: undefined,
    parts: p.parts.map(({ id, prompt, input }) => ({ id, prompt, input })),
  };
}

/** Runs the subcommand on the arguments after `practice`. */
export function runPracticeCli(argv: readonly string[]): CliResult {
  if (argv.length === 0) return fail('缺少题型：请写 practice 后面跟一个题型（或 all）。');
  if (argv.includes('--help') || argv.includes('-h'))
    return { code: 0, stdout: practiceUsage() + '\n', stderr: '' };
  const [kinds, ...rest] = argv;
  if (kinds!.startsWith('-')) return fail(`缺少题型：第一个参数应是题型，收到选项「${kinds}」。`);
  const query: Record<string, string> = { kinds: kinds! };
  const names: Record<string, string> = {
    '--seed': 'seed',
    '--count': 'n',
    '--level': 'level',
    '--mechanisms': 'mechanisms',
  };
  const options = readOptions(rest, { values: Object.keys(names), flags: ['--answer', '--json'] });
  if (!options.ok) return fail(options.message);
  for (const [option, value] of Object.entries(options.values)) query[names[option]!] = value!;
  const answer = options.flags.has('--answer');
  const json = options.flags.has('--json');
  const parsed = parseSheetParams(query);
  if (!parsed.ok) {
    // The sheet names URL parameters; on the command line, name the option instead.
    const options: Record<string, string> = {
      kinds: '题型',
      n: '--count',
      seed: '--seed',
      level: '--level',
      mechanisms: '--mechanisms',
    };
    return fail(
      parsed.errors.map((e) => e.replace(/^(\w+)：/, (_, k: string) => `${options[k] ?? k}：`)).join('\n'),
    );
  }
  const problems = sheetProblems(parsed.value);
  if (json) {
    return {
      code: 0,
      stdout:
        JSON.stringify(
          { params: parsed.value, problems: answer ? problems : problems.map(questionOnly) },
          null,
          2,
        ) + '\n',
      stderr: '',
    };
  }
  const p = parsed.value;
  const echo = `$ npm run sim -- practice ${sheetOptions(p)}${answer ? ' --answer' : ''}`;
  const body = problems
    .map((problem, i) => problemText(problem, { answer, number: i + 1 }))
    .join('\n\n' + '─'.repeat(40) + '\n\n');
  return {
    code: 0,
    stdout: `${echo}\n\n${body}\n${answer ? '' : '\n（加 --answer 查看答案与解答）\n'}`,
    stderr: '',
  };
}
