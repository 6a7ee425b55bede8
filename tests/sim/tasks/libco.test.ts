import { describe, expect, test } from 'vitest';
import { explainLibco } from '../../../src/sim/tasks/index.ts';
import { libcoInputSchema } from '../../../src/sim/tasks/schema.ts';

describe('explainLibco', () => {
  test('reproduces the stack part of the libco run and leaves about 6.6 KB per connection', () => {
    const b = explainLibco(libcoInputSchema.parse({}));
    // 10,000,000 / 100,000 = 100 shared stacks × 131,072 B = 13,107,200 B (12.5 MiB)
    expect(b.stacks).toBe(100);
    expect(b.stackBytes).toBe(13_107_200);
    // (66,000,000,000 − 13,107,200) / 10,000,000 = 6598.689 B per connection
    expect(b.perConnectionBytes).toBeCloseTo(6598.689, 3);
    // the stacks are 0.02% of the total
    expect(b.stackShare).toBeCloseTo(0.000199, 6);
    // private 128 KiB stacks: 10^7 × 131,072 B = 1.31 TB, ten times the machine's 128 GB
    expect(b.privateStacksBytes).toBe(1_310_720_000_000);
  });

  test('rounds the number of stacks up', () => {
    expect(explainLibco(libcoInputSchema.parse({ coroutines: 150_001 })).stacks).toBe(2);
  });

  test('a bad input names the field', () => {
    const r = libcoInputSchema.safeParse({ group: 0 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['group']);
  });
});
