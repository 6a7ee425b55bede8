/**
 * `npm run sim -- <model> [--scenario file.json] [--seed N] [--json] [--answer]`: the simulator's
 * command line, in the spirit of OSTEP's homework scripts. Every input is echoed, the question comes
 * first and `--answer` reveals the answers; bad input gets one plain Chinese sentence and exit code 2.
 *
 * @example
 * npm run sim -- ipc --seed 3 --answer
 * npm run sim -- tasks --scenario my-tasks.json --json
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CliResult, SimCommand } from './cli-types.ts';
import { ScenarioError } from './scenario.ts';
import { SEED_RANGE, parseSeed } from './seed.ts';
import { readOptions } from './cli-args.ts';
import { clip } from './clip.ts';
import { suggestLine } from './suggest.ts';
import { command as addressSpace } from './address-space/cli.ts';
import { command as tlb } from './tlb/cli.ts';
import { command as contextSwitch } from './context-switch/cli.ts';
import { command as ipc } from './ipc/cli.ts';
import { command as tasks } from './tasks/cli.ts';
import { runPracticeCli } from './practice/cli.ts';

/** Every model the command line knows, in the book's order. */
export const COMMANDS: readonly SimCommand[] = [addressSpace, contextSwitch, tlb, ipc, tasks];

/** Largest scenario file, in characters: every valid scenario is far smaller (README, limits). */
export const MAX_SCENARIO_CHARS = 1 << 20;

/** How the dispatcher reads a scenario file (replaceable in tests). */
export type ReadFile = (path: string) => string;

/** The usage text with the list of models. */
export function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    '用法：npm run sim -- <模型> [--scenario 文件.json] [--seed N] [--json] [--answer]',
    '',
    '模型：',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    '练习题：npm run sim -- practice <题型> [--seed N] [--count N] [--answer] [--json]（practice --help 列出七种题型）',
    '',
    '选项：',
    '  --scenario 文件  从 JSON 文件读场景（缺省用模型的默认场景）',
    `  --seed N         随机种子，${SEED_RANGE}（缺省 1）：同一种子得到同一道题`,
    '  --json           输出 JSON，便于程序处理',
    '  --answer         同时给出答案（缺省只出题）',
    '  --help           显示本说明',
  ].join('\n');
}

/** Turns a JSON.parse error position into "第 L 行第 C 列". */
export function jsonErrorPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const m = /position (\d+)/.exec(message);
  if (!m) return '';
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `第 ${line} 行第 ${column} 列`;
}

const fail = (stderr: string): CliResult => ({ code: 2, stdout: '', stderr: stderr + '\n' });

/** Runs the command line on `argv` (the arguments after the script name) and returns what to print. */
export function main(
  argv: readonly string[],
  readFile: ReadFile = (p) => readFileSync(p, 'utf8'),
): CliResult {
  if (argv[0] === 'practice') return runPracticeCli(argv.slice(1));
  const args = [...argv];
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    return { code: 0, stdout: usage() + '\n', stderr: '' };
  }
  const name = args.shift()!;
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd)
    return fail(
      `没有名为「${clip(name, 60)}」的模型。可用的模型：${COMMANDS.map((c) => c.name).join('、')}。`,
    );
  const options = readOptions(args, { values: ['--scenario', '--seed'], flags: ['--json', '--answer'] });
  if (!options.ok) return fail(`${options.message}运行 npm run sim -- --help 查看用法。`);
  const file = options.values['--scenario'];
  const seedText = options.values['--seed'];
  const seed = seedText === undefined ? 1 : parseSeed(seedText);
  if (seed === null) return fail(`--seed 必须是 ${SEED_RANGE}，收到「${clip(seedText!, 60)}」。`);
  const json = options.flags.has('--json');
  const answer = options.flags.has('--answer');
  // undefined = no file (the model's default scenario); a file holding `null` stays null and is refused.
  let scenario: unknown;
  const shown = file === undefined ? undefined : clip(file, 120);
  if (file !== undefined) {
    let text: string;
    try {
      text = readFile(file);
    } catch (error) {
      const code = (error as { code?: string }).code;
      return fail(`无法读取场景文件 ${shown}：${code === 'ENOENT' ? '文件不存在' : String(code ?? error)}。`);
    }
    if (text.length > MAX_SCENARIO_CHARS)
      return fail(
        `场景文件 ${shown} 有 ${text.length.toLocaleString('en-US')} 个字符，超过上限 ${MAX_SCENARIO_CHARS.toLocaleString('en-US')}（场景文件大小上限）。`,
      );
    try {
      scenario = JSON.parse(text);
    } catch (error) {
      const place = jsonErrorPlace(text, error);
      return fail(`场景文件 ${shown} 不是合法的 JSON${place ? `（${place}）` : ''}。`);
    }
  }
  const source = shown ?? '默认场景';
  const echo = `$ npm run sim -- ${cmd.name}${shown ? ` --scenario ${shown}` : ''} --seed ${seed}${json ? ' --json' : ''}${answer ? ' --answer' : ''}`;
  try {
    const out = cmd.run({ scenario, source, seed, json, answer });
    return { code: 0, stdout: (json ? out : `${echo}\n\n${out}`) + '\n', stderr: '' };
  } catch (error) {
    if (error instanceof ScenarioError) return fail(error.message.split('\n').map(suggestLine).join('\n'));
    return {
      code: 1,
      stdout: '',
      stderr: `模型 ${cmd.name} 出错：${error instanceof Error ? error.message : String(error)}\n`,
    };
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = main(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
