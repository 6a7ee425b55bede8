import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { BYTES_RULE } from '../../../src/sim/practice/answers.ts';
import { bytesExact } from '../../../src/sim/practice/format.ts';
import { practiceUsage } from '../../../src/sim/practice/cli.ts';
import {
  checkPart,
  parseAnswer,
  parseBytes,
  parseInteger,
  type Part,
} from '../../../src/sim/practice/index.ts';

const part = (input: Part['input'], answer: string): Part => ({
  id: 'p',
  prompt: 'q',
  input,
  answer,
  answerText: answer,
  solution: [],
});

describe('parseInteger', () => {
  test.each([
    ['42', 42n],
    ['0x2a', 42n],
    ['0X2A', 42n],
    [' 4_096 ', 4096n],
    ['1,024', 1024n],
    ['0xffff_ffff', 0xffffffffn],
  ])('reads %s', (text, value) => expect(parseInteger(text)).toBe(value));

  test.each(['', '-1', '0x', '4.5', '12a', 'abc', '0xZZ', '1,,0'])('rejects %j', (text) => {
    expect(parseInteger(text)).toBeNull();
  });
});

describe('parseBytes', () => {
  test.each([
    ['4096', 4096n],
    ['0x1000', 4096n],
    ['4 KiB', 4096n],
    ['4kib', 4096n],
    ['1.5 KiB', 1536n],
    ['8 MiB', 8388608n],
    ['2G', 2n * 1024n ** 3n],
    ['0x2 MiB', 2n * 1024n ** 2n],
    ['100 字节', 100n],
    // decimal (SI) prefixes: KB = 1000 B
    ['8 MB', 8_000_000n],
    ['2 kb', 2000n],
    ['1.5 GB', 1_500_000_000n],
  ])('reads %s', (text, value) => expect(parseBytes(text)).toBe(value));

  test.each(['1.1 B', '0.3 KiB', 'KiB', '1..5 KiB', '8 XB', ''])(
    '%j names no whole number of bytes',
    (text) => {
      expect(parseBytes(text)).toBeNull();
    },
  );
});

describe('byte answers: the units the key shows, and the rounding rule stated in BYTES_RULE (issue 20)', () => {
  const part = (bytes: number): Part => ({
    id: 'b',
    prompt: '',
    input: { type: 'bytes' },
    answer: String(bytes),
    answerText: bytesExact(bytes),
    solution: ['-'],
  });
  const GiB = 1024 ** 3;

  test.each([
    ['9.8 GiB', 'right'],
    ['9.77 GiB', 'right'],
    ['9.765625 GiB', 'right'],
    ['10000 MiB', 'right'],
    ['10485.76 MB', 'right'],
    ['10.5 GB', 'right'],
    ['10,485,760,000', 'right'],
    ['9.7 GiB', 'wrong'],
    ['9.76 GiB', 'wrong'],
    ['10 GiB', 'wrong'], // no decimals: an exact count, 10 × 2^30
    ['10 GB', 'wrong'],
    ['9.8 XiB', 'malformed'],
  ])('10,000 MiB (9.8 GiB in the key): %s is %s', (text, verdict) => {
    expect(checkPart(part(10_000 * 1024 ** 2), text).verdict).toBe(verdict);
  });

  test('"9.8 GiB" used to be refused as not a whole number of bytes', () => {
    expect(bytesExact(10_000 * 1024 ** 2)).toMatch(/^9\.8 GiB/);
    expect(parseAnswer({ type: 'bytes' }, '9.8 GiB')).toEqual({ ok: true, value: '≈9.8 GiB' });
  });

  test('whatever the count, the short form the key shows is accepted, and one step off at that precision is not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 50 }), (n) => {
        const shown = /^[\d.]+ [KMGT]?i?B/.exec(bytesExact(n))![0];
        expect(checkPart(part(n), shown).verdict, shown).toBe('right');
        const m = /^(\d+)\.(\d) (\w+)$/.exec(shown);
        if (m) {
          const off = `${((Number(m[1] + m[2]) + 1) / 10).toFixed(1)} ${m[3]}`;
          expect(checkPart(part(n), off).verdict, off).toBe('wrong');
        }
      }),
      { numRuns: 500 },
    );
  });

  test('a malformed byte answer gets the rule, and the CLI help states the same rule', () => {
    const r = checkPart(part(GiB), '1 gigabyte');
    expect(r.verdict).toBe('malformed');
    expect(r.message).toContain(BYTES_RULE);
    expect(practiceUsage()).toContain(BYTES_RULE);
  });
});

describe('parseAnswer', () => {
  test('addresses: a number or 无效 / invalid / fault', () => {
    expect(parseAnswer({ type: 'address' }, '0x182a')).toEqual({ ok: true, value: '6186' });
    for (const w of ['无效', 'Invalid', 'FAULT']) {
      expect(parseAnswer({ type: 'address' }, w)).toEqual({ ok: true, value: 'invalid' });
    }
    const bad = parseAnswer({ type: 'address' }, '0xZZ');
    expect(bad.ok || bad.message).toContain('「0xZZ」既不是地址也不是“无效”');
  });

  test('hit-miss: letters H/M in any case, spaces ignored, the length is checked', () => {
    expect(parseAnswer({ type: 'hit-miss', length: 4 }, 'h m, M h')).toEqual({ ok: true, value: 'HMMH' });
    const short = parseAnswer({ type: 'hit-miss', length: 4 }, 'HMM');
    expect(short.ok || short.message).toBe('应写 4 个字母（每次访问一个），收到 3 个。');
    const other = parseAnswer({ type: 'hit-miss', length: 2 }, 'HX');
    expect(other.ok || other.message).toContain('只能写字母 H（命中）或 M（未命中）');
  });

  test('sequence: every label once, separated by spaces, commas, arrows or nothing', () => {
    const input = { type: 'sequence', labels: ['1', '2', '3'] } as const;
    for (const t of ['3 1 2', '3,1,2', '3→1→2', '3 -> 1 -> 2', '312', '3、1、2']) {
      expect(parseAnswer({ ...input, labels: [...input.labels] }, t)).toEqual({ ok: true, value: '3 1 2' });
    }
    const missing = parseAnswer({ ...input, labels: [...input.labels] }, '3 1 1');
    expect(missing.ok || missing.message).toBe('每个编号恰好写一次，共 3 个；缺少 2。');
    const unknown = parseAnswer({ ...input, labels: [...input.labels] }, '3 1 9');
    expect(unknown.ok || unknown.message).toBe('没有编号 9；可用的编号是 1、2、3。');
  });

  test('subset: any order, canonical in label order; 无 for none; no repeats', () => {
    const input = { type: 'subset' as const, labels: ['1', '2', '3', '4'] };
    expect(parseAnswer(input, '4 2')).toEqual({ ok: true, value: '2 4' });
    expect(parseAnswer(input, '无')).toEqual({ ok: true, value: '无' });
    const twice = parseAnswer(input, '2 2');
    expect(twice.ok || twice.message).toBe('同一个编号写了两次。');
  });

  test('choice: the value or its label', () => {
    const input = {
      type: 'choice' as const,
      options: [
        { value: 'yes', label: '会' },
        { value: 'no', label: '不会' },
      ],
    };
    expect(parseAnswer(input, '会')).toEqual({ ok: true, value: 'yes' });
    expect(parseAnswer(input, 'no')).toEqual({ ok: true, value: 'no' });
    const bad = parseAnswer(input, '也许');
    expect(bad.ok || bad.message).toBe('请从这些选项中选一个：会；不会。');
  });
});

describe('checkPart', () => {
  const p = part({ type: 'integer' }, '42');
  test('right, wrong, malformed and empty are told apart', () => {
    expect(checkPart(p, '0x2a').verdict).toBe('right');
    expect(checkPart(p, '43')).toEqual({ verdict: 'wrong', message: '不对。正确答案：42。' });
    expect(checkPart(p, 'forty-two')).toEqual({
      verdict: 'malformed',
      message: '「forty-two」不是整数。请写非负整数：十进制如 4096，或十六进制如 0x1000。',
    });
    expect(checkPart(p, '   ').verdict).toBe('empty');
  });
});
