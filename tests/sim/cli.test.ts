import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { COMMANDS, jsonErrorPlace, main } from '../../src/sim/cli.ts';

/** A file system of one file, for the dispatcher's reader. */
const files =
  (map: Record<string, string>) =>
  (path: string): string => {
    if (path in map) return map[path]!;
    throw Object.assign(new Error('no such file'), { code: 'ENOENT' });
  };

describe('main', () => {
  test.each([[[]], [['--help']], [['ipc', '-h']]])('%j prints usage and every model', (argv) => {
    const r = main(argv);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法：npm run sim --');
    for (const name of ['address-space', 'context-switch', 'tlb', 'ipc', 'tasks'])
      expect(r.stdout).toContain(name);
  });

  test('lists all five models of the book', () => {
    expect(COMMANDS.map((c) => c.name).sort()).toEqual([
      'address-space',
      'context-switch',
      'ipc',
      'tasks',
      'tlb',
    ]);
  });

  test('an unknown model is exit code 2 with the list of models', () => {
    const r = main(['pipes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      '没有名为「pipes」的模型。可用的模型：address-space、context-switch、tlb、ipc、tasks。\n',
    );
  });

  test('an unreadable file names the file', () => {
    const r = main(['ipc', '--scenario', 'missing.json'], files({}));
    expect(r).toEqual({ code: 2, stdout: '', stderr: '无法读取场景文件 missing.json：文件不存在。\n' });
  });

  test('bad JSON names the file, the line and the column', () => {
    const r = main(
      ['ipc', '--scenario', 'bad.json'],
      files({ 'bad.json': '{\n  "table": { "size": 10, }\n}' }),
    );
    expect(r.code).toBe(2);
    // the stray "}" after the comma and a space: line 2, column 26 (2 spaces + `"table": { "size": 10, ` = 25 characters)
    expect(r.stderr).toBe('场景文件 bad.json 不是合法的 JSON（第 2 行第 26 列）。\n');
  });

  test('a scenario error names the file and the field, in Chinese', () => {
    const r = main(
      ['tasks', '--scenario', 't.json'],
      files({ 't.json': '{"n": 0, "libco": {"group": -5}}' }),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^t\.json 中的场景无效：\n {2}- n: .*\n {2}- libco\.group: /);
    expect(r.stderr).toMatch(/[\u4e00-\u9fff]/);
  });

  test.each([
    [['ipc', '--seed', 'abc'], '--seed 必须是 0 到 4294967295 之间的整数，收到「abc」。\n'],
    [['ipc', '--seed', '-1'], '--seed 必须是 0 到 4294967295 之间的整数，收到「-1」。\n'],
    [['tasks', '--seed', '4294967296'], '--seed 必须是 0 到 4294967295 之间的整数，收到「4294967296」。\n'],
    [
      ['tlb', '--seed', '100000000000000000000000'],
      '--seed 必须是 0 到 4294967295 之间的整数，收到「100000000000000000000000」。\n',
    ],
    [['ipc', '--seed', '1.5'], '--seed 必须是 0 到 4294967295 之间的整数，收到「1.5」。\n'],
    [['ipc', '--seed'], '选项 --seed 后面缺少取值。运行 npm run sim -- --help 查看用法。\n'],
    [['ipc', '--verbose'], '不认识的参数「--verbose」。运行 npm run sim -- --help 查看用法。\n'],
  ])('%j is refused with a plain sentence', (argv, stderr) => {
    expect(main(argv)).toEqual({ code: 2, stdout: '', stderr });
  });

  test('echoes every input before the question; --answer adds the answers', () => {
    const r = main(
      ['tasks', '--scenario', 's.json', '--seed', '7', '--answer'],
      files({ 's.json': '{"n": 1000}' }),
    );
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('$ npm run sim -- tasks --scenario s.json --seed 7 --answer');
    expect(r.stdout).toContain('场景（s.json），种子 7');
    expect(r.stdout).toContain('答案（');
  });

  test('--json prints only JSON, the same for the same seed', () => {
    const a = main(['ipc', '--seed', '5', '--json']);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout).seed).toBe(5);
    expect(main(['ipc', '--seed', '5', '--json']).stdout).toBe(a.stdout);
  });

  test.each(['address-space', 'context-switch', 'tlb', 'ipc', 'tasks'])(
    'the default %s scenario runs',
    (name) => {
      const r = main([name, '--answer']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
    },
  );
});

describe('jsonErrorPlace', () => {
  test('counts lines and columns from the parser position', () => {
    expect(jsonErrorPlace('{\n  x', new SyntaxError('Unexpected token x in JSON at position 4'))).toBe(
      '第 2 行第 3 列',
    );
    expect(jsonErrorPlace('{}', new Error('no position here'))).toBe('');
  });
});

describe('npx node src/sim/cli.ts', () => {
  test('runs as a real process: prints the ipc question and exits 0', () => {
    const out = execFileSync('npx', ['node', 'src/sim/cli.ts', 'ipc', '--seed', '2'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    expect(out).toContain('$ npm run sim -- ipc --seed 2');
    expect(out).toContain('匿名管道');
    expect(out).toContain('问题：');
  }, 60_000);

  test('exits 2 on an unknown model', () => {
    let status = 0;
    try {
      execFileSync('npx', ['node', 'src/sim/cli.ts', 'nope'], { stdio: 'ignore' });
    } catch (error) {
      status = (error as { status: number }).status;
    }
    expect(status).toBe(2);
  }, 60_000);
});
