/**
 * Every bad input to `npm run sim` exits 2 with one message naming the field: never 0 with a
 * silent default, never 1 as a "model error" (issue 8, "The simulator and its CLI").
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { COMMANDS, MAX_SCENARIO_CHARS, main } from '../../src/sim/cli.ts';
import { SEED_RULE } from '../../src/sim/practice/sheet.ts';

const MODELS = COMMANDS.map((c) => c.name);
const withFile = (text: string) => () => text;
const runFile = (model: string, text: string, ...rest: string[]) =>
  main([model, '--scenario', 's.json', ...rest], withFile(text));

describe('seeds: 0…2^32 − 1 only, in every model', () => {
  test.each(MODELS)('%s refuses -1, 2^32, a 23-digit and a 400-digit seed with exit 2', (model) => {
    for (const seed of ['-1', '4294967296', '100000000000000000000000', '9'.repeat(400)]) {
      const r = main([model, '--seed', seed]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^--seed 必须是 0 到 4294967295 之间的整数/);
      expect(r.stderr).not.toContain('Infinity');
      expect(r.stderr.length).toBeLessThan(200);
    }
  });

  test.each(MODELS)('%s accepts 0 and 4294967295', (model) => {
    expect(main([model, '--seed', '0']).code).toBe(0);
    expect(main([model, '--seed', '4294967295']).code).toBe(0);
  });

  test('a seed in a scenario file is checked the same way', () => {
    for (const [model, text] of [
      ['tlb', '{"seed": 4294967296}'],
      ['address-space', '{"seed": -1, "events": []}'],
    ] as const) {
      const r = runFile(model, text);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('seed: 种子必须是 0 到 4294967295 之间的整数');
    }
  });
});

describe('scenario files', () => {
  test.each(MODELS)('%s: a file holding null is refused, not run as the default', (model) => {
    const r = runFile(model, 'null');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('(整体): 无效输入：期望 对象，实际接收 空值(null)');
  });

  test.each(MODELS)('%s: a top-level array or number is refused', (model) => {
    expect(runFile(model, '[]').stderr).toContain('期望 对象，实际接收 数组');
    expect(runFile(model, '7').code).toBe(2);
  });

  test.each([
    ['tlb', '{"timeslice": 8}', 'timeslice: 未知字段（是不是「timeSlice」？）'],
    ['tlb', '{"tlb": {"entires": 8}}', 'tlb.entires: 未知字段（是不是「entries」？）'],
    ['context-switch', '{"pcidd": true}', 'pcidd: 未知字段（是不是「pcid」？）'],
    ['address-space', '{"evnets": []}', 'evnets: 未知字段（是不是「events」？）'],
    ['address-space', '{"events": [{"type": "fork", "pid": 1000, "child": 1}]}', 'events.0.child: 未知字段'],
    ['ipc', '{"transfer": {"sizee": 1}}', 'transfer.sizee: 未知字段（是不是「size」？）'],
    ['tasks', '{"cores": 2, "zzz": 1}', 'zzz: 未知字段（可用的字段：n、cores'],
  ])('%s: a misspelled field is named, with the field it probably meant: %s', (model, text, line) => {
    const r = runFile(model, text);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`  - ${line}`);
  });

  test('a number too large for a double is called not finite, not "expected number, got number"', () => {
    const r = runFile('tlb', '{"tasks": 1e400}');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tasks: 不是有限的数：收到 Infinity');
    expect(r.stderr).not.toContain('实际接收 数字');
  });

  test('a file over the size limit is refused before it is parsed', () => {
    const r = runFile('tasks', `{"n": 1${' '.repeat(MAX_SCENARIO_CHARS)}}`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/超过上限 1,048,576（场景文件大小上限）/);
  });

  test('a long title is refused, and nothing long is echoed', () => {
    const r = runFile('address-space', JSON.stringify({ title: 'x'.repeat(100_000), events: [] }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('title: 数值过大：长度不能超过 200 个字符');
    expect(r.stderr.length).toBeLessThan(300);
    const key = JSON.stringify({ ['k'.repeat(100_000)]: 1 });
    const k = runFile('tlb', key);
    expect(k.code).toBe(2);
    expect(k.stderr.length).toBeLessThan(600);
    const name = main(['x'.repeat(100_000)]);
    expect(name.code).toBe(2);
    expect(name.stderr.length).toBeLessThan(300);
  });
});

describe('limits keep every run short, and say which limit was hit', () => {
  test.each([
    ['tlb', '{"accesses": 1000000000}', 'accesses: 超过上限 1,000,000（访问次数上限）'],
    [
      'tlb',
      '{"tasks": 64, "trace": {"pages": 262144}}',
      'trace.pages: tasks × trace.pages 超过上限 65536（映射页数上限）',
    ],
    [
      'address-space',
      JSON.stringify({ events: Array.from({ length: 40 }, () => ({ type: 'fork', pid: 1000 })) }),
      'events.31: 进程数 33 超过上限 32（同时存在的进程数上限）',
    ],
    [
      'address-space',
      '{"config": {"image": {"text": 4000, "rodata": 0, "data": 0, "bss": 0}}, "events": []}',
      'config.image: 程序映像与库的页数合计超过上限 2048（映像页数上限）',
    ],
  ])('%s %s', (model, text, line) => {
    const r = runFile(model, text);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(line);
  });
});

/** Random scenario files: any JSON value, or objects whose fields are the model's own names. */
const FIELDS = [
  'n',
  'tasks',
  'accesses',
  'timeSlice',
  'seed',
  'kind',
  'pcid',
  'step',
  'table',
  'transfer',
  'events',
  'config',
  'tlb',
  'trace',
  'libco',
  'title',
];
const value = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 2 ** 32, 2 ** 53, 1e9, Number.MAX_VALUE),
  fc.string({ maxLength: 8 }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
);
const scenario = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 4 }),
);

describe('fuzz: no input makes the CLI fail as a model error', () => {
  test.each(MODELS)('%s exits 0 or 2, and 2 always says why', (model) => {
    fc.assert(
      fc.property(scenario, (input) => {
        const r = runFile(model, JSON.stringify(input) ?? 'null');
        expect([0, 2]).toContain(r.code);
        if (r.code === 2) expect(r.stderr).toMatch(/s\.json 中的场景无效：\n {2}- \S/);
      }),
      { numRuns: 60 },
    );
  });
});

/** `npm run sim -- practice …` through the same dispatcher. */
const practice = (...args: string[]) => main(['practice', ...args]);

describe('strict options (issue 20): the models and practice read them the same way', () => {
  test.each([
    [['tlb', '--seed', '1', '--seed', '2'], '选项 --seed 重复了（收到「1」和「2」）'],
    [['ipc', '--json', '--json'], '选项 --json 重复了'],
    [['practice', 'all', '--seed', '1', '--seed', '2'], '选项 --seed 重复了（收到「1」和「2」）'],
    [['practice', 'all', '--count', '2', '--count', '2'], '选项 --count 重复了'],
    [['practice', 'all', '--answer', '--answer'], '选项 --answer 重复了'],
  ])('a duplicated option %j exits 2', (argv, message) => {
    const r = main(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  test.each([' 5', '5 ', '+5', '0x5', '5.0', '1e3', '', '٥'])(
    'the seed %j is refused by practice and by every model alike',
    (seed) => {
      for (const argv of [...MODELS.map((m) => [m, '--seed', seed]), ['practice', 'all', '--seed', seed]]) {
        const r = main(argv);
        expect(r.code, argv.join(' ')).toBe(2);
        expect(r.stderr).toContain('0 到 4294967295 之间的整数');
      }
    },
  );

  test('an empty kind between commas exits 2', () => {
    for (const kinds of ['tlb-trace,,ipc-cost', 'tlb-trace,', ',tlb-trace']) {
      const r = practice(kinds);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('题型：没有题型 （空）');
    }
  });

  test('--seed 4294967295 --count 2 does not wrap to seed 0: exit 2 naming the limit', () => {
    const r = practice('tlb-trace', '--seed', '4294967295', '--count', '2');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      '--seed：第 2 题的种子 4294967295 + 2 − 1 = 4294967296 超过种子上限 4294967295',
    );
    expect(practice('tlb-trace', '--seed', '4294967294', '--count', '2').code).toBe(0);
  });

  test('the CLI help words the seed rule with the text the sheet prints (tests/components/practice.test.tsx)', () => {
    const help = practice('--help').stdout;
    expect(help).toContain(SEED_RULE);
    expect(help).not.toMatch(/N \+ i/);
  });
});

/** Random command lines: model or practice, then options drawn from the ones they know and a few they don't. */
const token = fc.oneof(
  fc.constantFrom('--seed', '--count', '--level', '--json', '--answer', '--scenario', '--help', '-x'),
  fc.constantFrom('0', '1', '2', '3', '50', '51', ' 5', '4294967295', '4294967296', '-1', ''),
  fc.constantFrom('all', 'tlb-trace', 'tlb-trace,,ipc-cost', 'ipc-cost,x86-split', 'tlb'),
);

describe('fuzz: any command line exits 0 or 2 with a message, a repeated option never passes', () => {
  test('practice', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 8 }), (args) => {
        const r = practice(...args);
        expect([0, 2]).toContain(r.code);
        if (r.code === 2) expect(r.stderr).toMatch(/\S.*\n运行 npm run sim -- practice --help/);
        const options = args.filter((a) => a.startsWith('--') && a !== '--help');
        if (!args.includes('--help') && new Set(options).size < options.length) expect(r.code).toBe(2);
      }),
      { numRuns: 300 },
    );
  });

  test.each(MODELS)('%s', (model) => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 6 }), (args) => {
        const r = main([model, ...args], () => '{}');
        expect([0, 2]).toContain(r.code);
        if (r.code === 2) expect(r.stderr.trim()).not.toBe('');
        const options = args.filter((a) => a.startsWith('--') && a !== '--help');
        if (!args.includes('--help') && new Set(options).size < options.length) expect(r.code).toBe(2);
      }),
      { numRuns: 100 },
    );
  });
});
